// traceback.cpp — tracebacks exactly as python3 prints an uncaught exception.
//
// Each frame an exception passes through adds one entry (file, function,
// the failing instruction's span) at the front of the exception's list, as
// PyTraceBack_Here does. Printing follows CPython 3.11's C printer
// (Python/traceback.c): the stripped source line, then a marker line under
// the failing expression — `~` for the operands and `^` for the operator of
// a binary operation, `~~~^^^` for a subscript, plain `^^^` otherwise, and
// nothing when the span covers the whole line — runs of more than three
// identical entries folded into "[Previous line repeated N more times]",
// and chained exceptions (__cause__, __context__) printed first.
#include <set>

#include "core/parser.h"
#include "core/vm_internal.h"

namespace ys {

void addTracebackEntry(VM::Impl& vm, const Value& exc, Frame* f, int instr) {
  (void)vm;
  if (!exc.is(ObjKind::Instance)) return;
  InstanceObj* inst = exc.as<InstanceObj>();
  TracebackEntry e;
  e.filename = f->code->filename;
  e.funcName = f->code->name;
  if (instr >= 0 && size_t(instr) < f->code->spans.size()) {
    e.span = f->code->spans[size_t(instr)];
    if (e.span.endLine < 0 && f->lastLine >= 0) e.span.line = f->lastLine;
  } else {
    e.span = SrcSpan{f->code->firstLine, -1, -1, -1};
  }
  inst->traceback.insert(inst->traceback.begin(), std::move(e));
}

namespace {

bool isWs(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

// Character index -> byte index in a UTF-8 string (columns are characters).
size_t byteAt(const std::string& s, int chars) {
  size_t i = 0;
  int n = 0;
  while (i < s.size() && n < chars) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    ++n;
  }
  return i;
}

int charLen(const std::string& s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Finds the ~/^ anchors inside the failing segment (CPython's
// extract_anchors_from_expr). Offsets are in characters of `segment`
// (our parser's columns are characters).
bool anchors(const std::string& segment, int& left, int& right) {
  ParseResult pr = parse(segment, "<segment>");
  if (!pr.module || pr.module->body.size() != 1) return false;
  const ast::Stmt& st = *pr.module->body[0];
  if (st.kind != ast::StmtKind::ExprStmt || !st.value) return false;
  const ast::Expr& e = *st.value;
  if (st.value->span.line != 1) return false;
  int len = charLen(segment);
  auto ch = [&](int i) -> char {
    size_t b = byteAt(segment, i);
    return b < segment.size() ? segment[b] : '\0';
  };
  if (e.kind == ast::ExprKind::BinOp) {
    int from = e.left->span.endCol, to = e.right->span.col;
    if (e.left->span.endLine != 1 || e.right->span.line != 1) return false;
    left = right = -1;
    for (int i = from; i < to; ++i) {
      if (isWs(ch(i))) continue;
      left = i;
      right = i + 1;
      if (i + 1 < to && !isWs(ch(i + 1))) ++right;
      if (i + 1 < to && ch(i) == ')') continue;
      break;
    }
    return left >= 0;
  }
  if (e.kind == ast::ExprKind::Subscript) {
    if (e.operand->span.endLine != 1 || e.index->span.endLine != 1) return false;
    left = e.operand->span.endCol;
    right = e.index->span.endCol + 1;
    while (left < len && (isWs(ch(left)) || ch(left) != '[')) ++left;
    while (right < len && (isWs(ch(right)) || ch(right) != ']')) ++right;
    if (right < len) ++right;
    return true;
  }
  return false;
}

std::string sourceLine(VM::Impl& vm, const TracebackEntry& e) {
  if (e.filename != vm.filename) return "";
  if (e.span.line < 1 || size_t(e.span.line) > vm.lines.size()) return "";
  return vm.lines[size_t(e.span.line - 1)];
}

std::string formatEntry(VM::Impl& vm, const TracebackEntry& e) {
  std::string out = "  File \"" + e.filename + "\", line " + std::to_string(e.span.line) + ", in " + e.funcName + "\n";
  std::string line = sourceLine(vm, e);
  size_t a = 0;
  while (a < line.size() && isWs(line[a])) ++a;
  size_t b = line.size();
  while (b > a && isWs(line[b - 1])) --b;
  if (a >= b) return out;
  std::string stripped = line.substr(a, b - a);
  out += "    " + stripped + "\n";
  if (e.span.col < 0 || e.span.endCol < 0 || e.span.endLine < 0) return out;
  int leading = charLen(line.substr(0, a));
  int start = e.span.col;
  int end = e.span.endCol;
  int left = -1, right = -1;
  if (e.span.line == e.span.endLine) {
    if (end <= start) return out;
    size_t bs = byteAt(line, start), be = byteAt(line, end);
    std::string segment = line.substr(bs, be - bs);
    int l, r;
    if (anchors(segment, l, r)) {
      left = l + start;
      right = r + start;
    }
  } else {
    end = charLen(line.substr(0, b));
  }
  int strippedLen = charLen(line) - leading;
  bool secondary = left != -1 || right != -1;
  if (end - start == strippedLen && !secondary) return out;
  std::string carets = "    ";
  for (int offset = leading + 1; offset <= end; ++offset) {
    if (offset <= start) carets += ' ';
    else if (secondary && left < offset && offset <= right) carets += '^';
    else carets += secondary ? '~' : '^';
  }
  out += carets + "\n";
  return out;
}

std::string exceptionLine(VM::Impl& vm, const Value& exc) {
  if (!exc.is(ObjKind::Instance)) return typeName(exc) + "\n";
  InstanceObj* inst = exc.as<InstanceObj>();
  std::string name = inst->cls->name;
  if (inst->cls->module != "builtins" && inst->cls->module != "__main__") name = inst->cls->module + "." + name;
  std::string text;
  try {
    text = vm.str(exc);
  } catch (PyErr&) {
    text = "<exception str() failed>";
  }
  if (text.empty()) return name + "\n";
  return name + ": " + text + "\n";
}

void formatOne(VM::Impl& vm, const Value& exc, std::set<const Object*>& seen, std::string& out) {
  if (!exc.is(ObjKind::Instance)) {
    out += exceptionLine(vm, exc);
    return;
  }
  seen.insert(exc.asObj());
  InstanceObj* inst = exc.as<InstanceObj>();
  if (!inst->cause.isNone() && inst->cause.isObj() && !seen.count(inst->cause.asObj())) {
    formatOne(vm, inst->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!inst->suppressContext && !inst->context.isNone() && inst->context.isObj() &&
             !seen.count(inst->context.asObj())) {
    formatOne(vm, inst->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!inst->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    const TracebackEntry* last = nullptr;
    int count = 0;
    for (const auto& e : inst->traceback) {
      if (last && last->filename == e.filename && last->span.line == e.span.line && last->funcName == e.funcName) {
        ++count;
      } else {
        if (count > 3) {
          int more = count - 3;
          out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
        }
        last = &e;
        count = 1;
      }
      if (count > 3) continue;
      out += formatEntry(vm, e);
    }
    if (count > 3) {
      int more = count - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  }
  out += exceptionLine(vm, exc);
}

}  // namespace

std::string formatException(VM::Impl& vm, const Value& exc) {
  std::string out;
  std::set<const Object*> seen;
  formatOne(vm, exc, seen, out);
  return out;
}

}  // namespace ys
