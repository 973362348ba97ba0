// twin.h — the eager twin of a program: the same program with every
// generator replaced by a list, so the debugger can run both side by side
// and chart their memory (DESIGN.md, issue 4).
//
// The rewrite, on the AST, written out by unparse (unparse.h):
//   * a generator function collects into a local list `__ys_items`:
//     `yield v` -> `__ys_items.append(v)`, `yield from it` ->
//     `__ys_items.extend(it)`, `return [v]` -> `return iter(__ys_items)`,
//     and falling off the end also returns `iter(__ys_items)`; callers still
//     get an iterator, so next() and for loops work unchanged. The return
//     value of a generator (StopIteration.value) is dropped.
//   * a generator expression becomes `iter([...])`, or a plain list
//     comprehension when it is the sole argument of a call that consumes any
//     iterable whole (sum, list, sorted, min, max, any, all, ... and
//     str.join): `sum(x*x for x in r)` -> `sum([x*x for x in r])`.
//
// Line numbers: every statement stays on its original line, so a step of
// the twin can be shown against the original source. `__ys_items = []` goes
// in front of the generator's first body statement (`__ys_items = []; x = 0`)
// or, when that statement is a `for` or `if`, into its header through a
// walrus (`for i in (__ys_items := []) or range(n):`, the list is falsy so
// the iterable is unchanged); only otherwise does it take a line of its own.
// The final `return iter(__ys_items)` joins the last body line with `;` when
// that line is a simple statement, else it takes the line after the
// function (the blank line before the next definition usually absorbs it).
//
// No twin exists when laziness is observable: the program calls .send(),
// .throw() or .close(), reads gi_frame/gi_running/gi_code/gi_yieldfrom or
// calls inspect.getgeneratorstate, or uses the value of a yield expression
// (`x = yield`, `print((yield))`, `r = yield from g()`). `reason` then says
// why in one plain sentence.
#pragma once

#include <optional>
#include <string>

#include "core/frontend/ast.h"

namespace ys {

struct TwinResult {
  std::optional<std::string> source;  // the twin's source, or nothing
  std::string reason;                 // why there is no twin ("" when there is one)
};

TwinResult makeEagerTwin(const ast::Module& module);

}  // namespace ys
