// codegen_stmt.cpp — code generation for statements (see codegen.h).
#include <algorithm>

#include "core/frontend/codegen.h"

namespace ys::compiler_detail {

void CodeGen::body(const Body& b) {
  for (auto& s : b) stmt(*s);
}

// Like CPython, the location is not restored after a statement: code
// emitted next (an implicit `return None`) keeps the last statement's line.
void CodeGen::stmt(const Stmt& s) {
  setLoc(s.span);
  switch (s.kind) {
    case StmtKind::FunctionDef:
      functionDef(s);
      break;
    case StmtKind::ClassDef:
      classDef(s);
      break;
    case StmtKind::Return:
      returnStmt(s);
      break;
    case StmtKind::Delete:
      for (auto& t : s.targets) deleteTarget(*t);
      break;
    case StmtKind::Assign:
      expr(*s.value);
      for (size_t i = 0; i < s.targets.size(); ++i) {
        if (i + 1 < s.targets.size()) emit(COPY, 1);
        store(*s.targets[i]);
      }
      break;
    case StmtKind::AugAssign:
      augAssign(s);
      break;
    case StmtKind::AnnAssign:
      if (s.value) {
        expr(*s.value);
        store(*s.target);
      } else if (!(inFunction() && s.target->kind == ExprKind::Name)) {
        // A bare `name: type` in a function compiles to nothing (CPython
        // neither evaluates nor stores it), so it has no line event either.
        emit(NOP);
      }
      if (m_unit->scope->kind == ScopeKind::Class && s.target->kind == ExprKind::Name && s.annotation) {
        // __annotations__[name] = annotation, as CPython's class bodies do.
        expr(*s.annotation);
        emitName(LOAD_NAME, "__annotations__");
        emitConst(strConst(mangle(m_unit->scope->privateName, s.target->id)));
        emit(STORE_SUBSCR);
      }
      break;
    case StmtKind::For:
      forStmt(s);
      break;
    case StmtKind::While:
      whileStmt(s);
      break;
    case StmtKind::If:
      ifStmt(s);
      break;
    case StmtKind::With:
      withStmt(s, 0);
      break;
    case StmtKind::Raise:
      if (s.exc) expr(*s.exc);
      if (s.cause) expr(*s.cause);
      setLoc(s.span);
      emit(RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
      break;
    case StmtKind::Try:
      if (!s.finalbody.empty())
        tryFinally(s);
      else
        tryExcept(s);
      break;
    case StmtKind::Assert:
      assertStmt(s);
      break;
    case StmtKind::Import:
      for (auto& a : s.names) {
        // `import a.b` binds the top package `a`; `import a.b as c` binds the
        // submodule itself, so only the first asks IMPORT_NAME for the top.
        bool top = a.asname.empty() && a.name.find('.') != std::string::npos;
        emit(IMPORT_NAME, nameIndex(a.name) | (top ? (1 << 24) : 0));
        nameOp(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, Ctx::Store);
      }
      break;
    case StmtKind::ImportFrom:
      if (s.level > 0) fail("attempted relative import with no known parent package", s.span);
      emit(IMPORT_NAME, nameIndex(s.module));
      for (auto& a : s.names) {
        if (a.name == "*")
          throw CompileFailure{
              "Yieldscope does not support 'from ... import *' (line " + std::to_string(s.span.line) + ")", s.span,
              "NotImplementedError"};
        emitName(IMPORT_FROM, a.name);
        nameOp(a.asname.empty() ? a.name : a.asname, Ctx::Store);
      }
      emit(POP_TOP);
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      break;
    case StmtKind::ExprStmt:
      if (s.value->kind == ExprKind::Constant) {
        emit(NOP);
      } else {
        expr(*s.value);
        emit(POP_TOP);
      }
      break;
    case StmtKind::Pass:
      emit(NOP);
      break;
    case StmtKind::Break:
      breakStmt(s);
      break;
    case StmtKind::Continue:
      continueStmt(s);
      break;
    case StmtKind::Match:
      matchStmt(s);
      break;
  }
}

int CodeGen::makeClosure(Scope* child, Ref<CodeObj> code, int flags) {
  if (!child->freevars.empty()) {
    for (auto& fv : child->freevars) {
      // In a class body the child's __class__ is the class cell.
      emit(LOAD_CLOSURE, derefSlot(fv));
    }
    emit(BUILD_TUPLE, int(child->freevars.size()));
    flags |= MF_CLOSURE;
  }
  emitConst(Value::object(code.get()));
  emit(MAKE_FUNCTION, flags);
  return flags;
}

int CodeGen::argDefaults(const Arguments& a) {
  int flags = 0;
  if (!a.defaults.empty()) {
    for (auto& d : a.defaults) expr(*d);
    emit(BUILD_TUPLE, int(a.defaults.size()));
    flags |= MF_DEFAULTS;
  }
  int nkw = 0;
  for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
    if (i < a.kwDefaults.size() && a.kwDefaults[i]) {
      emitConst(strConst(mangle(m_unit->scope->privateName, a.kwonlyargs[i].name)));
      expr(*a.kwDefaults[i]);
      ++nkw;
    }
  }
  if (nkw) {
    emit(BUILD_MAP, nkw);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

void CodeGen::setArgCounts(CodeObj& co, const Arguments& a) {
  co.posonlyargcount = int(a.posonlyargs.size());
  co.argcount = int(a.posonlyargs.size() + a.args.size());
  co.kwonlyargcount = int(a.kwonlyargs.size());
  co.varargs = a.vararg != nullptr;
  co.varkeywords = a.kwarg != nullptr;
}

void CodeGen::functionDef(const Stmt& s) {
  Scope* child = m_st.byNode.at(&s);
  for (auto& d : s.decorators) expr(*d);
  int firstLine = s.decorators.empty() ? s.span.line : s.decorators[0]->span.line;
  int flags = s.args ? argDefaults(*s.args) : 0;
  setLoc(s.span);
  m_unit->loc.endLine = m_unit->loc.line;
  Ref<CodeObj> code = compileFunctionBody(child, s.name, firstLine, s.args.get(), s.body, nullptr);
  setLoc(s.span);
  makeClosure(child, code, flags);
  for (size_t i = s.decorators.size(); i-- > 0;) {
    setLoc(s.decorators[i]->span);
    emit(CALL, 1);
  }
  setLoc(s.span);
  nameOp(s.name, Ctx::Store);
}

Ref<CodeObj> CodeGen::compileFunctionBody(Scope* child, const std::string& name, int firstLine, const Arguments* args,
                                          const Body& b, const Expr* lambdaBody) {
  enter(child, name, firstLine);
  if (args) setArgCounts(*m_unit->co, *args);
  if (lambdaBody) {
    SrcSpan saved = m_unit->loc;
    expr(*lambdaBody);
    // CPython's compiler_enter_scope puts the unit on the lambda's first
    // line (column 0), and the RETURN_VALUE after the body is there: a body
    // on a later line steps back to the lambda's line before returning.
    m_unit->loc = SrcSpan{firstLine, 0, firstLine, 0};
    emit(RETURN_VALUE);
    m_unit->loc = saved;
  } else {
    size_t start = 0;
    if (!b.empty() && isDocstring(*b[0])) {
      start = 1;
      m_unit->co->consts.insert(m_unit->co->consts.begin(), newStr(b[0]->value->value.text));
    } else {
      m_unit->co->consts.insert(m_unit->co->consts.begin(), Value());
    }
    for (size_t i = start; i < b.size(); ++i) stmt(*b[i]);
    m_unit->loc = kNoLoc;
    emitConst(Value());
    emit(RETURN_VALUE);
  }
  return leave();
}

// An annotated simple name anywhere in a class body outside nested defs.
bool CodeGen::hasAnnotations(const Body& b) {
  for (auto& st : b) {
    if (st->kind == StmtKind::AnnAssign && st->target->kind == ExprKind::Name) return true;
    if (st->kind == StmtKind::FunctionDef || st->kind == StmtKind::ClassDef) continue;
    if (hasAnnotations(st->body) || hasAnnotations(st->orelse) || hasAnnotations(st->finalbody)) return true;
    for (auto& h : st->handlers)
      if (hasAnnotations(h.body)) return true;
  }
  return false;
}

void CodeGen::classDef(const Stmt& s) {
  Scope* child = m_st.byNode.at(&s);
  for (auto& d : s.decorators) expr(*d);
  int firstLine = s.decorators.empty() ? s.span.line : s.decorators[0]->span.line;
  setLoc(s.span);
  // The body.
  enter(child, s.name, firstLine);
  // The body's first instructions (__module__, __qualname__) stand on the
  // first decorator's line when there is one, as in CPython.
  m_unit->loc = toSrc(s.span);
  m_unit->loc.line = m_unit->loc.endLine = firstLine;
  emitName(LOAD_NAME, "__name__");
  emitName(STORE_NAME, "__module__");
  emitConst(strConst(child->qualname));
  emitName(STORE_NAME, "__qualname__");
  size_t start = storeDocstring(s.body);
  if (hasAnnotations(s.body)) {
    // CPython's SETUP_ANNOTATIONS: the class namespace gets a fresh dict.
    emit(BUILD_MAP, 0);
    emitName(STORE_NAME, "__annotations__");
  }
  for (size_t i = start; i < s.body.size(); ++i) stmt(*s.body[i]);
  m_unit->loc = kNoLoc;
  if (child->needsClassCell)
    emit(LOAD_CLOSURE, derefSlot("__class__"));
  else
    emitConst(Value());
  emit(RETURN_VALUE);
  Ref<CodeObj> code = leave();
  setLoc(s.span);
  makeClosure(child, code, 0);
  emitConst(strConst(s.name));
  for (auto& b : s.bases) expr(*b);
  setLoc(s.span);
  emit(BUILD_TUPLE, int(s.bases.size()));
  emit(BUILD_CLASS);
  for (size_t i = s.decorators.size(); i-- > 0;) {
    setLoc(s.decorators[i]->span);
    emit(CALL, 1);
  }
  setLoc(s.span);
  nameOp(s.name, Ctx::Store);
}

bool CodeGen::inFunction() const {
  ScopeKind k = m_unit->scope->kind;
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}

void CodeGen::returnStmt(const Stmt& s) {
  if (!inFunction()) fail("'return' outside function", s.span);
  if (s.value)
    expr(*s.value);
  else
    emitConst(Value());
  setLoc(s.span);
  unwindAll(true);
  emit(RETURN_VALUE);
}

// Emits the cleanup of every enclosing block (for return): loops pop their
// iterator, finally bodies run, handlers restore the previous exception.
void CodeGen::unwindAll(bool preserveTos) {
  Unit& u = *m_unit;
  std::vector<FBlock> saved = u.fblocks;
  std::vector<int> savedHandlers = u.handlerStack;
  int savedDepth = u.depth;
  while (!u.fblocks.empty()) {
    FBlock fb = u.fblocks.back();
    u.fblocks.pop_back();
    unwindBlock(fb, preserveTos);
  }
  u.fblocks = saved;
  u.handlerStack = savedHandlers;
  u.depth = savedDepth;
}

void CodeGen::unwindBlock(const FBlock& fb, bool preserveTos) {
  Unit& u = *m_unit;
  switch (fb.kind) {
    case FBKind::WhileLoop:
      break;
    case FBKind::ForLoop:
      if (preserveTos) emit(SWAP, 2);
      emit(POP_TOP);
      u.depth -= 1;
      break;
    case FBKind::TryExcept:
      popHandlerTo(fb.handlerIndex);
      break;
    case FBKind::FinallyTry: {
      popHandlerTo(fb.handlerIndex);
      if (preserveTos) {
        u.depth += 1;
        u.fblocks.push_back(FBlock{FBKind::PopValue});
      }
      body(*fb.finalbody);
      if (preserveTos) {
        u.fblocks.pop_back();
        u.depth -= 1;
      }
      // As CPython's: the unwinding instruction (the return) has no line of
      // its own, so the finally body appears to run after the statement.
      u.loc = kNoLoc;
      break;
    }
    case FBKind::PopValue:
      if (preserveTos) emit(SWAP, 2);
      emit(POP_TOP);
      u.depth -= 1;
      break;
    case FBKind::FinallyEnd:
      popHandlerTo(fb.handlerIndex);
      if (preserveTos) emit(SWAP, 2);
      emit(POP_TOP);  // the exception
      if (preserveTos) emit(SWAP, 2);
      emit(POP_EXCEPT);
      u.depth -= 2;
      break;
    case FBKind::With: {
      popHandlerTo(fb.handlerIndex);
      u.loc = fb.loc;
      if (preserveTos) emit(SWAP, 2);
      emit(WITH_EXIT);
      u.loc = kNoLoc;
      u.depth -= 1;
      break;
    }
    case FBKind::HandlerCleanup:
      popHandlerTo(fb.handlerIndex);
      if (preserveTos) emit(SWAP, 2);
      emit(POP_EXCEPT);
      u.depth -= 1;
      if (!fb.handlerName.empty()) {
        emitConst(Value());
        nameOp(fb.handlerName, Ctx::Store);
        nameOp(fb.handlerName, Ctx::Del);
      }
      break;
  }
}

// Leaves the handler regions opened for (and inside) a block.
void CodeGen::popHandlerTo(int handlerIndex) {
  auto& hs = m_unit->handlerStack;
  if (handlerIndex < 0) return;
  auto it = std::find(hs.begin(), hs.end(), handlerIndex);
  if (it != hs.end()) hs.erase(it, hs.end());
}

void CodeGen::loopJump(const Stmt& s, bool isBreak) {
  Unit& u = *m_unit;
  int loopIdx = -1;
  for (int i = int(u.fblocks.size()) - 1; i >= 0; --i)
    if (u.fblocks[i].kind == FBKind::ForLoop || u.fblocks[i].kind == FBKind::WhileLoop) {
      loopIdx = i;
      break;
    }
  if (loopIdx < 0) fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.span);
  std::vector<FBlock> saved = u.fblocks;
  std::vector<int> savedHandlers = u.handlerStack;
  int savedDepth = u.depth;
  emit(NOP);
  while (int(u.fblocks.size()) - 1 > loopIdx) {
    FBlock fb = u.fblocks.back();
    u.fblocks.pop_back();
    unwindBlock(fb, false);
  }
  FBlock loop = u.fblocks.back();
  if (isBreak) {
    unwindBlock(loop, false);
    emitJump(JUMP, loop.breakLabel);
  } else {
    emitJump(JUMP, loop.continueLabel);
  }
  u.fblocks = saved;
  u.handlerStack = savedHandlers;
  u.depth = savedDepth;
}

void CodeGen::forStmt(const Stmt& s) {
  Unit& u = *m_unit;
  int start = newLabel(), cleanup = newLabel(), end = newLabel();
  iterable(*s.iter);
  setLoc(s.span);
  emit(GET_ITER);
  bind(start);
  setLoc(s.span);
  emitJump(FOR_ITER, cleanup);
  u.depth += 1;
  FBlock fb{FBKind::ForLoop};
  fb.continueLabel = start;
  fb.breakLabel = end;
  u.fblocks.push_back(fb);
  store(*s.target);
  body(s.body);
  u.loc = kNoLoc;
  emitJump(JUMP, start);
  u.fblocks.pop_back();
  u.depth -= 1;
  bind(cleanup);
  body(s.orelse);
  bind(end);
}

void CodeGen::whileStmt(const Stmt& s) {
  Unit& u = *m_unit;
  int loop = newLabel(), bodyL = newLabel(), anchor = newLabel(), end = newLabel();
  bind(loop);
  FBlock fb{FBKind::WhileLoop};
  fb.continueLabel = loop;
  fb.breakLabel = end;
  u.fblocks.push_back(fb);
  jumpIf(*s.test, anchor, false);
  bind(bodyL);
  body(s.body);
  setLoc(s.span);
  jumpIf(*s.test, bodyL, 1);
  u.fblocks.pop_back();
  bind(anchor);
  body(s.orelse);
  bind(end);
}

void CodeGen::ifStmt(const Stmt& s) {
  int end = newLabel();
  int next = s.orelse.empty() ? end : newLabel();
  jumpIf(*s.test, next, false);
  body(s.body);
  if (!s.orelse.empty()) {
    m_unit->loc = kNoLoc;
    emitJump(JUMP, end);
    bind(next);
    body(s.orelse);
  }
  bind(end);
}

void CodeGen::tryExcept(const Stmt& s) {
  Unit& u = *m_unit;
  int handler = newLabel(), end = newLabel(), cleanup = newLabel(), orelse = newLabel();
  int d = u.depth;
  pushHandler(handler, d, 0);  // SETUP_FINALLY
  FBlock fb{FBKind::TryExcept};
  fb.handlerIndex = u.handlerStack.back();
  u.fblocks.push_back(fb);
  emit(NOP);
  body(s.body);
  u.fblocks.pop_back();
  popHandler();
  u.loc = kNoLoc;
  emitJump(JUMP, orelse);
  // Handlers: stack is [exc].
  bind(handler);
  if (!s.handlers.empty()) setLoc(s.handlers[0].span);
  emit(PUSH_EXC_INFO);  // [prev, exc]
  pushHandler(cleanup, d + 1, 1);
  int cleanupIdx = u.handlerStack.back();
  for (auto& h : s.handlers) {
    setLoc(h.span);
    int next = newLabel();
    if (h.type) {
      expr(*h.type);
      emit(CHECK_EXC_MATCH);
      emitJump(POP_JUMP_IF_FALSE, next);
    }
    u.depth = d + 1;
    if (!h.name.empty()) {
      nameOp(h.name, Ctx::Store);
      int cleanupEnd = newLabel();
      pushHandler(cleanupEnd, d + 1, 1);
      FBlock hb{FBKind::HandlerCleanup};
      hb.handlerName = h.name;
      hb.handlerIndex = cleanupIdx;
      u.fblocks.push_back(hb);
      body(h.body);
      u.fblocks.pop_back();
      popHandler();
      u.loc = kNoLoc;
      popHandlerTo(cleanupIdx);
      emit(POP_EXCEPT);
      emitConst(Value());
      nameOp(h.name, Ctx::Store);
      nameOp(h.name, Ctx::Del);
      emitJump(JUMP, end);
      // Exception inside a named handler: [prev, exc2].
      pushHandler(cleanup, d + 1, 1);
      cleanupIdx = u.handlerStack.back();
      bind(cleanupEnd);
      emitConst(Value());
      nameOp(h.name, Ctx::Store);
      nameOp(h.name, Ctx::Del);
      emit(RERAISE, 0);
    } else {
      emit(POP_TOP);
      FBlock hb{FBKind::HandlerCleanup};
      hb.handlerIndex = cleanupIdx;
      u.fblocks.push_back(hb);
      body(h.body);
      u.fblocks.pop_back();
      u.loc = kNoLoc;
      popHandlerTo(cleanupIdx);
      emit(POP_EXCEPT);
      emitJump(JUMP, end);
      pushHandler(cleanup, d + 1, 1);
      cleanupIdx = u.handlerStack.back();
    }
    u.depth = d;
    bind(next);
  }
  // No handler matched: re-raise (stack [prev, exc]).
  u.loc = kNoLoc;
  emit(RERAISE, 0);
  popHandlerTo(cleanupIdx);
  u.loc = kNoLoc;
  handlerCleanup(cleanup);
  bind(orelse);
  body(s.orelse);
  bind(end);
}

// Where an exception raised inside a handler (an except clause, a finally
// body, a with's __exit__) lands: [prev, exc] -> the exception that was being
// handled before is restored and exc re-raised.
void CodeGen::handlerCleanup(int label) {
  bind(label);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 0);
}

void CodeGen::tryFinally(const Stmt& s) {
  Unit& u = *m_unit;
  int finalExc = newLabel(), end = newLabel(), cleanup = newLabel();
  int d = u.depth;
  pushHandler(finalExc, d, 0);  // SETUP_FINALLY
  FBlock fb{FBKind::FinallyTry};
  fb.finalbody = &s.finalbody;
  fb.handlerIndex = u.handlerStack.back();
  u.fblocks.push_back(fb);
  if (!s.handlers.empty()) {
    tryExcept(s);
  } else {
    emit(NOP);
    body(s.body);
  }
  u.fblocks.pop_back();
  popHandler();
  body(s.finalbody);
  u.loc = kNoLoc;
  emitJump(JUMP, end);
  // Exceptional path: [exc] -> [prev, exc].
  bind(finalExc);
  u.loc = kNoLoc;
  emit(PUSH_EXC_INFO);
  pushHandler(cleanup, d + 1, 1);
  FBlock fe{FBKind::FinallyEnd};
  fe.handlerIndex = u.handlerStack.back();
  u.fblocks.push_back(fe);
  u.depth = d + 2;
  body(s.finalbody);
  u.depth = d;
  u.fblocks.pop_back();
  u.loc = kNoLoc;
  emit(RERAISE, 0);
  popHandler();
  handlerCleanup(cleanup);
  bind(end);
}

void CodeGen::withStmt(const Stmt& s, size_t item) {
  Unit& u = *m_unit;
  const WithItem& wi = s.items[item];
  int withExc = newLabel(), end = newLabel(), cleanup = newLabel(), suppress = newLabel();
  int d = u.depth;
  expr(*wi.contextExpr);
  setLoc(s.span);
  emit(BEFORE_WITH);  // [exit, value]
  u.depth = d + 1;
  pushHandler(withExc, d + 1, 1);
  FBlock fb{FBKind::With};
  fb.handlerIndex = u.handlerStack.back();
  fb.loc = toSrc(s.span);
  u.fblocks.push_back(fb);
  if (wi.optionalVars)
    store(*wi.optionalVars);
  else
    emit(POP_TOP);
  if (item + 1 < s.items.size())
    withStmt(s, item + 1);
  else
    body(s.body);
  u.fblocks.pop_back();
  popHandler();
  setLoc(s.span);
  emit(WITH_EXIT);
  u.depth = d;
  emitJump(JUMP, end);
  // [exit, exc] -> [exit, prev, exc]
  bind(withExc);
  setLoc(s.span);
  emit(PUSH_EXC_INFO);
  pushHandler(cleanup, d + 2, 2);
  emit(WITH_EXCEPT_START);
  emitJump(POP_JUMP_IF_TRUE, suppress);
  emit(RERAISE, 2);  // as CPython's: the frame is back on the line that raised
  popHandler();
  u.loc = kNoLoc;  // no line event: the frame stays on the line that raised
  handlerCleanup(cleanup);
  setLoc(s.span);
  bind(suppress);
  emit(POP_TOP);
  emit(POP_EXCEPT);
  emit(POP_TOP);
  bind(end);
}

void CodeGen::assertStmt(const Stmt& s) {
  if (s.test->kind == ExprKind::Tuple && !s.test->elts.empty())
    warn("assertion is always true, perhaps remove parentheses?", s.span);
  int end = newLabel();
  jumpIf(*s.test, end, 1);
  // The raise is where jumpIf left the location, as in CPython 3.11: on the
  // last comparison it compiled (`assert x > 0` points at `x > 0`), else on
  // the whole statement (`assert ok(x)`, `assert not done`), which a
  // traceback shows without carets.
  const SrcSpan raiseLoc = m_unit->loc;
  emit(LOAD_ASSERTION_ERROR);
  if (s.msg) {
    expr(*s.msg);
    m_unit->loc = raiseLoc;
    emit(CALL, 1);
  }
  emit(RAISE_VARARGS, 1);
  bind(end);
}

// As CPython 3.11's compiler_augassign: the target's load and its store are
// on the target's location (an attribute's on its name's line, as
// update_start_location_to_match_attr), the value and the operation on the
// statement's.
void CodeGen::augAssign(const Stmt& s) {
  const Expr& t = *s.target;
  switch (t.kind) {
    case ExprKind::Name:
      setLoc(t.span);
      nameOp(t.id, Ctx::Load);
      setLoc(s.span);
      expr(*s.value);
      emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
      setLoc(t.span);
      nameOp(t.id, Ctx::Store);
      break;
    case ExprKind::Attribute:
      setLoc(t.span);
      expr(*t.operand);
      emit(COPY, 1);
      setAttrLoc(t.span, t);
      emitName(LOAD_ATTR, t.id);
      setLoc(s.span);
      expr(*s.value);
      emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
      setAttrLoc(t.span, t);
      emit(SWAP, 2);
      emitName(STORE_ATTR, t.id);
      break;
    case ExprKind::Subscript:
      setLoc(t.span);
      expr(*t.operand);
      subscriptIndex(t);
      emit(COPY, 2);
      emit(COPY, 2);
      emit(BINARY_SUBSCR);
      setLoc(s.span);
      expr(*s.value);
      emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
      setLoc(t.span);
      emit(SWAP, 3);
      emit(SWAP, 2);
      emit(STORE_SUBSCR);
      break;
    default:
      fail("'" + std::string(exprDescription(t)) + "' is an illegal expression for augmented assignment", t.span);
  }
}

const char* CodeGen::exprDescription(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call:
      return "function call";
    case ExprKind::Constant:
      return "literal";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
      return "list";
    default:
      return "expression";
  }
}

