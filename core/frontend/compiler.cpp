// compiler.cpp — the compiler's driver (see compiler.h): runs the symbol
// table pass (symtable.h) and code generation (codegen.h), then fixes the
// cell and free slots.
#include "core/frontend/compiler.h"

#include "core/frontend/codegen.h"
#include "core/runtime/opcodes.h"

namespace ys {

namespace {

using namespace compiler_detail;

// Resolves the placeholder cell/free slots once the final layout is known.
void fixDerefSlots(CodeObj& co) {
  for (auto& in : co.code) {
    switch (in.op) {
      case LOAD_DEREF:
      case STORE_DEREF:
      case DELETE_DEREF:
      case LOAD_CLOSURE:
      case LOAD_CLASSDEREF:
        if (in.arg >= (1 << 21))
          in.arg = co.freeStart + (in.arg - (1 << 21));
        else if (in.arg >= (1 << 20))
          in.arg = co.cellSlots[in.arg - (1 << 20)];
        break;
      default:
        break;
    }
  }
  for (auto& c : co.consts)
    if (c.is(ObjKind::Code)) fixDerefSlots(*c.as<CodeObj>());
}

std::string lineOf(std::string_view source, int line) {
  int cur = 1;
  size_t start = 0;
  for (size_t i = 0; i < source.size() && cur < line; ++i)
    if (source[i] == '\n') {
      ++cur;
      start = i + 1;
    }
  if (cur != line) return "";
  size_t end = source.find('\n', start);
  std::string text(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace

std::string formatCompileWarning(const CompileWarning& w, const std::string& filename, std::string_view sourceLine) {
  std::string out = filename + ":" + std::to_string(w.line) + ": SyntaxWarning: " + w.message + "\n";
  // linecache has no lines for "<string>" (-c) or "<stdin>".
  const bool pseudoFile = !filename.empty() && filename.front() == '<' && filename.back() == '>';
  if (pseudoFile) return out;
  const char* space = " \t\n\r\f\v";
  const size_t begin = sourceLine.find_first_not_of(space);
  if (begin == std::string_view::npos) return out;
  const size_t end = sourceLine.find_last_not_of(space);
  return out + "  " + std::string(sourceLine.substr(begin, end - begin + 1)) + "\n";
}

CompileResult compileModule(const ParseResult& parsed, const std::string& filename, std::string_view source) {
  CompileResult result;
  try {
    // parse() resolved the scopes already, unless the tree was edited since.
    std::shared_ptr<SymbolTable> st = parsed.symbols;
    if (!st) {
      st = std::make_shared<SymbolTable>();
      st->build(*parsed.module);
    }
    CodeGen gen(*st, filename, result.warnings);
    Ref<CodeObj> code = gen.module(*parsed.module);
    fixDerefSlots(*code);
    result.code = code;
  } catch (const CompileFailure& f) {
    SyntaxErrorInfo info;
    info.type = f.type;
    info.message = f.message;
    info.filename = filename;
    info.line = f.span.line;
    info.col = f.span.col + 1;
    info.endCol = f.span.endLine == f.span.line ? f.span.endCol + 1 : 0;
    info.sourceLine = lineOf(source, f.span.line);
    result.error = info;
  }
  return result;
}

}  // namespace ys