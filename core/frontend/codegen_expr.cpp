// codegen_expr.cpp — code generation for expressions (see codegen.h).
#include <algorithm>
#include <cmath>
#include <optional>
#include <variant>

#include "core/base/text.h"
#include "core/frontend/codegen.h"

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
    // CPython loads the constant (on the test's line) and jumps on the
    // line the caller is at; its optimiser turns the pair into a NOP and
    // a JUMP or a second NOP, each keeping its line, so a test on a line
    // of its own is a step and the jump is a step back on the caller's.
    SrcSpan saved = m_unit->loc;
    setLoc(e.span);
    emit(NOP);
    m_unit->loc = saved;
    if (bool(truth) == cond)
      emitJump(JUMP, label);
    else
      emit(NOP);
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
      emitConst(ellipsisSingleton());
      break;
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

// CPython 3.11's fold_binop on str constants: `+` of two, and `*` by an int
// (either side) when the result stays within MAX_STR_SIZE code points. So
// "hel" + "lo" is the same constant, the same object, as "hello".
constexpr int64_t kMaxFoldedStr = 4096;

std::optional<std::string> foldStr(const Expr& x) {
  if (x.kind == ExprKind::Constant)
    return x.value.kind == ConstValue::Kind::Str ? std::optional(x.value.text) : std::nullopt;
  if (x.kind != ExprKind::BinOp || (x.op != OpKind::Add && x.op != OpKind::Mult)) return std::nullopt;
  auto l = foldStr(*x.left);
  if (x.op == OpKind::Add) {
    if (!l) return std::nullopt;
    auto r = foldStr(*x.right);
    return r ? std::optional(*l + *r) : std::nullopt;
  }
  const Expr& countExpr = l ? *x.right : *x.left;
  auto text = l ? l : foldStr(*x.right);
  if (!text) return std::nullopt;
  std::optional<Number> count = foldNumber(countExpr);
  if (countExpr.kind == ExprKind::Constant && countExpr.value.kind == ConstValue::Kind::True) count = BigInt(1);
  if (countExpr.kind == ExprKind::Constant && countExpr.value.kind == ConstValue::Kind::False) count = BigInt(0);
  const BigInt* n = count ? std::get_if<BigInt>(&*count) : nullptr;
  if (!n || !n->fitsInt64()) return std::nullopt;
  const int64_t times = n->toInt64(), size = int64_t(utf8Length(*text));
  if (size == 0) return std::string();
  if (times < 0 || times > kMaxFoldedStr / size) return std::nullopt;
  std::string out;
  out.reserve(size_t(times) * text->size());
  for (int64_t i = 0; i < times; ++i) out += *text;
  return out;
}

// -True, +False, ~True: an int constant to CPython's optimiser, not to foldNumber.
bool signedBool(const Expr& x) {
  return x.kind == ExprKind::UnaryOp && x.unaryOp != UnaryOpKind::Not && x.operand->kind == ExprKind::Constant &&
         (x.operand->value.kind == ConstValue::Kind::True || x.operand->value.kind == ConstValue::Kind::False);
}

// Whether CPython's AST optimiser makes `x` one constant: a literal, a signed
// or computed number, a tuple of those.
bool foldsToConstant(const Expr& x) {
  if (x.kind == ExprKind::Constant) return true;
  if (signedBool(x)) return true;
  if (x.kind == ExprKind::UnaryOp) return foldNumber(x).has_value();
  if (x.kind == ExprKind::BinOp) return foldNumber(x).has_value() || foldStr(x).has_value();
  if (x.kind == ExprKind::Tuple && x.ctx == Ctx::Load)
    return std::all_of(x.elts.begin(), x.elts.end(), [](const ExprP& e) { return foldsToConstant(*e); });
  return false;
}

