// codegen.cpp — code units, instruction emission, constants and names (see codegen.h).
#include "core/frontend/codegen.h"

#include <algorithm>
#include <bit>

namespace ys::compiler_detail {

namespace {

bool isJumpOp(int op) {
  return op == JUMP || op == FOR_ITER || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
         op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP || op == SEND;
}

}  // namespace

Ref<CodeObj> CodeGen::module(const Module& m) {
  enter(m_st.top, "<module>", 1);
  Unit& u = *m_unit;
  u.co->firstLine = 1;
  size_t start = storeDocstring(m.body);
  for (size_t i = start; i < m.body.size(); ++i) stmt(*m.body[i]);
  // CPython compiles what the engine cannot run; a SyntaxError anywhere in the
  // module still comes first.
  if (m_refused) throw *m_refused;
  u.loc = kNoLoc;
  emitConst(Value());
  emit(RETURN_VALUE);
  return leave();
}

// A module's or class's docstring goes to __doc__ in its namespace. Returns
// the index of the first statement left to compile (1 after a docstring).
size_t CodeGen::storeDocstring(const Body& b) {
  if (b.empty() || !isDocstring(*b[0])) return 0;
  setLoc(b[0]->span);
  emitConst(strConst(b[0]->value->value.text));
  emitName(STORE_NAME, "__doc__");
  return 1;
}

void CodeGen::enter(Scope* scope, const std::string& name, int firstLine) {
  m_units.push_back(std::make_unique<Unit>());
  m_unit = m_units.back().get();
  Unit& u = *m_unit;
  u.scope = scope;
  u.co = make<CodeObj>();
  u.co->name = name;
  u.co->qualname = scope->qualname;
  u.co->filename = m_filename;
  u.co->firstLine = firstLine;
  u.co->isGenerator = scope->isGenerator;
  u.co->isClassBody = scope->kind == ScopeKind::Class || scope->kind == ScopeKind::Module;
  for (auto& p : scope->params) varIndex(p);
  if (scope->isFunctionLike())
    for (auto& n : scope->order)
      if (scope->res[n] == Res::Local) varIndex(n);
  u.co->cellvars = scope->cellvars;
  u.co->freevars = scope->freevars;
  u.loc = toSrc(scope->span);
}

Ref<CodeObj> CodeGen::leave() {
  Unit& u = *m_unit;
  CodeObj& co = *u.co;
  // Cell and free slots follow the varnames.
  int next = int(co.varnames.size());
  for (auto& c : co.cellvars) {
    auto it = u.varIdx.find(c);
    bool isArg = it != u.varIdx.end() && it->second < int(u.scope->params.size());
    if (isArg)
      co.cellSlots.push_back(it->second);
    else if (it != u.varIdx.end())
      co.cellSlots.push_back(it->second);
    else
      co.cellSlots.push_back(next++);
  }
  co.freeStart = next;
  // Patch jumps.
  for (auto& in : u.code)
    if (isJumpOp(in.op)) in.arg = u.labels[in.arg];
  // Artificial instructions keep line -1 semantics for the tracer (endLine
  // -1 marks them) but show the line that ran before them.
  int prevLine = co.firstLine;
  for (auto& sp : u.spans) {
    if (sp.line < 0)
      sp = SrcSpan{prevLine, -1, -1, -1};
    else
      prevLine = sp.line;
  }
  co.code = std::move(u.code);
  co.spans = std::move(u.spans);
  // Exception table: runs of instructions sharing a handler.
  for (size_t i = 0; i < u.handlerOf.size();) {
    int h = u.handlerOf[i];
    size_t j = i + 1;
    while (j < u.handlerOf.size() && u.handlerOf[j] == h) ++j;
    if (h >= 0) {
      ExceptionRange r;
      r.start = int32_t(i);
      r.end = int32_t(j);
      r.handler = u.labels[u.handlers[h].label];
      r.depth = u.handlers[h].depth;
      r.lastiSlots = u.handlers[h].lastiSlots;
      co.exceptionTable.push_back(r);
    }
    i = j;
  }
  co.stacksize = computeStackSize(co);
  Ref<CodeObj> result = u.co;
  m_units.pop_back();
  m_unit = m_units.empty() ? nullptr : m_units.back().get();
  return result;
}

int CodeGen::computeStackSize(const CodeObj& co) {
  int n = int(co.code.size());
  std::vector<int> depth(n + 1, -1);
  std::vector<int> work;
  auto push = [&](int at, int d) {
    if (at < 0 || at > n) return;
    if (depth[at] < d) {
      depth[at] = d;
      work.push_back(at);
    }
  };
  push(0, 0);
  for (auto& r : co.exceptionTable) push(r.handler, r.depth + 1);
  int maxDepth = 0;
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    int d = depth[i];
    while (i < n) {
      const Instr& in = co.code[i];
      maxDepth = std::max(maxDepth, d);
      if (isJumpOp(in.op)) {
        int jd = d + stackEffect(in.op, in.arg, true);
        maxDepth = std::max(maxDepth, jd);
        push(in.arg, jd);
        if (in.op == JUMP) break;
      }
      // Peak inside an instruction (e.g. CALL pushes before popping) is
      // covered by the extra slots below.
      d += stackEffect(in.op, in.arg, false);
      maxDepth = std::max(maxDepth, d);
      if (in.op == RETURN_VALUE || in.op == RAISE_VARARGS || in.op == RERAISE) break;
      ++i;
      if (depth[i] >= d) break;
      depth[i] = d;
    }
  }
  return maxDepth + 2;
}

