// mod_complex.cpp — the complex type, with CPython 3.11's arithmetic
// (Objects/complexobject.c: _Py_c_quot's scaled division, c_powi by
// repeated squaring for small integral exponents, _Py_c_pow otherwise) and
// its repr, so `(1+2j) / 3j` prints what python3 prints.
//
// A complex is an InstanceObj of the built-in class `complex` whose native
// state is a 2-tuple of floats (real, imag). Mixed arithmetic with int,
// float and bool goes through the reflected dunders, as in CPython.
#include <cctype>
#include <cmath>
#include <mutex>
#include <optional>
#include <string_view>

#include "core/base/format.h"
#include "core/lib/builtins_util.h"

namespace ys {

namespace {

struct Cx {
  double re, im;
};

bool isComplex(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls->isSubclassOf(complexType());
}

Cx cxOf(const Value& v) {
  const auto& t = nativeState(v).as<TupleObj>()->items;
  return {t[0].asFloat(), t[1].asFloat()};
}

Value makeCx(ClassObj* cls, Cx c) {
  return newComplex(c.re, c.im, cls);
}
Value makeCx(Cx c) {
  return newComplex(c.re, c.im);
}

// The other operand as a complex; false when it is not a number (NotImplemented).
bool operand(const Value& v, Cx& out) {
  if (isComplex(v)) {
    out = cxOf(v);
    return true;
  }
  if (v.isFloat()) {
    out = {v.asFloat(), 0.0};
    return true;
  }
  if (isIntValue(v)) {
    double d = realOf(v);
    if (std::isinf(d)) throwError(T().OverflowError, "int too large to convert to float");
    out = {d, 0.0};
    return true;
  }
  return false;
}

bool hasMethod(const Value& v, std::string_view name) {
  Value m;
  return v.isObj() && typeOf(v)->lookup(name, m);
}

Cx quot(Cx a, Cx b) {
  const double absRe = std::fabs(b.re), absIm = std::fabs(b.im);
  if (absRe >= absIm) {
    if (absRe == 0.0) throwError(T().ZeroDivisionError, "complex division by zero");
    const double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (absIm >= absRe) {
    const double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

Cx prod(Cx a, Cx b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

Cx powGeneral(Cx a, Cx b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) throwError(T().ZeroDivisionError, "0.0 to a negative or complex power");
    return {0.0, 0.0};
  }
  const double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  const double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Cx powUnsigned(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask <<= 1;
    p = prod(p, p);
  }
  return r;
}

Cx power(Cx a, Cx b) {
  // c_quot's EDOM becomes this message in complex_pow (0j ** -1 too).
  if (a.re == 0.0 && a.im == 0.0 && (b.im != 0.0 || b.re < 0.0))
    throwError(T().ZeroDivisionError, "0.0 to a negative or complex power");
  Cx r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    r = n > 0 ? powUnsigned(a, n) : quot({1.0, 0.0}, powUnsigned(a, -n));
  } else {
    r = powGeneral(a, b);
  }
  if (std::isinf(r.re) || std::isinf(r.im)) {
    if (!(std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)))
      throwError(T().OverflowError, "complex exponentiation");
  }
  return r;
}

// One part as complex_repr writes it: repr's digits without a forced ".0".
std::string part(double d) {
  std::string s = floatRepr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string cxRepr(Cx c) {
  if (c.re == 0.0 && !std::signbit(c.re)) return part(c.im) + "j";
  std::string im = part(c.im);
  if (im[0] != '-') im = "+" + im;
  return "(" + part(c.re) + im + "j)";
}

// The checks CPython's slot wrappers make before a complex dunder runs
// (descriptor and wrapper calls, typeobject.c's wrap_* functions): self is a
// complex, no keywords, and `min`..`max` more arguments. Returns self's value.
// Natives must never read past their arguments, so every dunder starts here.
Cx slotSelf(Args a, const char* name, size_t min, size_t max) {
  if (a.size() == 0) raiseType(std::string("descriptor '") + name + "' of 'complex' object needs an argument");
  if (!isComplex(a[0]))
    raiseType(std::string("descriptor '") + name + "' requires a 'complex' object but received a '" + typeName(a[0]) +
              "'");
  if (!a.kw.empty()) raiseType(std::string("wrapper ") + name + "() takes no keyword arguments");
  const size_t n = a.size() - 1;
  if (min == max && n != min)
    raiseType("expected " + std::to_string(min) + (min == 1 ? " argument" : " arguments") + ", got " +
              std::to_string(n));
  // wrap_ternaryfunc unpacks with an empty name: " expected at least 1 argument, got 0".
  unpackCount(Args{a.pos.subspan(1), {}}, "", min, max);
  return cxOf(a[0]);
}

enum class CxOp { Add, Sub, Mul, Div, Pow };

// x op y, both already complex.
Cx arith(CxOp op, Cx x, Cx y) {
  switch (op) {
    case CxOp::Add:
      return {x.re + y.re, x.im + y.im};
    case CxOp::Sub:
      return {x.re - y.re, x.im - y.im};
    case CxOp::Mul:
      return prod(x, y);
    case CxOp::Div:
      return quot(x, y);
    case CxOp::Pow:
      break;
  }
  return power(x, y);
}

// A binary operator as a method, both ways round: `Reflected` when self is the
// right operand (__radd__ and the like).
template <CxOp Op, bool Reflected>
Value binary(Interpreter& vm, Args a, const Value&) {
  static const char* const names[][2] = {
      {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__truediv__", "__rtruediv__"}};
  Cx x = slotSelf(a, names[int(Op)][Reflected], 1, 1), y;
  if (!operand(a[1], y)) return notImplemented(vm);
  if (Reflected) std::swap(x, y);
  return makeCx(arith(Op, x, y));
}

// pow(z, w, mod) both ways round: complex_pow converts both operands first,
// then refuses any modulo but None.
template <bool Reflected>
Value cx_pow(Interpreter& vm, Args a, const Value&) {
  Cx x = slotSelf(a, Reflected ? "__rpow__" : "__pow__", 1, 2), y;
  if (!operand(a[1], y)) return notImplemented(vm);
  if (a.size() > 2 && !a[2].isNone()) raiseValue("complex modulo");
  if (Reflected) std::swap(x, y);
  return makeCx(power(x, y));
}

Value cx_neg(Interpreter&, Args a, const Value&) {
  Cx c = slotSelf(a, "__neg__", 0, 0);
  return makeCx({-c.re, -c.im});
}
Value cx_pos(Interpreter&, Args a, const Value&) {
  return makeCx(slotSelf(a, "__pos__", 0, 0));
}
Value cx_abs(Interpreter&, Args a, const Value&) {
  Cx c = slotSelf(a, "__abs__", 0, 0);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im))
    throwError(T().OverflowError, "absolute value too large");
  return Value::floating(r);
}
Value cx_bool(Interpreter&, Args a, const Value&) {
  Cx c = slotSelf(a, "__bool__", 0, 0);
  return boolean(c.re != 0.0 || c.im != 0.0);
}
Value cx_repr(Interpreter&, Args a, const Value&) {
  return str(cxRepr(slotSelf(a, "__repr__", 0, 0)));
}
// complex has no __str__ of its own in CPython: object's calls repr(), so a
// subclass's __repr__ shows in str() and print().
Value cx_str(Interpreter& vm, Args a, const Value&) {
  slotSelf(a, "__str__", 0, 0);
  return str(vm.repr(a[0]));
}
Value cx_conjugate(Interpreter&, Args a, const Value&) {
  if (a.size() == 0) raiseType("unbound method complex.conjugate() needs an argument");
  if (!isComplex(a[0])) raiseDescriptorMismatch("conjugate", "complex", typeName(a[0]));
  if (a.size() != 1) raiseType("complex.conjugate() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  Cx c = cxOf(a[0]);
  return makeCx({c.re, -c.im});
}
Value cx_real(Interpreter&, Args a, const Value&) {
  return Value::floating(cxOf(a[0]).re);
}
Value cx_imag(Interpreter&, Args a, const Value&) {
  return Value::floating(cxOf(a[0]).im);
}

// x == other, or NotImplemented.
Value equalsComplex(Interpreter& vm, Cx x, const Value& other) {
  Cx y;
  if (isIntValue(other) && !other.isInt() && !other.isBool()) {
    // A big int equals only an integral float it converts to exactly.
    if (x.im != 0.0 || x.re != std::floor(x.re)) return boolean(false);
  }
  if (!operand(other, y)) return notImplemented(vm);
  return boolean(x.re == y.re && x.im == y.im);
}
Value cx_eq(Interpreter& vm, Args a, const Value&) {
  return equalsComplex(vm, slotSelf(a, "__eq__", 1, 1), a[1]);
}
Value cx_ne(Interpreter& vm, Args a, const Value&) {
  Value r = equalsComplex(vm, slotSelf(a, "__ne__", 1, 1), a[1]);
  return r.isBool() ? boolean(!r.asBool()) : r;
}
Value cx_hash(Interpreter&, Args a, const Value&) {
  Cx c = slotSelf(a, "__hash__", 0, 0);
  // complex_hash: hash(real) + 1000003 * hash(imag), -1 becomes -2.
  uint64_t h = hashValue(Value::floating(c.re)) + 1000003ULL * hashValue(Value::floating(c.im));
  int64_t r = int64_t(h);
  return Value::integer(r == -1 ? -2 : r);
}

// ------------------------------------------------------------ complex(str)
// complex("1+2j") as Objects/complexobject.c's complex_from_string_inner
// reads it: optional parentheses and surrounding spaces, then <float>,
// <float>j, <float><signed float>j, <float><sign>j, <sign>j or j, with
// underscores allowed only between digits (as float() allows them).

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

bool startsWithNoCase(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
  return true;
}

// The length of the float at the start of `s` (0 when there is none): sign,
// digits with a point, exponent, or inf/infinity/nan.
size_t floatPrefixLength(std::string_view s) {
  size_t p = 0;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
  const std::string_view rest = s.substr(p);
  if (startsWithNoCase(rest, "infinity")) return p + 8;
  if (startsWithNoCase(rest, "inf") || startsWithNoCase(rest, "nan")) return p + 3;
  size_t digits = 0;
  while (p < s.size() && isDigit(s[p])) ++p, ++digits;
  if (p < s.size() && s[p] == '.') {
    ++p;
    while (p < s.size() && isDigit(s[p])) ++p, ++digits;
  }
  if (digits == 0) return 0;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    size_t q = p + 1;
    if (q < s.size() && (s[q] == '+' || s[q] == '-')) ++q;
    if (q < s.size() && isDigit(s[q])) {
      while (q < s.size() && isDigit(s[q])) ++q;
      p = q;
    }
  }
  return p;
}

bool isSpace(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// Underscores: each between two digits, then dropped; nullopt when one is
// misplaced (CPython then says "could not convert string to complex").
std::optional<std::string> withoutUnderscores(std::string_view text) {
  std::string s;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '_') {
      s += text[i];
      continue;
    }
    if (i == 0 || i + 1 == text.size() || !isDigit(text[i - 1]) || !isDigit(text[i + 1])) return std::nullopt;
  }
  return s;
}

// nullopt for "complex() arg is a malformed string".
std::optional<Cx> parseComplex(const std::string& s) {
  size_t p = 0, end = s.size();
  while (p < end && isSpace(s[p])) ++p;
  while (end > p && isSpace(s[end - 1])) --end;
  if (p < end && s[p] == '(') {
    if (s[end - 1] != ')' || end - p < 2) return std::nullopt;
    ++p, --end;
    while (p < end && isSpace(s[p])) ++p;
    while (end > p && isSpace(s[end - 1])) --end;
  }
  const std::string_view body(s.data() + p, end - p);
  auto isJ = [&](size_t i) { return i < body.size() && (body[i] == 'j' || body[i] == 'J'); };
  auto isSign = [&](size_t i) { return i < body.size() && (body[i] == '+' || body[i] == '-'); };
  Cx z{0.0, 0.0};
  size_t i = 0;
  if (const size_t n = floatPrefixLength(body)) {
    const double first = *parseFloat(body.substr(0, n));
    i = n;
    if (isSign(i)) {
      z.re = first;
      if (const size_t m = floatPrefixLength(body.substr(i))) {
        z.im = *parseFloat(body.substr(i, m));
        i += m;
      } else {
        z.im = body[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!isJ(i)) return std::nullopt;
      ++i;
    } else if (isJ(i)) {
      z.im = first;
      ++i;
    } else {
      z.re = first;
    }
  } else {
    z.im = 1.0;
    if (isSign(i)) z.im = body[i++] == '+' ? 1.0 : -1.0;
    if (!isJ(i)) return std::nullopt;
    ++i;
  }
  if (i != body.size()) return std::nullopt;
  return z;
}

Value complexConstruct(Interpreter& vm, Args a, const Value& cls) {
  clinicParams(a, "complex", {"real", "imag"});
  const Value* re = argOrKwarg(a, 0, "real");
  const Value* im = argOrKwarg(a, 1, "imag");
  ClassObj* c = cls.is(ObjKind::Class) ? cls.as<ClassObj>() : complexType();
  if (re && re->is(ObjKind::Str)) {
    if (im) raiseType("complex() can't take second arg if first is a string");
    const std::optional<std::string> text = withoutUnderscores(re->as<StrObj>()->view());
    if (!text) raiseValue("could not convert string to complex: " + reprBuiltin(*re));
    const std::optional<Cx> z = parseComplex(*text);
    if (!z) raiseValue("complex() arg is a malformed string");
    return makeCx(c, *z);
  }
  if (im && im->is(ObjKind::Str)) raiseType("complex() second arg can't be a string");
  Cx r{0.0, 0.0}, i{0.0, 0.0};
  const bool reComplex = re && isComplex(*re), imComplex = im && isComplex(*im);
  if (re && !operand(*re, r)) {
    if (hasMethod(*re, "__complex__")) {
      Value v = vm.call(vm.getAttr(*re, "__complex__"), {});
      if (!isComplex(v)) raiseType("__complex__ returned non-complex (type " + typeName(v) + ")");
      r = cxOf(v);
    } else if (hasMethod(*re, "__float__")) {
      r = {realOf(vm.call(vm.getAttr(*re, "__float__"), {})), 0.0};
    } else {
      raiseType("complex() first argument must be a string or a number, not '" + typeName(*re) + "'");
    }
  }
  if (im && !operand(*im, i)) raiseType("complex() second argument must be a number, not '" + typeName(*im) + "'");
  // complex_new: complex parts fold in as a + b*1j; real ones are taken as
  // they are (so complex(-0.0, -0.0) keeps both signs).
  if (!im) return makeCx(c, {r.re, r.im});
  double outRe = r.re, outIm = i.re;
  if (imComplex) outRe -= i.im;
  if (reComplex) outIm += r.im;
  return makeCx(c, {outRe, outIm});
}

}  // namespace

// Once, from installTypeMethods: the runtime makes the type (complexType()).
void installComplexMethods() {
  ClassObj* complex = complexType();
  complex->construct = complexConstruct;
  static const NativeEntry methods[] = {
      {"__add__", binary<CxOp::Add, false>},
      {"__radd__", binary<CxOp::Add, true>},
      {"__sub__", binary<CxOp::Sub, false>},
      {"__rsub__", binary<CxOp::Sub, true>},
      {"__mul__", binary<CxOp::Mul, false>},
      {"__rmul__", binary<CxOp::Mul, true>},
      {"__truediv__", binary<CxOp::Div, false>},
      {"__rtruediv__", binary<CxOp::Div, true>},
      {"__pow__", cx_pow<false>},
      {"__rpow__", cx_pow<true>},
      {"__neg__", cx_neg},
      {"__pos__", cx_pos},
      {"__abs__", cx_abs},
      {"__bool__", cx_bool},
      {"__repr__", cx_repr},
      {"__str__", cx_str},
      {"__eq__", cx_eq},
      {"__ne__", cx_ne},
      {"__hash__", cx_hash},
      {"conjugate", cx_conjugate},
  };
  addMethods(complex, methods);
  addProperty(complex, "real", cx_real, nullptr, nullptr, DescriptorKind::Member);
  addProperty(complex, "imag", cx_imag, nullptr, nullptr, DescriptorKind::Member);
}

Value negativeFloatPow(double x, double y) {
  return makeCx(power({x, 0.0}, {y, 0.0}));
}

bool complexParts(const Value& v, double& re, double& im) {
  if (!isComplex(v)) return false;
  Cx c = cxOf(v);
  re = c.re;
  im = c.im;
  return true;
}

}  // namespace ys
