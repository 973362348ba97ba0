// codegen_match.cpp — code generation for the match statement (see codegen.h).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/frontend/codegen.h"

namespace ys::compiler_detail {

void CodeGen::matchStmt(const Stmt& s) {
  int end = newLabel();
  expr(*s.value);
  size_t cases = s.cases.size();
  bool hasDefault = cases > 1 && isWildcard(*s.cases.back().pattern);
  for (size_t i = 0; i + (hasDefault ? 1 : 0) < cases; ++i) {
    const MatchCase& m = s.cases[i];
    bool keepSubject = i + 1 != cases - (hasDefault ? 1 : 0);
    setLoc(m.pattern->span);
    if (keepSubject) emit(COPY, 1);
    PatternCtx pc;
    pc.allowIrrefutable = m.guard || i + 1 == cases;
    pattern(*m.pattern, pc);
    for (auto& n : pc.stores) nameOp(n, Ctx::Store);
    if (m.guard) {
      ensureFailPop(pc, 0);
      jumpIf(*m.guard, pc.failPop[0], false);
    }
    if (keepSubject) emit(POP_TOP);
    body(m.body);
    m_unit->loc = kNoLoc;
    emitJump(JUMP, end);
    setLoc(m.pattern->span);
    emitFailPops(pc);
  }
  if (hasDefault) {
    const MatchCase& m = s.cases.back();
    setLoc(m.pattern->span);
    emit(cases == 1 ? POP_TOP : NOP);
    if (m.guard) jumpIf(*m.guard, end, false);
    body(m.body);
  }
  bind(end);
}

void CodeGen::ensureFailPop(PatternCtx& pc, size_t n) {
  while (pc.failPop.size() <= n) pc.failPop.push_back(newLabel());
}

void CodeGen::jumpToFailPop(PatternCtx& pc, int op) {
  size_t pops = size_t(pc.onTop) + pc.stores.size();
  ensureFailPop(pc, pops);
  emitJump(op, pc.failPop[pops]);
}

void CodeGen::emitFailPops(PatternCtx& pc) {
  if (pc.failPop.empty()) return;
  for (size_t i = pc.failPop.size() - 1; i > 0; --i) {
    bind(pc.failPop[i]);
    emit(POP_TOP);
  }
  bind(pc.failPop[0]);
  pc.failPop.clear();
}

// Moves the top of the stack down to depth `count` (1 = the top).
void CodeGen::rotate(int count) {
  while (count > 1) emit(SWAP, count--);
}

void CodeGen::storeCapture(const std::string& name, PatternCtx& pc, const Span& span) {
  if (name.empty()) {
    emit(POP_TOP);
    return;
  }
  if (name == "__debug__") fail("cannot assign to __debug__", span);
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
    fail("multiple assignments to name '" + name + "' in pattern", span);
  rotate(pc.onTop + int(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

void CodeGen::subpattern(const Pattern& p, PatternCtx& pc) {
  bool saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(p, pc);
  pc.allowIrrefutable = saved;
}

void CodeGen::pattern(const Pattern& p, PatternCtx& pc) {
  setLoc(p.span);
  switch (p.kind) {
    case PatternKind::MatchValue:
      expr(*p.value);
      emit(COMPARE_OP, int(CmpOpKind::Eq));
      jumpToFailPop(pc, POP_JUMP_IF_FALSE);
      break;
    case PatternKind::MatchSingleton:
      loadConstant(p.singleton, p.span);
      emit(IS_OP, 0);
      jumpToFailPop(pc, POP_JUMP_IF_FALSE);
      break;
    case PatternKind::MatchStar:
      storeCapture(p.name, pc, p.span);
      break;
    case PatternKind::MatchAs:
      if (!p.pattern) {
        if (!pc.allowIrrefutable) {
          if (!p.name.empty()) fail("name capture '" + p.name + "' makes remaining patterns unreachable", p.span);
          fail("wildcard makes remaining patterns unreachable", p.span);
        }
        storeCapture(p.name, pc, p.span);
        break;
      }
      ++pc.onTop;
      emit(COPY, 1);
      pattern(*p.pattern, pc);
      --pc.onTop;
      storeCapture(p.name, pc, p.span);
      break;
    case PatternKind::MatchOr:
      orPattern(p, pc);
      break;
    case PatternKind::MatchSequence:
      sequencePattern(p, pc);
      break;
    case PatternKind::MatchMapping:
      mappingPattern(p, pc);
      break;
    case PatternKind::MatchClass:
      classPattern(p, pc);
      break;
  }
}

void CodeGen::sequencePattern(const Pattern& p, PatternCtx& pc) {
  int size = int(p.patterns.size()), star = -1;
  bool onlyWildcard = true, starWildcard = false;
  for (int i = 0; i < size; ++i) {
    const Pattern& sub = *p.patterns[size_t(i)];
    if (sub.kind == PatternKind::MatchStar) {
      if (star >= 0) fail("multiple starred names in sequence pattern", p.span);
      star = i;
      starWildcard = sub.name.empty();
      onlyWildcard = onlyWildcard && starWildcard;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(sub);
  }
  ++pc.onTop;
  emit(MATCH_SEQUENCE);
  jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  if (star < 0 || size > 1) {
    emit(GET_LEN);
    emitConst(Value::integer(star < 0 ? size : size - 1));
    emit(COMPARE_OP, int(star < 0 ? CmpOpKind::Eq : CmpOpKind::GtE));
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  }
  --pc.onTop;
  if (onlyWildcard) {
    emit(POP_TOP);
  } else if (starWildcard) {
    // [a, *_, b]: index from either end instead of unpacking everything.
    ++pc.onTop;
    for (int i = 0; i < size; ++i) {
      const Pattern& sub = *p.patterns[size_t(i)];
      if (isWildcard(sub) || i == star) continue;
      emit(COPY, 1);
      if (i < star) {
        emitConst(Value::integer(i));
      } else {
        emit(GET_LEN);
        emitConst(Value::integer(size - i));
        emit(BINARY_OP, int(OpKind::Sub));
      }
      emit(BINARY_SUBSCR);
      subpattern(sub, pc);
    }
    --pc.onTop;
    emit(POP_TOP);
  } else {
    if (star < 0)
      emit(UNPACK_SEQUENCE, size);
    else
      emit(UNPACK_EX, star | ((size - 1 - star) << 8));
    pc.onTop += size;
    for (auto& sub : p.patterns) {
      --pc.onTop;
      subpattern(*sub, pc);
    }
  }
}

void CodeGen::mappingPattern(const Pattern& p, PatternCtx& pc) {
  int size = int(p.keys.size());
  ++pc.onTop;
  emit(MATCH_MAPPING);
  jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  if (size == 0 && p.name.empty()) {
    --pc.onTop;
    emit(POP_TOP);
    return;
  }
  if (size > 0) {
    emit(GET_LEN);
    emitConst(Value::integer(size));
    emit(COMPARE_OP, int(CmpOpKind::GtE));
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  }
  std::vector<std::string> seen;
  for (auto& key : p.keys) {
    // A negative number key is a unary minus over a constant; CPython has
    // folded it into a constant by the time it checks for duplicates.
    const bool constantKey =
        key->kind == ExprKind::Constant || (key->kind == ExprKind::UnaryOp && key->operand->kind == ExprKind::Constant);
    if (constantKey) {
      std::string k = constKeyText(*key);
      if (std::find(seen.begin(), seen.end(), k) != seen.end())
        fail("mapping pattern checks duplicate key (" + constKeyRepr(*key) + ")", p.span);
      seen.push_back(k);
    }
    expr(*key);
  }
  emit(BUILD_TUPLE, size);
  emit(MATCH_KEYS);
  pc.onTop += 2;
  emit(COPY, 1);
  emitConst(Value());
  emit(IS_OP, 1);
  jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  emit(UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (auto& sub : p.patterns) {
    --pc.onTop;
    subpattern(*sub, pc);
  }
  pc.onTop -= 2;
  if (!p.name.empty()) {
    emit(COPY_DICT_WITHOUT_KEYS);
    storeCapture(p.name, pc, p.span);
  } else {
    emit(POP_TOP);
    emit(POP_TOP);
  }
}

// Literal keys that are equal as Python values (1, 1.0, True) are duplicates.
std::string CodeGen::constKeyText(const Expr& e) {
  const Expr* c = &e;
  bool neg = false;
  if (e.kind == ExprKind::UnaryOp) {
    c = e.operand.get();
    neg = true;
  }
  const ConstValue& v = c->value;
  switch (v.kind) {
    case ConstValue::Kind::Int:
      return "n" + std::to_string(neg ? -v.intValue : v.intValue);
    case ConstValue::Kind::True:
      return "n1";
    case ConstValue::Kind::False:
      return "n0";
    case ConstValue::Kind::Float: {
      double d = neg ? -v.floatValue : v.floatValue;
      // An integral float is the same key as the int (1.0 and 1); the range
      // check keeps the conversion defined (1e400 is inf).
      if (std::fabs(d) < 9.2e18 && d == std::trunc(d)) return "n" + std::to_string(int64_t(d));
      char digits[32];  // 17 significant digits tell every two doubles apart
      std::snprintf(digits, sizeof digits, "%.17g", d);
      return std::string("f") + digits;
    }
    case ConstValue::Kind::BigInt:  // only ints past int64 are BigInt, so none equals an Int
      return (neg ? "n-" : "n") + v.text;
    case ConstValue::Kind::Str:
      return "s" + v.text;
    case ConstValue::Kind::Bytes:
      return "b" + v.text;
    case ConstValue::Kind::None:
      return "None";
    default:
      return "?" + v.text;
  }
}

std::string CodeGen::constKeyRepr(const Expr& e) {
  const Expr* c = e.kind == ExprKind::UnaryOp ? e.operand.get() : &e;
  std::string sign = e.kind == ExprKind::UnaryOp ? "-" : "";
  const ConstValue& v = c->value;
  if (const char* name = singletonName(v.kind)) return name;
  switch (v.kind) {
    case ConstValue::Kind::Int:
      return sign + std::to_string(v.intValue);
    case ConstValue::Kind::BigInt:
      return sign + v.text;
    case ConstValue::Kind::Float:
      return sign + reprBuiltin(Value::floating(v.floatValue));
    case ConstValue::Kind::Str:
      return reprBuiltin(internStr(v.text));
    default:
      return v.text;
  }
}

void CodeGen::classPattern(const Pattern& p, PatternCtx& pc) {
  int nargs = int(p.patterns.size()), nattrs = int(p.kwdAttrs.size());
  std::vector<Value> names;
  for (int i = 0; i < nattrs; ++i) {
    const std::string& n = p.kwdAttrs[size_t(i)];
    for (int j = i + 1; j < nattrs; ++j)
      if (p.kwdAttrs[size_t(j)] == n)
        fail("attribute name repeated in class pattern: " + n, p.kwdPatterns[size_t(j)]->span);
    names.push_back(internStr(n));
  }
  expr(*p.value);
  emitConst(newTuple(std::move(names)));
  emit(MATCH_CLASS, nargs);
  emit(COPY, 1);
  emitConst(Value());
  emit(IS_OP, 1);
  ++pc.onTop;
  jumpToFailPop(pc, POP_JUMP_IF_FALSE);
  emit(UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; ++i) {
    --pc.onTop;
    const Pattern& sub = i < nargs ? *p.patterns[size_t(i)] : *p.kwdPatterns[size_t(i - nargs)];
    if (isWildcard(sub)) {
      emit(POP_TOP);
      continue;
    }
    subpattern(sub, pc);
  }
}

void CodeGen::orPattern(const Pattern& p, PatternCtx& pc) {
  int end = newLabel();
  size_t size = p.patterns.size();
  PatternCtx outer = pc;
  std::vector<std::string> control;
  for (size_t i = 0; i < size; ++i) {
    const Pattern& alt = *p.patterns[i];
    setLoc(alt.span);
    PatternCtx a;
    a.allowIrrefutable = i + 1 == size && outer.allowIrrefutable;
    emit(COPY, 1);
    pattern(alt, a);
    if (i == 0) {
      control = a.stores;
    } else {
      if (a.stores.size() != control.size()) failHere("alternative patterns bind different names");
      for (auto& n : control)
        if (std::find(a.stores.begin(), a.stores.end(), n) == a.stores.end())
          failHere("alternative patterns bind different names");
      reorderStores(a.stores, control);
    }
    emitJump(JUMP, end);
    emitFailPops(a);
  }
  pc = outer;
  // No alternative matched: pop the subject and fail.
  emit(POP_TOP);
  jumpToFailPop(pc, JUMP);
  bind(end);
  // The alternative's captures sit above the subject and everything the
  // enclosing pattern keeps: move each below all of that.
  int nrots = int(control.size()) + 1 + pc.onTop + int(pc.stores.size());
  for (auto& n : control) {
    rotate(nrots);
    if (std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end())
      fail("multiple assignments to name '" + n + "' in pattern", p.span);
    pc.stores.push_back(n);
  }
  emit(POP_TOP);
}

// Puts an alternative's captures (cur[0] on top) in the first alternative's order.
void CodeGen::reorderStores(std::vector<std::string> cur, const std::vector<std::string>& want) {
  for (size_t j = want.size(); j-- > 0;) {
    size_t d = size_t(std::find(cur.begin(), cur.end(), want[j]) - cur.begin());
    if (d == j) continue;
    if (d != 0) {
      emit(SWAP, int(d) + 1);
      std::swap(cur[0], cur[d]);
    }
    emit(SWAP, int(j) + 1);
    std::swap(cur[0], cur[j]);
  }
}

}  // namespace ys::compiler_detail
