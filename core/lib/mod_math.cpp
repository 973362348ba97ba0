// mod_math.cpp — the math module.
//
// Float functions follow CPython's math_1 rules: a NaN result from a non-NaN
// argument is "math domain error" (ValueError); an infinite result from a
// finite argument is "math range error" (OverflowError) for functions that
// can overflow and a domain error otherwise. Integer functions (factorial,
// gcd, isqrt, comb, perm) work on BigInt so they are exact at any size.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"

namespace ys {

namespace {

[[noreturn]] void domainError() {
  raiseValue("math domain error");
}
[[noreturn]] void rangeError() {
  throwError(T().OverflowError, "math range error");
}

double mathArg(const Value& v) {
  if (v.isFloat()) return v.asFloat();
  if (isIntValue(v)) return realOf(v);
  raiseType("must be real number, not " + typeName(v));
}

// A two-argument math function (METH_FASTCALL): "math.comb() takes no keyword
// arguments", then "comb expected 2 arguments, got 1".
void twoArgs(Args a, const char* name) {
  noKwargs(a, std::string("math.") + name);
  unpackCount(a, name, 2, 2);
}

void oneArg(Args a, const char* name) {
  noKwargs(a, std::string("math.") + name);
  if (a.size() != 1)
    raiseType(std::string("math.") + name + "() takes exactly one argument (" + std::to_string(a.size()) + " given)");
}

Value checked(double x, double r, bool canOverflow) {
  if (std::isnan(r) && !std::isnan(x)) domainError();
  if (std::isinf(r) && std::isfinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return Value::floating(r);
}

#define MATH1(NAME, EXPR, OVERFLOW)                    \
  Value m_##NAME(Interpreter&, Args a, const Value&) { \
    oneArg(a, #NAME);                                  \
    double x = mathArg(a[0]);                          \
    return checked(x, EXPR, OVERFLOW);                 \
  }

MATH1(sqrt, std::sqrt(x), false)
MATH1(exp, std::exp(x), true)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), false)
MATH1(acos, std::acos(x), false)
MATH1(atan, std::atan(x), false)
MATH1(sinh, std::sinh(x), true)
MATH1(cosh, std::cosh(x), true)
MATH1(tanh, std::tanh(x), false)
MATH1(asinh, std::asinh(x), false)
MATH1(acosh, std::acosh(x), false)
MATH1(atanh, std::atanh(x), false)
MATH1(fabs, std::fabs(x), false)
MATH1(expm1, std::expm1(x), true)
MATH1(exp2, std::exp2(x), true)
MATH1(cbrt, std::cbrt(x), false)
MATH1(log1p, std::log1p(x), false)
MATH1(degrees, x*(180.0 / M_PI), true)
MATH1(radians, x*(M_PI / 180.0), false)
MATH1(erf, std::erf(x), false)
MATH1(erfc, std::erfc(x), false)
MATH1(gamma, std::tgamma(x), true)
MATH1(lgamma, std::lgamma(x), true)

// log of any positive int, even one too big for a double.
double logOf(const Value& v, double (*fn)(double), double scale) {
  if (v.is(ObjKind::BigInt)) {
    const BigInt& b = v.as<BigIntObj>()->value;
    if (b.isNegative() || b.isZero()) domainError();
    double d = b.toDouble();
    if (std::isfinite(d)) return fn(d);
    size_t bits = b.bitLength();
    double m = b.shiftRight(bits - 60).toDouble();
    return fn(m) + double(bits - 60) * std::log(2.0) / scale;
  }
  double x = mathArg(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domainError();
  return fn(x);
}

Value m_log(Interpreter&, Args a, const Value&) {
  noKwargs(a, "log");
  // log's optional base is an argument-clinic group, which words its count check this way.
  if (a.size() < 1 || a.size() > 2) raiseType("math.log requires 1 to 2 arguments");
  double num = logOf(
      a[0], [](double x) { return std::log(x); }, 1.0);
  if (a.size() == 1) return Value::floating(num);
  double den = logOf(
      a[1], [](double x) { return std::log(x); }, 1.0);
  if (den == 0) throwError(T().ZeroDivisionError, "float division by zero");
  return Value::floating(num / den);
}

Value m_log2(Interpreter&, Args a, const Value&) {
  oneArg(a, "log2");
  return Value::floating(logOf(
      a[0], [](double x) { return std::log2(x); }, std::log(2.0)));
}

Value m_log10(Interpreter&, Args a, const Value&) {
  oneArg(a, "log10");
  return Value::floating(logOf(
      a[0], [](double x) { return std::log10(x); }, std::log(10.0)));
}

Value toIntegral(const Value& v, double (*fn)(double), Interpreter& vm, const char* dunder) {
  if (isIntValue(v)) return v.isBool() ? Value::integer(v.asInt()) : v;
  if (v.isFloat()) {
    double d = fn(v.asFloat());
    if (std::isinf(d)) throwError(T().OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(d)) raiseValue("cannot convert float NaN to integer");
    if (d >= -9.2e18 && d <= 9.2e18) return Value::integer(int64_t(d));
    return newInt(BigInt::fromDouble(d));
  }
  Value m;
  if (v.isObj() && typeOf(v)->lookup(dunder, m)) return vm.call(vm.getAttr(v, dunder), {});
  raiseType("must be real number, not " + typeName(v));
}

Value m_floor(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "floor");
  return toIntegral(
      a[0], [](double x) { return std::floor(x); }, vm, "__floor__");
}
Value m_ceil(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "ceil");
  return toIntegral(
      a[0], [](double x) { return std::ceil(x); }, vm, "__ceil__");
}
Value m_trunc(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "trunc");
  if (!isNumberValue(a[0]) && !(a[0].isObj() && vm.hasAttr(a[0], "__trunc__")))
    raiseType("type " + typeName(a[0]) + " doesn't define __trunc__ method");
  return toIntegral(
      a[0], [](double x) { return std::trunc(x); }, vm, "__trunc__");
}