int CodeGen::newLabel() {
  m_unit->labels.push_back(-1);
  return int(m_unit->labels.size()) - 1;
}

void CodeGen::emit(int op, int arg) {
  Unit& u = *m_unit;
  u.code.push_back(Instr{uint16_t(op), arg});
  u.spans.push_back(u.loc);
  u.handlerOf.push_back(u.handlerStack.empty() ? -1 : u.handlerStack.back());
}

int CodeGen::constIndex(const Value& v) {
  auto& consts = m_unit->co->consts;
  for (size_t i = 0; i < consts.size(); ++i) {
    const Value& c = consts[i];
    if (c.tag() != v.tag()) continue;
    if (v.isNone()) return int(i);
    if (v.isBool() || v.isInt()) {
      if (c.asInt() == v.asInt()) return int(i);
      continue;
    }
    if (v.isFloat()) {
      // The same bits, as CPython keys its constants: 0.0 and -0.0 stay two.
      if (std::bit_cast<uint64_t>(c.asFloat()) == std::bit_cast<uint64_t>(v.asFloat())) return int(i);
      continue;
    }
    if (c.isObj() && c.asObj() == v.asObj()) return int(i);
  }
  consts.push_back(v);
  return int(consts.size()) - 1;
}

Value CodeGen::strConst(const std::string& s) {
  for (auto& [idx, text] : m_unit->strConsts)
    if (text == s) return m_unit->co->consts[idx];
  Value v = internStr(s);
  int idx = constIndex(v);
  m_unit->strConsts.push_back({idx, s});
  return v;
}

namespace {

// _PyCode_ConstantKey's distinctions: constants merge only when equal and of
// the same type, and floats by their bits (1, 1.0 and True stay three;
// 0.0 and -0.0 two). False for what a constant tuple cannot hold.
bool appendConstantKey(const Value& v, std::string& key) {
  if (v.isNone()) {
    key += 'N';
  } else if (v.isBool()) {
    key += v.asInt() ? 'T' : 'F';
  } else if (v.isInt()) {
    key += 'i' + std::to_string(v.asInt()) + ',';
  } else if (v.isFloat()) {
    key += 'f' + std::to_string(std::bit_cast<uint64_t>(v.asFloat())) + ',';
  } else if (v.is(ObjKind::BigInt)) {
    key += 'i' + v.as<BigIntObj>()->value.toString() + ',';
  } else if (v.is(ObjKind::Str)) {
    std::string_view text = v.as<StrObj>()->view();
    key += 's' + std::to_string(text.size()) + ':';
    key += text;
  } else if (v.is(ObjKind::Tuple)) {
    key += '(';
    for (const Value& item : v.as<TupleObj>()->items)
      if (!appendConstantKey(item, key)) return false;
    key += ')';
  } else {
    return false;
  }
  return true;
}

}  // namespace

