// compiler.cpp — the compiler's driver (see compiler.h): runs the symbol
// table pass (symtable.h) and code generation (codegen.h), then fixes the
// cell and free slots; also opcode names and stack effects.
#include "core/frontend/compiler.h"

#include "core/frontend/codegen.h"
#include "core/frontend/opcodes.h"

namespace ys {

const char* opName(int op) {
  static const char* names[] = {
#define YS_OP_NAME(name, effect) #name,
      YS_OPCODES(YS_OP_NAME)
#undef YS_OP_NAME
  };
  return op >= 0 && op < OP_COUNT ? names[op] : "?";
}

int stackEffect(int op, int arg, bool jump) {
  if (op >= 0 && op < OP_COUNT && kStackEffect[op] != kVaries) return kStackEffect[op];
  switch (op) {
    case CALL: {
      int n = arg & CALL_ARGC_MASK;
      int eff = -n;
      if (arg & CALL_KW) eff -= 1;
      if (arg & CALL_METHOD) eff -= 1;
      return eff;
    }
    case CALL_EX:
      return (arg & 1) ? -2 : -1;
    case BUILD_SLICE:
      return arg == 3 ? -2 : -1;
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
      return 1 - arg;
    case BUILD_MAP:
      return 1 - 2 * arg;
    case BUILD_CONST_KEY_MAP:
      return -arg;
    case UNPACK_SEQUENCE:
      return arg - 1;
    case UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case FOR_ITER:
      return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case SEND:
      return jump ? -1 : 0;
    case MAKE_FUNCTION: {
      int eff = 0;
      if (arg & MF_DEFAULTS) --eff;
      if (arg & MF_KWDEFAULTS) --eff;
      if (arg & MF_CLOSURE) --eff;
      return eff;
    }
    case RAISE_VARARGS:
      return -arg;
    case FORMAT_VALUE:
      return (arg & FV_HAS_SPEC) ? -1 : 0;
    default:
      return 0;
  }
}

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