BigInt intArg(const Value& v) {
  if (v.isFloat()) raiseType("'float' object cannot be interpreted as an integer");
  if (!isIntValue(v)) raiseType("'" + typeName(v) + "' object cannot be interpreted as an integer");
  return bigOf(v);
}

BigInt isqrtBig(const BigInt& n) {
  if (n.isZero()) return BigInt(0);
  // Newton's iteration from a power of two above the root.
  BigInt x = BigInt(1).shiftLeft((n.bitLength() + 1) / 2 + 1);
  while (true) {
    BigInt y = (x + n.floordiv(x)).shiftRight(1);
    if (!(y < x)) return x;
    x = y;
  }
}

Value m_isqrt(Interpreter&, Args a, const Value&) {
  oneArg(a, "isqrt");
  BigInt n = intArg(a[0]);
  if (n.isNegative()) raiseValue("isqrt() argument must be nonnegative");
  return newInt(isqrtBig(n));
}

Value m_factorial(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "factorial");
  BigInt n = intArg(a[0]);
  if (n.isNegative()) raiseValue("factorial() not defined for negative values");
  if (!n.fitsInt64()) throwError(T().OverflowError, "factorial() argument should not exceed 9223372036854775807");
  int64_t k = n.toInt64();
  // log2(k!) = lgamma(k + 1) / ln 2; a little slack so only a surely larger one is refused.
  const int64_t maxBits = vm.budgets().maxIntBits;
  if (std::lgamma(double(k) + 1) / std::log(2.0) > double(maxBits) + 64) raiseIntTooLarge(maxBits);
  // Multiply in a balanced tree so big results stay fast.
  std::vector<BigInt> parts;
  for (int64_t i = 2; i <= k; ++i) parts.push_back(BigInt(i));
  if (parts.empty()) return Value::integer(1);
  while (parts.size() > 1) {
    std::vector<BigInt> next;
    for (size_t i = 0; i + 1 < parts.size(); i += 2) next.push_back(parts[i] * parts[i + 1]);
    if (parts.size() % 2) next.push_back(parts.back());
    parts = std::move(next);
  }
  return newInt(parts[0]);
}

