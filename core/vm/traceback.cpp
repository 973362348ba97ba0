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
#include <algorithm>
#include <cstdint>
#include <set>

#include "core/base/text.h"
#include "core/frontend/parser.h"
#include "core/lib/builtins_util.h"
#include "core/vm/vm_internal.h"

namespace ys {

void addTracebackEntry(VM::Impl& vm, const Value& exc, Frame* f, int instr) {
  (void)vm;
  if (!exc.is(ObjKind::Instance)) return;
  InstanceObj* inst = exc.as<InstanceObj>();
  TracebackEntry e;
  e.filename = f->code->filename;
  e.funcName = f->code->name;
  e.code = Value::object(f->code.get());
  if (instr >= 0 && size_t(instr) < f->code->spans.size()) {
    e.span = f->code->spans[size_t(instr)];
    if (e.span.endLine < 0 && f->lastLine >= 0) e.span.line = f->lastLine;
  } else {
    e.span = SrcSpan{f->code->firstLine, -1, -1, -1};
  }
  inst->traceback.push_back(std::move(e));
}

namespace {

bool isWs(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
}

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
  return static_cast<int>(utf8Length(s));
}

// A column of a line that starts with a byte-order mark, where CPython shows
// it: the column skips the mark, but CPython turns it into characters over
// the line with the mark (3 bytes, 1 character), two to the left.
int shownColumn(const std::string& line, int col) {
  if (!line.starts_with("\xEF\xBB\xBF")) return col;
  return charLen(line.substr(0, byteAt(line.substr(3), col)));
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
    int from = shownColumn(segment, e.left->span.endCol), to = shownColumn(segment, e.right->span.col);
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
    left = shownColumn(segment, e.operand->span.endCol);
    right = shownColumn(segment, e.index->span.endCol) + 1;
    while (left < len && (isWs(ch(left)) || ch(left) != '[')) ++left;
    while (right < len && (isWs(ch(right)) || ch(right) != ']')) ++right;
    if (right < len) ++right;
    return true;
  }
  return false;
}

std::string sourceLine(VM::Impl& vm, const TracebackEntry& e) {
  if (e.filename != vm.filename || vm.exiting) return "";
  // python3 -c and python3 - show no source lines: "<string>" is not a file.
  if (e.filename.size() > 1 && e.filename.front() == '<' && e.filename.back() == '>') return "";
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
  // CPython's display_source_line drops the indentation only: trailing
  // white space is echoed as the file has it.
  out += "    " + line.substr(a) + "\n";
  if (e.span.col < 0 || e.span.endCol < 0 || e.span.endLine < 0) return out;
  int leading = charLen(line.substr(0, a));
  int start = shownColumn(line, e.span.col);
  int end = shownColumn(line, e.span.endCol);
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
    if (offset <= start)
      carets += ' ';
    else if (secondary && left < offset && offset <= right)
      carets += '^';
    else
      carets += secondary ? '~' : '^';
  }
  out += carets + "\n";
  return out;
}

// ---- "Did you mean" (CPython's Python/suggestions.c)

constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;

