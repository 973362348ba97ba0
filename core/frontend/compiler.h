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
#include <vector>

#include "core/frontend/ast.h"
#include "core/frontend/parser.h"
#include "core/runtime/object.h"

namespace ys {

// A SyntaxWarning CPython 3.11's compiler issues while compiling (`x is 5`,
// `assert (x, "msg")`, a missed comma as in `[(1, 2) (3, 4)]`): python3
// prints each to stderr before the program runs, one per occurrence.
struct CompileWarning {
  int line = 0;
  std::string message;  // "\"is\" with a literal. Did you mean \"==\"?"
};

struct CompileResult {
  Ref<CodeObj> code;  // null when error is set
  std::optional<SyntaxErrorInfo> error;
  std::vector<CompileWarning> warnings;  // in compile order, also those before an error
};

// What python3's warnings module prints for `w`: "FILE:LINE: SyntaxWarning:
// MESSAGE" and the line's text, stripped, when the file has lines to show
// (not for "<string>" or "<stdin>").
std::string formatCompileWarning(const CompileWarning& w, const std::string& filename, std::string_view sourceLine);

// `parsed` is parse()'s result without an error. `source` is only used to
// quote the offending line in a SyntaxError.
CompileResult compileModule(const ParseResult& parsed, const std::string& filename, std::string_view source);

}  // namespace ys