// CPython 3.11's infer_type, by name: a display or comprehension's type, a
// folded constant's; null when the compiler cannot tell.
const char* inferredTypeName(const Expr& x) {
  switch (x.kind) {
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
      return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
      return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
      return "set";
    case ExprKind::GeneratorExp:
      return "generator";
    case ExprKind::Lambda:
      return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "str";
    case ExprKind::UnaryOp:
    case ExprKind::BinOp: {
      if (signedBool(x)) return "int";
      if (x.kind == ExprKind::BinOp && foldStr(x)) return "str";
      auto n = foldNumber(x);
      if (!n) return nullptr;
      return std::holds_alternative<double>(*n) ? "float" : "int";
    }
    case ExprKind::Constant:
      switch (x.value.kind) {
        case ConstValue::Kind::None:
          return "NoneType";
        case ConstValue::Kind::True:
        case ConstValue::Kind::False:
          return "bool";
        case ConstValue::Kind::Int:
        case ConstValue::Kind::BigInt:
          return "int";
        case ConstValue::Kind::Float:
          return "float";
        case ConstValue::Kind::Complex:
          return "complex";
        case ConstValue::Kind::Str:
          return "str";
        case ConstValue::Kind::Bytes:
          return "bytes";
        case ConstValue::Kind::Ellipsis:
          return "ellipsis";
      }
      return nullptr;
    default:
      return nullptr;
  }
}

bool isOneOf(const char* name, std::initializer_list<std::string_view> names) {
  return name && std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

// `x is 5`: a folded constant other than None, True, False and ... (whose
// identity is guaranteed) on either side of `is`; once per comparison chain.
void CodeGen::warnIsWithLiteral(const Expr& e) {
  auto literal = [](const Expr& x) {
    const bool singleton = x.kind == ExprKind::Constant &&
                           (x.value.kind == ConstValue::Kind::None || x.value.kind == ConstValue::Kind::True ||
                            x.value.kind == ConstValue::Kind::False || x.value.kind == ConstValue::Kind::Ellipsis);
    return !singleton && foldsToConstant(x);
  };
  bool left = literal(*e.left);
  for (size_t i = 0; i < e.cmpOps.size(); ++i) {
    const bool right = literal(*e.elts[i]);
    const CmpOpKind op = e.cmpOps[i];
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (left || right)) {
      warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?",
           e.span);
      return;
    }
    left = right;
  }
}

// `[(1, 2) (3, 4)]`: calling a literal, a display or a comprehension.
void CodeGen::warnNotCallable(const Expr& e) {
  const Expr& f = *e.operand;
  const char* type = f.kind == ExprKind::Lambda ? nullptr : inferredTypeName(f);
  if (type) warn(std::string("'") + type + "' object is not callable; perhaps you missed a comma?", e.span);
}

// `5[0]` (a number, None, ..., a set, a generator or a lambda subscripted), or
// `[[1, 2] [0, 1]]` (a str, bytes, tuple or list literal indexed by a
// literal that is not an int or a slice).
void CodeGen::warnBadSubscript(const Expr& e) {
  const Expr& v = *e.operand;
  const char* valueType = inferredTypeName(v);
  const bool folded = foldsToConstant(v);
  if ((folded && isOneOf(valueType, {"NoneType", "ellipsis", "int", "bool", "float", "complex"})) ||
      v.kind == ExprKind::Set || v.kind == ExprKind::SetComp || v.kind == ExprKind::GeneratorExp ||
      v.kind == ExprKind::Lambda) {
    warn(std::string("'") + valueType + "' object is not subscriptable; perhaps you missed a comma?", e.span);
    return;
  }
  const char* indexType = inferredTypeName(*e.index);
  if (!indexType || isOneOf(indexType, {"int", "bool"})) return;
  if ((folded && isOneOf(valueType, {"str", "bytes", "tuple"})) || v.kind == ExprKind::Tuple ||
      v.kind == ExprKind::List || v.kind == ExprKind::ListComp || v.kind == ExprKind::JoinedStr ||
      v.kind == ExprKind::FormattedValue)
    warn(std::string(valueType) + " indices must be integers or slices, not " + indexType +
             "; perhaps you missed a comma?",
         e.span);
}

Value CodeGen::foldedConstant(const Expr& x) {
  auto n = foldNumber(x);
  if (!n) {
    auto text = foldStr(x);
    return text ? strConst(*text) : Value::unbound();
  }
  if (const double* d = std::get_if<double>(&*n)) return Value::floating(*d);
  return newInt(std::get<BigInt>(*n));
}