size_t substitutionCost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = char(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = char(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t maxCost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return maxCost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > maxCost) return maxCost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      size_t insertDelete = std::min(result, distance) + kMoveCost;
      result = std::min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

std::string bestSuggestion(const std::vector<std::string>& dir, const std::string& name) {
  if (dir.size() >= 750) return "";
  size_t best = SIZE_MAX;
  std::string suggestion;
  for (const auto& item : dir) {
    if (item == name) continue;
    size_t maxDistance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best != SIZE_MAX) maxDistance = std::min(maxDistance, best - 1);
    size_t d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion.empty() || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

std::vector<std::string> dictKeys(const DictObj* d) {
  std::vector<std::string> out;
  if (!d) return out;
  for (const auto& e : d->entries)
    if (e.live && e.key.is(ObjKind::Str)) out.push_back(std::string(e.key.as<StrObj>()->view()));
  return out;
}

std::vector<std::string> dirOf(const Value& obj) {
  std::set<std::string> names;
  auto addDict = [&](const DictObj* d) {
    for (auto& k : dictKeys(d)) names.insert(k);
  };
  if (!obj.is(ObjKind::Module)) return dirOfValue(obj);
  addDict(obj.as<ModuleObj>()->dict.get());
  return std::vector<std::string>(names.begin(), names.end());
}

std::string suggestionFor(VM::Impl& vm, InstanceObj* inst) {
  Value name;
  if (!inst->dict || !inst->dict->getStr("name", name) || !name.is(ObjKind::Str)) return "";
  std::string n(name.as<StrObj>()->view());
  if (inst->cls.get() == T().NameError) {
    if (inst->traceback.empty()) return "";
    const Value& code = inst->traceback.front().code;  // innermost
    std::string s;
    if (code.is(ObjKind::Code)) s = bestSuggestion(code.as<CodeObj>()->varnames, n);
    if (s.empty()) s = bestSuggestion(dictKeys(vm.globals.get()), n);
    if (s.empty()) s = bestSuggestion(dictKeys(vm.builtins.get()), n);
    return s;
  }
  if (inst->cls->isSubclassOf(T().AttributeError)) {
    Value obj;
    if (!inst->dict->getStr("obj", obj)) return "";
    return bestSuggestion(dirOf(obj), n);
  }
  return "";
}

std::string exceptionLine(VM::Impl& vm, const Value& exc) {
  if (!exc.is(ObjKind::Instance)) return typeName(exc) + "\n";
  InstanceObj* inst = exc.as<InstanceObj>();
  std::string name = inst->cls->qualifiedName();  // as print_exception: __qualname__
  if (inst->cls->module != "builtins" && inst->cls->module != "__main__") name = inst->cls->module + "." + name;
  std::string text;
  try {
    text = vm.str(exc);
  } catch (PyErr&) {
    text = "<exception str() failed>";
  }
  std::string hint;
  try {
    hint = suggestionFor(vm, inst);
  } catch (PyErr&) {
  }
  if (!hint.empty()) text += ". Did you mean: '" + hint + "'?";
  if (text.empty()) return name + "\n";
  return name + ": " + text + "\n";
}

// The notes add_note() left in __notes__, one a line under the exception's
// line, as CPython 3.11's print_exception_notes writes them.
std::string exceptionNotes(VM::Impl& vm, const Value& exc) {
  InstanceObj* inst = exc.as<InstanceObj>();
  Value notes;
  if (!inst->dict || !inst->dict->getStr("__notes__", notes)) return "";
  std::string out;
  try {
    if (!notes.is(ObjKind::List) && !notes.is(ObjKind::Tuple)) return vm.str(notes) + "\n";
    // A copy: a note's __str__ may change the list.
    const std::vector<Value> items = notes.is(ObjKind::List) ? notes.as<ListObj>()->items : notes.as<TupleObj>()->items;
    for (const Value& note : items) out += vm.str(note) + "\n";
  } catch (PyErr&) {
    out += "<note str() failed>\n";
  }
  return out;
}

// One exception's traceback and its closing line.
void formatAlone(VM::Impl& vm, const Value& exc, std::string& out) {
  if (!exc.is(ObjKind::Instance)) {
    out += exceptionLine(vm, exc);
    return;
  }
  InstanceObj* inst = exc.as<InstanceObj>();
  if (!inst->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    const TracebackEntry* last = nullptr;
    int count = 0;
    for (auto it = inst->traceback.rbegin(); it != inst->traceback.rend(); ++it) {
      const TracebackEntry& e = *it;
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
  out += exceptionNotes(vm, exc);
}

// The exceptions it was raised from or during, oldest first, then itself.
void formatChain(VM::Impl& vm, const Value& exc, std::set<const Object*>& seen, std::string& out) {
  if (exc.is(ObjKind::Instance)) {
    seen.insert(exc.asObj());
    InstanceObj* inst = exc.as<InstanceObj>();
    if (!inst->cause.isNone() && inst->cause.isObj() && !seen.count(inst->cause.asObj())) {
      formatChain(vm, inst->cause, seen, out);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!inst->suppressContext && !inst->context.isNone() && inst->context.isObj() &&
               !seen.count(inst->context.asObj())) {
      formatChain(vm, inst->context, seen, out);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  formatAlone(vm, exc, out);
}

}  // namespace

std::string formatException(VM::Impl& vm, const Value& exc, bool withChain) {
  std::string out;
  if (withChain) {
    std::set<const Object*> seen;
    formatChain(vm, exc, seen, out);
  } else {
    formatAlone(vm, exc, out);
  }
  return out;
}

}  // namespace ys