Value CodeGen::tupleConst(std::vector<Value> items) {
  Value tuple = newTuple(std::move(items));
  std::string key;
  if (!appendConstantKey(tuple, key)) return tuple;
  return m_tupleConsts.try_emplace(std::move(key), tuple).first->second;
}

int CodeGen::nameIndex(const std::string& n) {
  auto it = m_unit->nameIdx.find(n);
  if (it != m_unit->nameIdx.end()) return it->second;
  m_unit->co->names.push_back(internStr(n));
  int idx = int(m_unit->co->names.size()) - 1;
  m_unit->nameIdx[n] = idx;
  return idx;
}

int CodeGen::varIndex(const std::string& n) {
  auto it = m_unit->varIdx.find(n);
  if (it != m_unit->varIdx.end()) return it->second;
  m_unit->co->varnames.push_back(n);
  int idx = int(m_unit->co->varnames.size()) - 1;
  m_unit->varIdx[n] = idx;
  return idx;
}

// Slot of a cell or free variable in the locals.
int CodeGen::derefSlot(const std::string& n) {
  CodeObj& co = *m_unit->co;
  auto cit = std::find(co.cellvars.begin(), co.cellvars.end(), n);
  if (cit != co.cellvars.end()) {
    auto vit = m_unit->varIdx.find(n);
    if (vit != m_unit->varIdx.end()) return vit->second;
    // Non-argument cells get slots after varnames; they are assigned in
    // leave(), so encode as a negative placeholder resolved there.
    return kCellBase + int(cit - co.cellvars.begin());
  }
  auto fit = std::find(co.freevars.begin(), co.freevars.end(), n);
  return kFreeBase + int(fit - co.freevars.begin());
}

void CodeGen::pushHandler(int label, int depth, int lastiSlots) {
  m_unit->handlers.push_back(HandlerInfo{label, depth, lastiSlots});
  m_unit->handlerStack.push_back(int(m_unit->handlers.size()) - 1);
}

// At the location the last instruction was given (CPython's compiler_error).
void CodeGen::failHere(const std::string& msg) {
  const SrcSpan& l = m_unit->loc;
  throw CompileFailure{msg, Span{l.line, l.col, l.endLine, l.endCol}};
}

bool CodeGen::isDocstring(const Stmt& s) {
  return s.kind == StmtKind::ExprStmt && s.value->kind == ExprKind::Constant &&
         s.value->value.kind == ConstValue::Kind::Str;
}

void CodeGen::nameOp(const std::string& unmangled, Ctx ctx) {
  Scope* s = m_unit->scope;
  const std::string n = mangle(s->privateName, unmangled);
  Res r = Res::GlobalImplicit;
  auto it = s->res.find(n);
  if (it != s->res.end())
    r = it->second;
  else if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
    r = Res::Name;
  // A class body reads a captured name through its namespace first.
  if (s->kind == ScopeKind::Class && r == Res::Free && ctx == Ctx::Load &&
      !(s->flags.count(n) && (s->flags[n] & DEF_NONLOCAL))) {
    emit(LOAD_CLASSDEREF, derefSlot(n));
    return;
  }
  switch (r) {
    case Res::Local:
      emit(ctx == Ctx::Load ? LOAD_FAST : ctx == Ctx::Store ? STORE_FAST : DELETE_FAST, varIndex(n));
      return;
    case Res::Cell:
    case Res::Free:
      emit(ctx == Ctx::Load ? LOAD_DEREF : ctx == Ctx::Store ? STORE_DEREF : DELETE_DEREF, derefSlot(n));
      return;
    case Res::GlobalExplicit:
    case Res::GlobalImplicit:
      emitName(ctx == Ctx::Load ? LOAD_GLOBAL : ctx == Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, n);
      return;
    case Res::Name:
      emitName(ctx == Ctx::Load ? LOAD_NAME : ctx == Ctx::Store ? STORE_NAME : DELETE_NAME, n);
      return;
  }
}

}  // namespace ys::compiler_detail
