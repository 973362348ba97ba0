// compiler.h — AST to code objects.
//
// compileModule() turns an ast::Module into a tree of CodeObj (the module's
// code holds the code of its functions, classes, lambdas and comprehensions
// among its constants), in two passes as CPython does: a symbol table pass
// decides for every name whether it is a fast local, a cell, a free variable,
// a global or a class/module namespace name; then code generation emits
// instructions (opcodes.h) with one SrcSpan each and an exception table.
//
// Line numbers follow CPython 3.11's compiler so that the debugger's step
// sequence equals `sys.settrace`'s: statements get their own line, loop
// back-jumps carry the line of the loop header where CPython's do (`while`),
// artificial instructions (implicit `return None`, the back-jump of `for`)
// carry line -1 and the VM then reports the last line that ran.
//
// Compile-time errors that CPython reports as SyntaxError ('return' outside
// function, nonlocal without a binding, ...) come back as SyntaxErrorInfo.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/frontend/ast.h"
#include "core/frontend/parser.h"
#include "core/runtime/object.h"

namespace ys {

struct CompileResult {
  Ref<CodeObj> code;  // null when error is set
  std::optional<SyntaxErrorInfo> error;
};

// `parsed` is parse()'s result without an error. `source` is only used to
// quote the offending line in a SyntaxError.
CompileResult compileModule(const ParseResult& parsed, const std::string& filename, std::string_view source);

// Net stack effect of one instruction; `jump` selects the effect when the
// instruction's jump is taken (for FOR_ITER, SEND and conditional jumps).
int stackEffect(int op, int arg, bool jump);

}  // namespace ys
