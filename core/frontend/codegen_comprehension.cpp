// codegen_comprehension.cpp — code generation for comprehensions and generator expressions (see codegen.h).
#include "core/frontend/codegen.h"

namespace ys::compiler_detail {

void CodeGen::comprehension(const Expr& e) {
  Scope* child = m_st.byNode.at(&e);
  // compiler_comprehension: an asynchronous comprehension needs an async
  // function around it (or a comprehension, which the symbol table made
  // asynchronous too); a generator expression becomes an async generator.
  if (child->hasAwait && e.kind != ExprKind::GeneratorExp && m_unit->scope->kind != ScopeKind::Comprehension)
    fail("asynchronous comprehension outside of an asynchronous function", e.span);
  enter(child, child->name, e.span.line);
  m_unit->co->argcount = 1;
  m_unit->loc = toSrc(e.span);
  if (e.kind == ExprKind::ListComp)
    emit(BUILD_LIST, 0);
  else if (e.kind == ExprKind::SetComp)
    emit(BUILD_SET, 0);
  else if (e.kind == ExprKind::DictComp)
    emit(BUILD_MAP, 0);
  int base = e.kind == ExprKind::GeneratorExp ? 0 : 1;
  comprehensionLoop(e, 0, base);
  if (e.kind == ExprKind::GeneratorExp) {
    // As CPython's: a generator expression's `return None` is located at the
    // whole expression; a comprehension's return keeps its last clause's line.
    setLoc(e.span);
    emitConst(Value());
  }
  emit(RETURN_VALUE);
  Ref<CodeObj> code = leave();
  makeClosure(child, code, 0);
  iterable(*e.generators[0].iter);
  setLoc(e.span);
  emit(GET_ITER);
  emit(CALL, 1);
}

// `for y in [expr]` (or `(expr,)`) after the first clause: since 3.9
// CPython compiles it as the assignment `y = expr`, with no loop and so no
// line event for a FOR_ITER. Returns that one element, or null.
const Expr* CodeGen::singleElementIter(const Expr& iter) {
  if (iter.kind != ExprKind::List && iter.kind != ExprKind::Tuple) return nullptr;
  if (iter.elts.size() != 1 || iter.elts[0]->kind == ExprKind::Starred) return nullptr;
  return iter.elts[0].get();
}

// `iters` counts the iterators below on the stack (LIST_APPEND and the like
// reach past them to the result).
void CodeGen::comprehensionLoop(const Expr& e, size_t gi, int base, int iters) {
  const Comprehension& g = e.generators[gi];
  int start = newLabel(), end = newLabel(), ifCleanup = newLabel();
  const Expr* assigned = gi == 0 ? nullptr : singleElementIter(*g.iter);
  if (gi == 0) {
    emit(LOAD_FAST, 0);
  } else if (assigned) {
    expr(*assigned);
  } else {
    iterable(*g.iter);
    emit(GET_ITER);
  }
  if (!assigned) {
    ++iters;
    bind(start);
    // FOR_ITER is on the location current here, as CPython's: a nested
    // clause's after the enclosing clause's conditions is on the line of
    // its last comparison (compiler_jump_if keeps a Compare's location).
    emitJump(FOR_ITER, end);
  }
  store(*g.target);
  // A failed condition goes to the loop's back-jump, which carries the
  // location current at the end of the body (CPython's if_cleanup block);
  // a clause without a loop of its own falls through to the enclosing one's.
  for (auto& cond : g.ifs) jumpIf(*cond, ifCleanup, false);
  if (gi + 1 < e.generators.size()) {
    comprehensionLoop(e, gi + 1, base, iters);
  } else {
    int depth = iters + base;
    switch (e.kind) {
      case ExprKind::ListComp:
        expr(*e.operand);
        emit(LIST_APPEND, depth);
        break;
      case ExprKind::SetComp:
        expr(*e.operand);
        emit(SET_ADD, depth);
        break;
      case ExprKind::DictComp:
        expr(*e.operand);
        expr(*e.body);
        emit(MAP_ADD, depth);
        break;
      default:
        expr(*e.operand);
        emit(YIELD_VALUE);
        emit(POP_TOP);
        break;
    }
  }
  bind(ifCleanup);
  if (!assigned) {
    emitJump(JUMP, start);
    bind(end);
  }
}

}  // namespace ys::compiler_detail