// CPython's AST optimiser folds constants, signed numbers and tuples of
// constants into one constant (one LOAD_CONST, one location).
bool CodeGen::isConstantExpr(const Expr& x) {
  if (x.kind == ExprKind::BinOp) return foldNumber(x).has_value() || foldStr(x).has_value();
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
    return tupleConst(std::move(items));
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

// CPython 3.11's starunpack_helper: a list, a set (`intoSet`) or a tuple
// (`tuple`, built as a list) from elements that may contain *starred items.
// More than three constants are one folded constant. Without a star and up
// to kStackUseGuideline elements, each is pushed and BUILD_* takes them all;
// otherwise the elements before the first star are built at once (a big one
// starts empty) and the rest added one at a time, each add and extend on
// the display's line, so a display over several lines steps back there.
void CodeGen::starunpack(const std::vector<ExprP>& elts, bool intoSet, bool tuple) {
  const int build = intoSet ? BUILD_SET : BUILD_LIST;
  const int add = intoSet ? SET_ADD : LIST_APPEND;
  const int extend = intoSet ? SET_UPDATE : LIST_EXTEND;
  const size_t n = elts.size();
  if (n > 2 && allConstant(elts)) {
    std::vector<Value> items;
    for (auto& x : elts) items.push_back(constantValue(*x));
    if (tuple) {
      emitConst(tupleConst(std::move(items)));
      return;
    }
    // A tuple that LIST_EXTEND adds, or a frozenset that SET_UPDATE adds
    // (the set's iteration order is then the frozenset's, not source order).
    emit(build, 0);
    emitConst(intoSet ? constantFrozenset(items) : newTuple(std::move(items)));
    emit(extend, 1);
    return;
  }
  const bool big = n > kStackUseGuideline;
  if (!hasStarred(elts) && !big) {
    for (auto& x : elts) expr(*x);
    emit(tuple ? BUILD_TUPLE : build, int(n));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, 0);
    built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    const Expr& x = *elts[i];
    if (x.kind == ExprKind::Starred) {
      if (!built) {
        emit(build, int(i));
        built = true;
      }
      expr(*x.operand);
      emit(extend, 1);
    } else {
      expr(x);
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(LIST_TO_TUPLE);
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
      // CPython's AST optimiser folds a unary operator on a constant (its
      // fold_unaryop): one LOAD_CONST on the operator's location, so an
      // operand on a later line is no step of its own.
      if (e.unaryOp != UnaryOpKind::Not) {
        if (Value folded = foldedConstant(e); !folded.isUnbound()) {
          emitConst(folded);
          break;
        }
      } else if (int truth = constTruth(*e.operand); truth >= 0) {
        emitConst(Value::boolean(!truth));
        break;
      }
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
      // CPython's ADDOP_JUMP_NOLINE: the jump over the else part stays on
      // the body's line, not the test's (no step back to the test).
      m_unit->loc = kNoLoc;
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
      tupleDisplay(e.elts);
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
    case ExprKind::Await:
      // compiler_visit_expr1's checks. What they let through is in an
      // asynchronous generator expression, which the engine does not run.
      if (!inFunction()) fail("'await' outside function", e.span);
      if (m_unit->scope->kind != ScopeKind::Comprehension) fail("'await' outside async function", e.span);
      refuseAsync("asynchronous generator expressions", e.span);
      expr(*e.operand);  // compiled on, for any SyntaxError further in
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
  if (e.kind == ExprKind::Subscript && itemOp == BINARY_SUBSCR) warnBadSubscript(e);
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

// One folded constant when every item is one, as CPython's optimiser folds
// tuples of constants; else built from the items.
void CodeGen::tupleDisplay(const std::vector<ExprP>& elts) {
  if (elts.empty() || !allConstant(elts)) return starunpack(elts, false, true);
  std::vector<Value> items;
  for (auto& x : elts) items.push_back(constantValue(*x));
  emitConst(tupleConst(std::move(items)));
}

// `for x in [a, b]`, a comprehension's `in [a, b]`, `y in [a, b]`: the list
// is only iterated or searched, so CPython never makes it: fold_iter turns
// the display (without *starred items) into a tuple, a constant one when its
// items are. The loop then runs over a tuple_iterator, as gi_frame shows.
void CodeGen::iterable(const Expr& e) {
  if (e.kind != ExprKind::List || hasStarred(e.elts)) return expr(e);
  SrcSpan saved = m_unit->loc;
  setLoc(e.span);
  tupleDisplay(e.elts);
  m_unit->loc = saved;
}

void CodeGen::listOrSetDisplay(const Expr& e) {
  starunpack(e.elts, e.kind == ExprKind::Set, false);
}

// CPython 3.11's compiler_subdict: the entries [begin, end) of a dict display
// as one dict. More than one entry, all keys constant: the values, then the
// keys as one tuple constant on the display's line, and BUILD_CONST_KEY_MAP
// (so a key is no step of its own). A big run starts empty and adds each
// entry with MAP_ADD, on the display's line.
void CodeGen::subdict(const Expr& e, size_t begin, size_t end) {
  const size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuideline;
  bool constKeys = true;
  for (size_t i = begin; i < end; ++i)
    if (!isConstantExpr(*e.keys[i])) constKeys = false;
  if (n > 1 && !big && constKeys) {
    std::vector<Value> keys;
    for (size_t i = begin; i < end; ++i) {
      expr(*e.elts[i]);
      keys.push_back(constantValue(*e.keys[i]));
    }
    emitConst(newTuple(std::move(keys)));
    emit(BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  if (big) emit(BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    expr(*e.keys[i]);
    expr(*e.elts[i]);
    if (big) emit(MAP_ADD, 1);
  }
  if (!big) emit(BUILD_MAP, int(n));
}

void CodeGen::mappingRuns(const MappingRuns& m) {
  bool haveDict = false;
  size_t elements = 0;
  auto flush = [&](size_t begin, size_t end) {
    m.run(begin, end);
    if (haveDict) emit(m.merge, 1);
    haveDict = true;
    elements = 0;
  };
  for (size_t i = 0; i < m.n; ++i) {
    if (m.isSplat(i)) {
      if (elements) flush(i - elements, i);
      if (!haveDict) {
        emit(BUILD_MAP, 0);
        haveDict = true;
      }
      m.splat(i);
      emit(m.merge, 1);
    } else if (m.cutLongRuns && elements * 2 > kStackUseGuideline) {
      flush(i - elements, i + 1);
    } else {
      ++elements;
    }
  }
  if (elements) flush(m.n - elements, m.n);
  if (!haveDict && m.cutLongRuns) emit(BUILD_MAP, 0);  // {} (a call without keywords has no dict)
}

void CodeGen::dictDisplay(const Expr& e) {
  mappingRuns({.n = e.keys.size(),
               .isSplat = [&e](size_t i) { return !e.keys[i]; },
               .run = [&](size_t begin, size_t end) { subdict(e, begin, end); },
               .splat = [&](size_t i) { expr(*e.elts[i]); },
               .merge = DICT_UPDATE,
               .cutLongRuns = true});
}

void CodeGen::compare(const Expr& e) {
  warnIsWithLiteral(e);
  size_t n = e.cmpOps.size();
  expr(*e.left);
  if (n == 1) {
    lastComparator(e);
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
  lastComparator(e);
  setLoc(e.span);
  compareOp(e.cmpOps[n - 1]);
  emitJump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  bind(end);
}

// CPython's fold_compare: only the last comparison's right side is folded.
void CodeGen::lastComparator(const Expr& e) {
  const Expr& right = *e.elts.back();
  const CmpOpKind op = e.cmpOps.back();
  if (op == CmpOpKind::In || op == CmpOpKind::NotIn)
    iterable(right);
  else
    expr(right);
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

// CPython 3.11's compiler_subkwargs: the named keyword arguments [begin,
// end) of a call as one dict. More than one: the values, then the names as
// one tuple constant and BUILD_CONST_KEY_MAP; a big run adds each with
// MAP_ADD, which (like its BUILD_MAP) has no line of its own.
void CodeGen::subkwargs(const Expr& e, size_t begin, size_t end) {
  const size_t n = end - begin;
  const bool big = n * 2 > kStackUseGuideline;
  if (n > 1 && !big) {
    std::vector<Value> names;
    for (size_t i = begin; i < end; ++i) {
      expr(*e.keywords[i].value);
      names.push_back(strConst(e.keywords[i].arg));
    }
    emitConst(newTuple(std::move(names)));
    emit(BUILD_CONST_KEY_MAP, int(n));
    return;
  }
  const SrcSpan here = m_unit->loc;
  if (big) {
    m_unit->loc = kNoLoc;
    emit(BUILD_MAP, 0);
    m_unit->loc = here;
  }
  for (size_t i = begin; i < end; ++i) {
    emitConst(strConst(e.keywords[i].arg));
    expr(*e.keywords[i].value);
    if (big) {
      m_unit->loc = kNoLoc;
      emit(MAP_ADD, 1);
      m_unit->loc = here;
    }
  }
  if (!big) emit(BUILD_MAP, int(n));
}

void CodeGen::call(const Expr& e) {
  warnNotCallable(e);
  // CPython's validate_keywords, before anything is compiled.
  for (size_t i = 0; i < e.keywords.size(); ++i)
    for (size_t j = 0; j < i && !e.keywords[i].arg.empty(); ++j)
      if (e.keywords[j].arg == e.keywords[i].arg)
        fail("keyword argument repeated: " + e.keywords[i].arg, e.keywords[i].span);
  const bool starred = hasStarred(e.elts);
  bool kwSplat = false;
  for (auto& k : e.keywords)
    if (k.arg.empty()) kwSplat = true;
  const size_t nelts = e.elts.size(), nkw = e.keywords.size();
  const Expr& f = *e.operand;
  // CPython's compiler_call_helper takes its ex_call path (CALL_FUNCTION_EX)
  // for a star, a ** or more arguments than kStackUseGuideline.
  if (starred || kwSplat || nelts + nkw * 2 > kStackUseGuideline) {
    expr(f);
    if (nelts == 1 && starred) {
      // f(*x) alone: x as it is; CALL_EX makes the tuple, after the keyword
      // arguments are built, as CPython's CALL_FUNCTION_EX does.
      expr(*e.elts[0]->operand);
    } else {
      starunpack(e.elts, false, true);
    }
    // Runs of named keywords are dicts, each merged (DICT_MERGE) into the
    // first, as each ** is, so a name given twice is "got multiple values".
    mappingRuns({.n = nkw,
                 .isSplat = [&e](size_t i) { return e.keywords[i].arg.empty(); },
                 .run = [&](size_t begin, size_t end) { subkwargs(e, begin, end); },
                 .splat = [&](size_t i) { expr(*e.keywords[i].value); },
                 .merge = DICT_MERGE,
                 .cutLongRuns = false});
    setLoc(e.span);
    emit(CALL_EX, nkw ? 1 : 0);
    return;
  }
  int flags = 0;
  // CPython's maybe_optimize_method_call gives up (a plain LOAD_ATTR and
  // CALL) from kStackUseGuideline arguments on.
  const bool method = f.kind == ExprKind::Attribute && nelts + nkw + (nkw != 0) < kStackUseGuideline;
  if (method) {
    expr(*f.operand);
    setAttrLoc(f.span, f);
    emitName(LOAD_METHOD, f.id);
    flags |= CALL_METHOD;
  } else {
    expr(f);
  }
  for (auto& x : e.elts) expr(*x);
  for (auto& k : e.keywords) expr(*k.value);
  // The names (CPython's KW_NAMES) and the call are on the call's line, or
  // a method call's on its name's (maybe_optimize_method_call's lineno).
  if (method)
    setAttrLoc(e.span, f);
  else
    setLoc(e.span);
  if (!e.keywords.empty()) {
    std::vector<Value> names;
    for (size_t i = 0; i < e.keywords.size(); ++i) names.push_back(internStr(e.keywords[i].arg));
    emitConst(newTuple(std::move(names)));
    flags |= CALL_KW;
  }
  emit(CALL, int(e.elts.size() + e.keywords.size()) | flags);
}

}  // namespace ys::compiler_detail
