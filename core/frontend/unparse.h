// unparse.h — an ast::Module back to Python source, like CPython's ast.unparse.
//
// The output parses back to the same tree (checked by tests against
// `ast.dump`). Parentheses are added from operator precedence, tuples and
// walrus/yield expressions are always parenthesised where that is legal, and
// elif chains are printed as elif.
//
// With `keepLines`, every statement is written on the line it had in the
// original source: blank lines pad up to it, statements that shared a line
// (`a = 1; b = 2`, `if x: y`) share it again, and a statement that spanned
// several lines is written on its first one. This is what lets the eager twin
// (twin.h) run beside the original in the debugger with the same line numbers.
//
// With `eagerTwin`, the writer also applies the twin rewrite (see twin.h):
// generator functions collect into `__ys_items` and return `iter(__ys_items)`,
// generator expressions become list comprehensions.
#pragma once

#include <string>

#include "core/frontend/ast.h"

namespace ys {

struct UnparseOptions {
  bool keepLines = false;  // each statement on its original line
  bool eagerTwin = false;  // apply the eager-twin rewrite (twin.h)
};

std::string unparse(const ast::Module& module);
std::string unparse(const ast::Module& module, const UnparseOptions& options);
// One expression, e.g. for messages ("f(x)").
std::string unparseExpr(const ast::Expr& expr);

// True when the function's own body (not nested defs, classes or lambdas)
// contains yield or yield from: a generator function.
bool isGeneratorFunction(const ast::Stmt& def);

}  // namespace ys
