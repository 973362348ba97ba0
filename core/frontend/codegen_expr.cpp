// codegen_expr.cpp — code generation for expressions (see codegen.h).
#include <algorithm>
#include <cmath>
#include <optional>
#include <variant>

#include "core/frontend/codegen.h"

namespace ys {
Value newComplex(double re, double im);  // mod_complex.cpp
}

namespace ys::compiler_detail {

int CodeGen::constTruth(const Expr& e) {
  if (e.kind != ExprKind::Constant) return -1;
  const ConstValue& c = e.value;
  switch (c.kind) {
    case ConstValue::Kind::None:
    case ConstValue::Kind::False:
      return 0;
    case ConstValue::Kind::True:
    case ConstValue::Kind::Ellipsis:
      return 1;
    case ConstValue::Kind::Int:
      return c.intValue != 0;
    case ConstValue::Kind::BigInt:
      return 1;
    case ConstValue::Kind::Float:
      return c.floatValue != 0;
    case ConstValue::Kind::Str:
    case ConstValue::Kind::Bytes:
      return !c.text.empty();
    default:
      return -1;
  }
}

// Jumps to `label` when truth(e) == cond, without materialising and/or/not.
void CodeGen::jumpIf(const Expr& e, int label, bool cond) {
  int truth = constTruth(e);
  if (truth >= 0) {
    SrcSpan saved = m_unit->loc;
    setLoc(e.span);
    if (bool(truth) == cond)
      emitJump(JUMP, label);
    else
      emit(NOP);
    m_unit->loc = saved;
    return;
  }
  if (e.kind == ExprKind::UnaryOp && e.unaryOp == UnaryOpKind::Not) {
    jumpIf(*e.operand, label, !cond);
    return;
  }
  if (e.kind == ExprKind::BoolOp) {
    bool isOr = e.boolOp == BoolOpKind::Or;
    int next = label;
    if (isOr != cond) next = newLabel();
    for (size_t i = 0; i + 1 < e.elts.size(); ++i) jumpIf(*e.elts[i], next, isOr);
    jumpIf(*e.elts.back(), label, cond);
    if (next != label) bind(next);
    return;
  }
  expr(e);
  // CPython's conditional jump after a comparison carries the
  // comparison's location, and later instructions keep it.
  if (e.kind == ExprKind::Compare) setLoc(e.span);
  emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
}

void CodeGen::expr(const Expr& e) {
  SrcSpan saved = m_unit->loc;
  setLoc(e.span);
  exprInner(e);
  m_unit->loc = saved;
}

void CodeGen::loadConstant(const ConstValue& c, const Span& span) {
  switch (c.kind) {
    case ConstValue::Kind::None:
      emitConst(Value());
      break;
    case ConstValue::Kind::True:
      emitConst(Value::boolean(true));
      break;
    case ConstValue::Kind::False:
      emitConst(Value::boolean(false));
      break;
    case ConstValue::Kind::Int:
      emitConst(Value::integer(c.intValue));
      break;
    case ConstValue::Kind::BigInt: {
      auto b = BigInt::parse(c.text);
      if (!b) fail("invalid integer literal", span);
      emitConst(newInt(*b));
      break;
    }
    case ConstValue::Kind::Float:
      emitConst(Value::floating(c.floatValue));
      break;
    case ConstValue::Kind::Str:
      emitConst(strConst(c.text));
      break;
    case ConstValue::Kind::Ellipsis:
      fail("Yieldscope does not support the Ellipsis literal (...) yet", span);
    case ConstValue::Kind::Complex:
      emitConst(newComplex(0.0, c.floatValue));
      break;
    case ConstValue::Kind::Bytes:
      emitConst(newBytes(c.text));
      break;
  }
}

// CPython's AST optimiser also folds arithmetic on number constants. Ints
// fold while the result stays small (its safe_multiply, safe_power and
// safe_lshift allow 128 bits); floats fold for + - * and true division, and
// an int to a negative power gives one. What would raise (a zero divisor, a
// negative shift) is left to run, and so are float // and % and float
// powers. An int joins float arithmetic only when a double holds it exactly
// (53 bits), so the folded value is the one the operation would give. The
// folded constant changes co_stacksize, and with it a generator's getsizeof:
// `for i in range(10**6): yield i` is 200 B in CPython. Bools are left out:
// True & False is a bool, not the int 0. Each subtree is folded once.
namespace {

using Number = std::variant<BigInt, double>;
constexpr size_t kMaxFoldBits = 128;

std::optional<BigInt> foldInts(OpKind op, const BigInt& l, const BigInt& r) {
  switch (op) {
    case OpKind::Add:
      return l + r;
    case OpKind::Sub:
      return l - r;
    case OpKind::Mult:
      if (!l.isZero() && !r.isZero() && l.bitLength() + r.bitLength() > kMaxFoldBits) return std::nullopt;
      return l * r;
    case OpKind::Pow: {
      if (r.isNegative() || !r.fitsInt64()) return std::nullopt;
      const auto exponent = uint64_t(r.toInt64());
      if (!l.isZero() && exponent > 0 && l.bitLength() > kMaxFoldBits / exponent) return std::nullopt;
      return l.pow(exponent);
    }
    case OpKind::LShift: {
      if (r.isNegative()) return std::nullopt;
      if (l.isZero() || r.isZero()) return l;
      if (!r.fitsInt64() || uint64_t(r.toInt64()) > kMaxFoldBits || l.bitLength() > kMaxFoldBits - size_t(r.toInt64()))
        return std::nullopt;
      return l.shiftLeft(uint64_t(r.toInt64()));
    }
    case OpKind::RShift:
      if (r.isNegative()) return std::nullopt;
      return r.fitsInt64() ? l.shiftRight(uint64_t(r.toInt64())) : BigInt(l.isNegative() ? -1 : 0);
    case OpKind::FloorDiv:
      return r.isZero() ? std::nullopt : std::optional<BigInt>(l.floordiv(r));
    case OpKind::Mod:
      return r.isZero() ? std::nullopt : std::optional<BigInt>(l.mod(r));
    case OpKind::BitAnd:
      return l & r;
    case OpKind::BitOr:
      return l | r;
    case OpKind::BitXor:
      return l ^ r;
    default:
      return std::nullopt;
  }
}

// The double an operand is in float arithmetic, when it is exactly one.
std::optional<double> exactDouble(const Number& n) {
  if (const double* d = std::get_if<double>(&n)) return *d;
  const BigInt& i = std::get<BigInt>(n);
  return i.bitLength() <= 53 ? std::optional<double>(double(i.toInt64())) : std::nullopt;
}

std::optional<double> foldFloats(OpKind op, double l, double r, bool floatOperand) {
  switch (op) {
    case OpKind::Add:
      return floatOperand ? std::optional<double>(l + r) : std::nullopt;
    case OpKind::Sub:
      return floatOperand ? std::optional<double>(l - r) : std::nullopt;
    case OpKind::Mult:
      return floatOperand ? std::optional<double>(l * r) : std::nullopt;
    case OpKind::Div:
      return r == 0 ? std::nullopt : std::optional<double>(l / r);
    case OpKind::Pow:  // only an int to a negative int power
      return floatOperand || r >= 0 || l == 0 ? std::nullopt : std::optional<double>(std::pow(l, r));
    default:
      return std::nullopt;
  }
}

std::optional<Number> foldNumber(const Expr& x) {
  if (x.kind == ExprKind::Constant) {
    switch (x.value.kind) {
      case ConstValue::Kind::Int:
        return BigInt(int64_t(x.value.intValue));
      case ConstValue::Kind::BigInt:
        if (auto b = BigInt::parse(x.value.text)) return *b;
        return std::nullopt;
      case ConstValue::Kind::Float:
        return x.value.floatValue;
      default:
        return std::nullopt;
    }
  }
  if (x.kind == ExprKind::UnaryOp && x.unaryOp != UnaryOpKind::Not) {
    auto v = foldNumber(*x.operand);
    if (!v || x.unaryOp == UnaryOpKind::UAdd) return v;
    if (const double* d = std::get_if<double>(&*v))
      return x.unaryOp == UnaryOpKind::USub ? std::optional<Number>(-*d) : std::nullopt;  // ~ of a float raises
    const BigInt& i = std::get<BigInt>(*v);
    return x.unaryOp == UnaryOpKind::USub ? -i : ~i;
  }
  if (x.kind != ExprKind::BinOp) return std::nullopt;
  auto l = foldNumber(*x.left);
  if (!l) return std::nullopt;
  auto r = foldNumber(*x.right);
  if (!r) return std::nullopt;
  const bool floatOperand = std::holds_alternative<double>(*l) || std::holds_alternative<double>(*r);
  if (!floatOperand)
    if (auto i = foldInts(x.op, std::get<BigInt>(*l), std::get<BigInt>(*r))) return *i;
  auto ld = exactDouble(*l), rd = exactDouble(*r);
  if (!ld || !rd) return std::nullopt;
  if (auto d = foldFloats(x.op, *ld, *rd, floatOperand)) return *d;
  return std::nullopt;
}

}  // namespace

Value CodeGen::foldedConstant(const Expr& x) {
  auto n = foldNumber(x);
  if (!n) return Value::unbound();
  if (const double* d = std::get_if<double>(&*n)) return Value::floating(*d);
  return newInt(std::get<BigInt>(*n));
}

// CPython's AST optimiser folds constants, signed numbers and tuples of
// constants into one constant (one LOAD_CONST, one location).
bool CodeGen::isConstantExpr(const Expr& x) {
  if (x.kind == ExprKind::BinOp) return foldNumber(x).has_value();
  if (x.kind == ExprKind::Constant) {
    auto k = x.value.kind;
    return !(k == ConstValue::Kind::Complex || k == ConstValue::Kind::Bytes || k == ConstValue::Kind::Ellipsis);
  }
  if (x.kind == ExprKind::UnaryOp && (x.unaryOp == UnaryOpKind::USub || x.unaryOp == UnaryOpKind::UAdd) &&
      x.operand->kind == ExprKind::Constant) {
    auto k = x.operand->value.kind;
    return k == ConstValue::Kind::Int || k == ConstValue::Kind::Float || k == ConstValue::Kind::BigInt;
  }
  if (x.kind == ExprKind::Tuple && x.ctx == Ctx::Load) {
    for (auto& e : x.elts)
      if (!isConstantExpr(*e)) return false;
    return true;
  }
  return false;
}

bool CodeGen::allConstant(const std::vector<ExprP>& elts) {
  for (auto& x : elts)
    if (!isConstantExpr(*x)) return false;
  return true;
}

Value CodeGen::constantValue(const Expr& x) {
  if (x.kind == ExprKind::BinOp) return foldedConstant(x);
  if (x.kind == ExprKind::Tuple) {
    std::vector<Value> items;
    for (auto& e : x.elts) items.push_back(constantValue(*e));
    return newTuple(std::move(items));
  }
  if (x.kind == ExprKind::UnaryOp) {
    Value v = constantValue(*x.operand);
    if (x.unaryOp == UnaryOpKind::UAdd) return v;
    if (v.isInt()) return v.asInt() == INT64_MIN ? newInt(-BigInt(v.asInt())) : Value::integer(-v.asInt());
    if (v.isFloat()) return Value::floating(-v.asFloat());
    if (v.is(ObjKind::BigInt)) return newInt(-v.as<BigIntObj>()->value);
    return v;
  }
  const ConstValue& c = x.value;
  switch (c.kind) {
    case ConstValue::Kind::True:
      return Value::boolean(true);
    case ConstValue::Kind::False:
      return Value::boolean(false);
    case ConstValue::Kind::Int:
      return Value::integer(c.intValue);
    case ConstValue::Kind::BigInt: {
      auto b = BigInt::parse(c.text);
      return b ? newInt(*b) : Value();
    }
    case ConstValue::Kind::Float:
      return Value::floating(c.floatValue);
    case ConstValue::Kind::Str:
      return strConst(c.text);
    default:
      return Value();
  }
}

bool CodeGen::hasStarred(const std::vector<ExprP>& elts) {
  for (auto& x : elts)
    if (x->kind == ExprKind::Starred) return true;
  return false;
}

// Builds a list (a set with `intoSet`) from elements that may contain *starred items.
// As CPython 3.11's starunpack_helper: the items before the first star are
// built at once (BUILD_LIST i), the rest appended or extended; more than 30
// items start from an empty one. So `[0, *a]` is a 1-slot list extended.
void CodeGen::starredSequence(const std::vector<ExprP>& elts, bool intoSet) {
  constexpr size_t kStackUseGuard = 30;
  bool built = false;
  if (elts.size() > kStackUseGuard) {
    emit(intoSet ? BUILD_SET : BUILD_LIST, 0);
    built = true;
  }
  for (size_t i = 0; i < elts.size(); ++i) {
    const Expr& x = *elts[i];
    if (x.kind == ExprKind::Starred) {
      if (!built) {
        emit(intoSet ? BUILD_SET : BUILD_LIST, int(i));
        built = true;
      }
      expr(*x.operand);
      emit(intoSet ? SET_UPDATE : LIST_EXTEND, 1);
    } else {
      expr(x);
      if (built) emit(intoSet ? SET_ADD : LIST_APPEND, 1);
    }
  }
}

void CodeGen::exprInner(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Constant:
      loadConstant(e.value, e.span);
      break;
    case ExprKind::Name:
      nameOp(e.id, Ctx::Load);
      break;
    case ExprKind::BinOp:
      if (Value folded = foldedConstant(e); !folded.isUnbound()) {
        emitConst(folded);
        break;
      }
      expr(*e.left);
      expr(*e.right);
      emit(BINARY_OP, int(e.op));
      break;
    case ExprKind::UnaryOp:
      expr(*e.operand);
      emit(e.unaryOp == UnaryOpKind::Not    ? UNARY_NOT
           : e.unaryOp == UnaryOpKind::USub ? UNARY_NEGATIVE
           : e.unaryOp == UnaryOpKind::UAdd ? UNARY_POSITIVE
                                            : UNARY_INVERT);
      break;
    case ExprKind::BoolOp: {
      int end = newLabel();
      for (size_t i = 0; i + 1 < e.elts.size(); ++i) {
        expr(*e.elts[i]);
        emitJump(e.boolOp == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
      }
      expr(*e.elts.back());
      bind(end);
      break;
    }
    case ExprKind::Compare:
      compare(e);
      break;
    case ExprKind::IfExp: {
      int elseL = newLabel(), end = newLabel();
      jumpIf(*e.test, elseL, false);
      expr(*e.body);
      emitJump(JUMP, end);
      bind(elseL);
      expr(*e.orelse);
      bind(end);
      break;
    }
    case ExprKind::Lambda: {
      Scope* child = m_st.byNode.at(&e);
      int flags = e.args ? argDefaults(*e.args) : 0;
      Ref<CodeObj> code = compileFunctionBody(child, "<lambda>", e.span.line, e.args.get(), {}, e.operand.get());
      setLoc(e.span);
      makeClosure(child, code, flags);
      break;
    }
    case ExprKind::Tuple:
      if (e.ctx != Ctx::Load) fail("cannot use tuple here", e.span);
      if (!e.elts.empty() && isConstantExpr(e)) {
        emitConst(constantValue(e));
      } else if (hasStarred(e.elts)) {
        starredSequence(e.elts);
        emit(LIST_TO_TUPLE);
      } else {
        for (auto& x : e.elts) expr(*x);
        emit(BUILD_TUPLE, int(e.elts.size()));
      }
      break;
    case ExprKind::List:
    case ExprKind::Set:
      listOrSetDisplay(e);
      break;
    case ExprKind::Dict:
      dictDisplay(e);
      break;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      comprehension(e);
      break;
    case ExprKind::Yield:
      if (!inFunction()) fail("'yield' outside function", e.span);
      if (e.operand)
        expr(*e.operand);
      else
        emitConst(Value());
      emit(YIELD_VALUE);
      break;
    case ExprKind::YieldFrom: {
      if (!inFunction()) fail("'yield' outside function", e.span);
      expr(*e.operand);
      emit(GET_YIELD_FROM_ITER);
      emitConst(Value());
      int send = newLabel(), exit = newLabel();
      bind(send);
      emitJump(SEND, exit);
      emit(YIELD_VALUE);
      emitJump(JUMP, send);
      bind(exit);
      break;
    }
    case ExprKind::Call:
      call(e);
      break;
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      attributeOrItem(e, LOAD_ATTR, BINARY_SUBSCR);
      break;
    case ExprKind::Slice:
      sliceExpr(e);
      break;
    case ExprKind::Starred:
      fail("can't use starred expression here", e.span);
    case ExprKind::NamedExpr:
      expr(*e.right);
      emit(COPY, 1);
      nameOp(e.left->id, Ctx::Store);
      break;
    case ExprKind::JoinedStr: {
      int n = 0;
      for (auto& v : e.elts) {
        if (v->kind == ExprKind::Constant) {
          if (v->value.text.empty()) continue;
          expr(*v);
        } else {
          expr(*v);
        }
        ++n;
      }
      if (n == 0)
        emitConst(strConst(""));
      else if (n > 1 || e.elts.empty() || e.elts[0]->kind == ExprKind::Constant)
        emit(BUILD_STRING, n);
      break;
    }
    case ExprKind::FormattedValue: {
      expr(*e.operand);
      int arg = e.conversion < 0 ? 0 : e.conversion;
      if (e.formatSpec) {
        expr(*e.formatSpec);
        arg |= FV_HAS_SPEC;
      }
      setLoc(e.span);
      emit(FORMAT_VALUE, arg);
      break;
    }
  }
}

// An Attribute or Subscript node loads, stores and deletes alike but for the
// last instruction: its object (and index) first, then `attrOp` with the
// attribute's name or `itemOp`.
void CodeGen::setAttrLoc(const Span& s, const Expr& attr) {
  setLoc(s);
  SrcSpan& loc = m_unit->loc;
  if (loc.line == attr.span.endLine) return;
  loc.line = attr.span.endLine;
  const int length = int(attr.id.size());
  loc.col = length <= attr.span.endCol ? attr.span.endCol - length : -1;
  if (loc.col < 0) loc.endCol = -1;
  loc.endLine = std::max(loc.line, loc.endLine);
}

void CodeGen::attributeOrItem(const Expr& e, int attrOp, int itemOp) {
  expr(*e.operand);
  if (e.kind == ExprKind::Subscript) subscriptIndex(e);
  if (e.kind == ExprKind::Attribute) {
    setAttrLoc(e.span, e);
    emitName(attrOp, e.id);
  } else {
    setLoc(e.span);
    emit(itemOp);
  }
}

void CodeGen::sliceExpr(const Expr& e) {
  if (e.lower)
    expr(*e.lower);
  else
    emitConst(Value());
  if (e.upper)
    expr(*e.upper);
  else
    emitConst(Value());
  if (e.step) {
    expr(*e.step);
    emit(BUILD_SLICE, 3);
  } else {
    emit(BUILD_SLICE, 2);
  }
}

void CodeGen::listOrSetDisplay(const Expr& e) {
  bool intoSet = e.kind == ExprKind::Set;
  if (hasStarred(e.elts)) {
    starredSequence(e.elts, intoSet);
  } else if (e.elts.size() > 2 && allConstant(e.elts)) {
    // CPython 3.11 folds the constants into one LOAD_CONST: a tuple that
    // LIST_EXTEND adds, or a frozenset that SET_UPDATE adds (the set's
    // iteration order is then the frozenset's, not source order).
    emit(intoSet ? BUILD_SET : BUILD_LIST, 0);
    std::vector<Value> items;
    for (auto& x : e.elts) items.push_back(constantValue(*x));
    emitConst(intoSet ? constantFrozenset(items) : newTuple(std::move(items)));
    emit(intoSet ? SET_UPDATE : LIST_EXTEND, 1);
  } else {
    for (auto& x : e.elts) expr(*x);
    emit(intoSet ? BUILD_SET : BUILD_LIST, int(e.elts.size()));
  }
}

void CodeGen::dictDisplay(const Expr& e) {
  bool hasSplat = false;
  for (auto& k : e.keys)
    if (!k) hasSplat = true;
  if (!hasSplat) {
    for (size_t i = 0; i < e.keys.size(); ++i) {
      expr(*e.keys[i]);
      expr(*e.elts[i]);
    }
    emit(BUILD_MAP, int(e.keys.size()));
    return;
  }
  emit(BUILD_MAP, 0);
  for (size_t i = 0; i < e.keys.size(); ++i) {
    if (!e.keys[i]) {
      expr(*e.elts[i]);
      emit(DICT_UPDATE, 1);
    } else {
      expr(*e.keys[i]);
      expr(*e.elts[i]);
      emit(MAP_ADD, 1);
    }
  }
}

void CodeGen::compare(const Expr& e) {
  size_t n = e.cmpOps.size();
  expr(*e.left);
  if (n == 1) {
    expr(*e.elts[0]);
    setLoc(e.span);
    compareOp(e.cmpOps[0]);
    return;
  }
  int cleanup = newLabel(), end = newLabel();
  for (size_t i = 0; i + 1 < n; ++i) {
    expr(*e.elts[i]);
    setLoc(e.span);
    emit(SWAP, 2);
    emit(COPY, 2);
    compareOp(e.cmpOps[i]);
    emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(*e.elts[n - 1]);
  setLoc(e.span);
  compareOp(e.cmpOps[n - 1]);
  emitJump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  bind(end);
}

void CodeGen::compareOp(CmpOpKind k) {
  switch (k) {
    case CmpOpKind::Is:
      emit(IS_OP, 0);
      break;
    case CmpOpKind::IsNot:
      emit(IS_OP, 1);
      break;
    case CmpOpKind::In:
      emit(CONTAINS_OP, 0);
      break;
    case CmpOpKind::NotIn:
      emit(CONTAINS_OP, 1);
      break;
    default:
      emit(COMPARE_OP, int(k));
      break;
  }
}

void CodeGen::call(const Expr& e) {
  bool starred = hasStarred(e.elts);
  bool kwSplat = false;
  for (auto& k : e.keywords)
    if (k.arg.empty()) kwSplat = true;
  const Expr& f = *e.operand;
  if (starred || kwSplat) {
    expr(f);
    if (e.elts.size() == 1 && starred) {
      // f(*x) alone: x as it is; CALL_EX makes the tuple, after the keyword
      // arguments are built, as CPython's CALL_FUNCTION_EX does.
      expr(*e.elts[0]->operand);
    } else if (starred) {
      starredSequence(e.elts);
      emit(LIST_TO_TUPLE);
    } else {
      for (auto& x : e.elts) expr(*x);
      emit(BUILD_TUPLE, int(e.elts.size()));
    }
    if (!e.keywords.empty()) {
      emit(BUILD_MAP, 0);
      bool afterSplat = false;
      for (auto& k : e.keywords) {
        if (k.arg.empty()) {
          expr(*k.value);
          emit(DICT_MERGE, 1);
          afterSplat = true;
        } else {
          emitConst(strConst(k.arg));
          expr(*k.value);
          if (afterSplat) {
            // Merged, not added, so that a name the ** already gave is
            // "got multiple values", as in CPython.
            emit(BUILD_MAP, 1);
            emit(DICT_MERGE, 1);
          } else {
            emit(MAP_ADD, 1);
          }
        }
      }
    }
    setLoc(e.span);
    emit(CALL_EX, e.keywords.empty() ? 0 : 1);
    return;
  }
  int flags = 0;
  if (f.kind == ExprKind::Attribute) {
    expr(*f.operand);
    setAttrLoc(f.span, f);
    emitName(LOAD_METHOD, f.id);
    flags |= CALL_METHOD;
  } else {
    expr(f);
  }
  for (auto& x : e.elts) expr(*x);
  for (auto& k : e.keywords) expr(*k.value);
  if (!e.keywords.empty()) {
    std::vector<Value> names;
    for (size_t i = 0; i < e.keywords.size(); ++i) {
      for (size_t j = 0; j < i; ++j)
        if (e.keywords[j].arg == e.keywords[i].arg)
          fail("keyword argument repeated: " + e.keywords[i].arg, e.keywords[i].span);
      names.push_back(internStr(e.keywords[i].arg));
    }
    emitConst(newTuple(std::move(names)));
    flags |= CALL_KW;
  }
  if (f.kind == ExprKind::Attribute)
    setAttrLoc(e.span, f);
  else
    setLoc(e.span);
  emit(CALL, int(e.elts.size() + e.keywords.size()) | flags);
}

}  // namespace ys::compiler_detail