void CodeGen::deleteTarget(const Expr& t) {
  SrcSpan saved = m_unit->loc;
  setLoc(t.span);
  switch (t.kind) {
    case ExprKind::Name:
      nameOp(t.id, Ctx::Del);
      break;
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      attributeOrItem(t, DELETE_ATTR, DELETE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto& e : t.elts) deleteTarget(*e);
      break;
    default:
      fail("cannot delete " + std::string(exprDescription(t)), t.span);
  }
  m_unit->loc = saved;
}

// Stores the value on top of the stack into a target.
void CodeGen::store(const Expr& t) {
  SrcSpan saved = m_unit->loc;
  switch (t.kind) {
    case ExprKind::Name:
      setLoc(t.span);
      nameOp(t.id, Ctx::Store);
      break;
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      attributeOrItem(t, STORE_ATTR, STORE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List: {
      setLoc(t.span);
      int starIdx = -1;
      for (size_t i = 0; i < t.elts.size(); ++i)
        if (t.elts[i]->kind == ExprKind::Starred) {
          if (starIdx >= 0) fail("multiple starred expressions in assignment", t.elts[i]->span);
          starIdx = int(i);
        }
      if (starIdx < 0) {
        emit(UNPACK_SEQUENCE, int(t.elts.size()));
      } else {
        int after = int(t.elts.size()) - starIdx - 1;
        emit(UNPACK_EX, starIdx | (after << 8));
      }
      for (auto& e : t.elts) store(e->kind == ExprKind::Starred ? *e->operand : *e);
      break;
    }
    case ExprKind::Starred:
      fail("starred assignment target must be in a list or tuple", t.span);
    default:
      fail(std::string("cannot assign to ") + exprDescription(t), t.span);
  }
  m_unit->loc = saved;
}

}  // namespace ys::compiler_detail