BigInt gcd2(BigInt x, BigInt y) {
  if (x.isNegative()) x = -x;
  if (y.isNegative()) y = -y;
  while (!y.isZero()) {
    BigInt r = x.mod(y);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

Value m_gcd(Interpreter&, Args a, const Value&) {
  noKwargs(a, "math.gcd");
  BigInt g(0);
  for (const Value& v : a.pos) g = gcd2(g, intArg(v));
  return newInt(g);
}

Value m_lcm(Interpreter&, Args a, const Value&) {
  noKwargs(a, "math.lcm");
  BigInt l(1);
  if (a.size() == 0) return Value::integer(1);
  for (const Value& v : a.pos) {
    BigInt x = intArg(v);
    if (x.isZero() || l.isZero()) {
      l = BigInt(0);
      continue;
    }
    BigInt g = gcd2(l, x);
    l = (l * x).floordiv(g);
    if (l.isNegative()) l = -l;
  }
  return newInt(l);
}

BigInt fallingProduct(BigInt n, BigInt k) {
  BigInt r(1);
  for (BigInt i(0); i < k; i = i + BigInt(1)) r = r * (n - i);
  return r;
}

Value m_comb(Interpreter&, Args a, const Value&) {
  twoArgs(a, "comb");
  BigInt n = intArg(a[0]), k = intArg(a[1]);
  if (n.isNegative()) raiseValue("n must be a non-negative integer");
  if (k.isNegative()) raiseValue("k must be a non-negative integer");
  if (n < k) return Value::integer(0);
  if ((n - k) < k) k = n - k;
  if (!k.fitsInt64()) throwError(T().OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  BigInt r(1);
  for (BigInt i(1); !(k < i); i = i + BigInt(1)) r = (r * (n - k + i)).floordiv(i);
  return newInt(r);
}

Value m_perm(Interpreter&, Args a, const Value&) {
  noKwargs(a, "math.perm");
  unpackCount(a, "perm", 1, 2);
  BigInt n = intArg(a[0]);
  if (n.isNegative()) raiseValue("n must be a non-negative integer");
  BigInt k = (a.size() == 1 || a[1].isNone()) ? n : intArg(a[1]);
  if (k.isNegative()) raiseValue("k must be a non-negative integer");
  if (n < k) return Value::integer(0);
  if (!k.fitsInt64()) throwError(T().OverflowError, "k must not exceed 9223372036854775807");
  return newInt(fallingProduct(n, k));
}

Value m_pow(Interpreter&, Args a, const Value&) {
  twoArgs(a, "pow");
  double x = mathArg(a[0]), y = mathArg(a[1]);
  if (x == 0 && y < 0) domainError();
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domainError();
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) rangeError();
  return Value::floating(r);
}

Value twoFloats(Args a, const char* name, double& x, double& y) {
  twoArgs(a, name);
  x = mathArg(a[0]);
  y = mathArg(a[1]);
  return {};
}

Value m_atan2(Interpreter&, Args a, const Value&) {
  double x, y;
  twoFloats(a, "atan2", x, y);
  return Value::floating(std::atan2(x, y));
}
Value m_copysign(Interpreter&, Args a, const Value&) {
  double x, y;
  twoFloats(a, "copysign", x, y);
  return Value::floating(std::copysign(x, y));
}
Value m_fmod(Interpreter&, Args a, const Value&) {
  double x, y;
  twoFloats(a, "fmod", x, y);
  if (y == 0 && !std::isnan(x)) domainError();
  if (std::isinf(x) && !std::isnan(y)) domainError();
  return Value::floating(std::fmod(x, y));
}
// IEEE 754 remainder: x - n*y for the integer n nearest x/y (ties to even).
Value m_remainder(Interpreter&, Args a, const Value&) {
  double x, y;
  twoFloats(a, "remainder", x, y);
  const double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domainError();  // y == 0, or x infinite
  return Value::floating(r);
}
Value m_nextafter(Interpreter&, Args a, const Value&) {
  double x, y;
  twoFloats(a, "nextafter", x, y);
  return Value::floating(std::nextafter(x, y));
}
// The gap from |x| to the next float up (down from the largest one).
Value m_ulp(Interpreter&, Args a, const Value&) {
  oneArg(a, "ulp");
  double x = mathArg(a[0]);
  if (std::isnan(x)) return Value::floating(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::floating(x);
  const double up = std::nextafter(x, HUGE_VAL);
  if (std::isinf(up)) return Value::floating(x - std::nextafter(x, -HUGE_VAL));
  return Value::floating(up - x);
}

Value m_ldexp(Interpreter&, Args a, const Value&) {
  twoArgs(a, "ldexp");
  double x = mathArg(a[0]);
  int64_t e = indexOf(a[1]);
  double r = std::ldexp(x, int(std::max<int64_t>(-100000, std::min<int64_t>(100000, e))));
  if (std::isinf(r) && std::isfinite(x)) rangeError();
  return Value::floating(r);
}
Value m_frexp(Interpreter&, Args a, const Value&) {
  oneArg(a, "frexp");
  int e = 0;
  double m = std::frexp(mathArg(a[0]), &e);
  return newTuple({Value::floating(m), Value::integer(e)});
}
Value m_modf(Interpreter&, Args a, const Value&) {
  oneArg(a, "modf");
  double x = mathArg(a[0]), ip;
  if (std::isinf(x)) return newTuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
  double fp = std::modf(x, &ip);
  return newTuple({Value::floating(fp), Value::floating(ip)});
}

// CPython 3.11's vector_norm (mathmodule.c), which hypot and dist share: the
// squares of the values scaled near 1 summed without loss, their error terms
// kept aside, then one differential correction of the root. The last digit
// of hypot(1, 2, 3) depends on it.
struct DoubleLength {
  double hi, lo;
};
DoubleLength fastSum(double a, double b) {  // |a| >= |b|
  const double x = a + b;
  return {x, (a - x) + b};
}
DoubleLength exactProduct(double x, double y) {
  const double z = x * y;
  return {z, std::fma(x, y, -z)};
}
double vectorNorm(std::vector<double>& vec, double max, bool foundNan) {
  if (std::isinf(max)) return max;
  if (foundNan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int maxExponent;
  std::frexp(max, &maxExponent);
  if (maxExponent < -1023) {  // ldexp(1.0, -maxExponent) would overflow: make subnormals normal
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const double scale = std::ldexp(1.0, -maxExponent);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;
    const DoubleLength square = exactProduct(x, x);
    const DoubleLength sum = fastSum(csum, square.hi);
    csum = sum.hi;
    frac1 += square.lo;
    frac2 += sum.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  const DoubleLength square = exactProduct(-h, h);
  const DoubleLength sum = fastSum(csum, square.hi);
  csum = sum.hi;
  frac1 += square.lo;
  frac2 += sum.lo;
  const double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

double normOf(std::vector<double> xs) {
  double max = 0.0;
  bool foundNan = false;
  for (double& x : xs) {
    x = std::fabs(x);
    foundNan |= std::isnan(x);
    if (x > max) max = x;
  }
  return vectorNorm(xs, max, foundNan);
}

Value m_hypot(Interpreter&, Args a, const Value&) {
  noKwargs(a, "math.hypot");
  std::vector<double> xs;
  for (const Value& v : a.pos) xs.push_back(mathArg(v));
  return Value::floating(normOf(std::move(xs)));
}

Value m_dist(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "math.dist");
  unpackCount(a, "dist", 2, 2);
  std::vector<Value> p = collect(vm, a[0]), q = collect(vm, a[1]);
  if (p.size() != q.size()) raiseValue("both points must have the same number of dimensions");
  std::vector<double> diffs;
  for (size_t i = 0; i < p.size(); ++i) diffs.push_back(mathArg(p[i]) - mathArg(q[i]));
  return Value::floating(normOf(std::move(diffs)));
}

// Shewchuk's exact summation (CPython's math.fsum).
Value m_fsum(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "fsum");
  std::vector<double> partials;
  double specialSum = 0;
  bool special = false;
  forEach(vm, a[0], [&](const Value& v) {
    double x = mathArg(v);
    if (!std::isfinite(x)) {
      special = true;
      specialSum += x;
      return true;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
    return true;
  });
  if (special) {
    if (std::isnan(specialSum)) raiseValue("-inf + inf in fsum");
    return Value::floating(specialSum);
  }
  double hi = 0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::floating(hi);
}

Value m_prod(Interpreter& vm, Args a, const Value&) {
  clinicParams(a, "prod", {"iterable", "start"}, {.required = 1, .positionalOnly = 1, .maxPositional = 1});
  Value acc = Value::integer(1);
  if (const Value* s = kwarg(a, "start")) acc = *s;
  forEach(vm, a[0], [&](const Value& v) {
    acc = vm.binaryOp(int(ast::OpKind::Mult), acc, v);
    return true;
  });
  return acc;
}

Value m_isclose(Interpreter&, Args a, const Value&) {
  clinicParams(a, "isclose", {"a", "b", "rel_tol", "abs_tol"}, {.required = 2, .maxPositional = 2});
  const Value* first = argOrKwarg(a, 0, "a");
  const Value* second = argOrKwarg(a, 1, "b");
  double x = mathArg(*first), y = mathArg(*second);
  double rel = 1e-9, abs = 0.0;
  if (const Value* r = kwarg(a, "rel_tol")) rel = mathArg(*r);
  if (const Value* r = kwarg(a, "abs_tol")) abs = mathArg(*r);
  if (rel < 0 || abs < 0) raiseValue("tolerances must be non-negative");
  if (x == y) return boolean(true);
  if (std::isinf(x) || std::isinf(y)) return boolean(false);
  double diff = std::fabs(y - x);
  return boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs));
}

Value m_isnan(Interpreter&, Args a, const Value&) {
  oneArg(a, "isnan");
  return boolean(std::isnan(mathArg(a[0])));
}
Value m_isinf(Interpreter&, Args a, const Value&) {
  oneArg(a, "isinf");
  return boolean(std::isinf(mathArg(a[0])));
}
Value m_isfinite(Interpreter&, Args a, const Value&) {
  oneArg(a, "isfinite");
  return boolean(std::isfinite(mathArg(a[0])));
}

}  // namespace

Value makeMathModule(Interpreter&) {
  static const NativeEntry fns[] = {
      {"sqrt", m_sqrt},
      {"exp", m_exp},
      {"sin", m_sin},
      {"cos", m_cos},
      {"tan", m_tan},
      {"asin", m_asin},
      {"acos", m_acos},
      {"atan", m_atan},
      {"sinh", m_sinh},
      {"cosh", m_cosh},
      {"tanh", m_tanh},
      {"asinh", m_asinh},
      {"acosh", m_acosh},
      {"atanh", m_atanh},
      {"fabs", m_fabs},
      {"expm1", m_expm1},
      {"exp2", m_exp2},
      {"cbrt", m_cbrt},
      {"remainder", m_remainder},
      {"nextafter", m_nextafter},
      {"ulp", m_ulp},
      {"log1p", m_log1p},
      {"degrees", m_degrees},
      {"radians", m_radians},
      {"erf", m_erf},
      {"erfc", m_erfc},
      {"gamma", m_gamma},
      {"lgamma", m_lgamma},
      {"log", m_log},
      {"log2", m_log2},
      {"log10", m_log10},
      {"floor", m_floor},
      {"ceil", m_ceil},
      {"trunc", m_trunc},
      {"isqrt", m_isqrt},
      {"factorial", m_factorial},
      {"gcd", m_gcd},
      {"lcm", m_lcm},
      {"comb", m_comb},
      {"perm", m_perm},
      {"pow", m_pow},
      {"atan2", m_atan2},
      {"copysign", m_copysign},
      {"fmod", m_fmod},
      {"ldexp", m_ldexp},
      {"frexp", m_frexp},
      {"modf", m_modf},
      {"hypot", m_hypot},
      {"dist", m_dist},
      {"fsum", m_fsum},
      {"prod", m_prod},
      {"isclose", m_isclose},
      {"isnan", m_isnan},
      {"isinf", m_isinf},
      {"isfinite", m_isfinite},
  };
  return newModule("math", fns,
                   {{"pi", Value::floating(M_PI)},
                    {"e", Value::floating(M_E)},
                    {"tau", Value::floating(2 * M_PI)},
                    {"inf", Value::floating(HUGE_VAL)},
                    {"nan", Value::floating(std::numeric_limits<double>::quiet_NaN())}});
}

}  // namespace ys
