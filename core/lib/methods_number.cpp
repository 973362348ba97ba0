// methods_number.cpp — the members and methods of int and float (real,
// imag, bit_length, as_integer_ratio, to_bytes, ...), and of range and slice
// (start, stop, step; range's count, index, len and items by arithmetic).
#include <cmath>

#include "core/lib/builtins_util.h"

namespace ys {

namespace {

RangeObj* selfRange(Args a, const char* m) {
  return selfOf<RangeObj>(a, ObjKind::Range, "range", m);
}

// ================================================================ range

// The position of the int x among r's items, or -1: arithmetic, as CPython's
// range_contains_long and range_index do for an int.
int64_t rangePositionOf(const RangeObj& r, int64_t x) {
  const bool within = r.step > 0 ? (x >= r.start && x < r.stop) : (x <= r.start && x > r.stop);
  return within && (x - r.start) % r.step == 0 ? (x - r.start) / r.step : -1;
}

Value r_count(Interpreter& vm, Args a, const Value&) {
  RangeObj* r = selfRange(a, "count");
  methodCount(a, "count", 1, 1);
  if (a[1].isInt() || a[1].isBool()) return Value::integer(rangePositionOf(*r, a[1].asInt()) >= 0 ? 1 : 0);
  int64_t n = 0;
  for (int64_t i = 0, len = r->length(); i < len; ++i)
    if (vm.equals(Value::integer(r->start + i * r->step), a[1])) ++n;
  return Value::integer(n);
}

Value r_index(Interpreter& vm, Args a, const Value&) {
  RangeObj* r = selfRange(a, "index");
  methodCount(a, "index", 1, 1);
  if (a[1].isInt() || a[1].isBool()) {
    const int64_t at = rangePositionOf(*r, a[1].asInt());
    if (at >= 0) return Value::integer(at);
    raiseValue(std::to_string(a[1].asInt()) + " is not in range");
  }
  for (int64_t i = 0, len = r->length(); i < len; ++i)
    if (vm.equals(Value::integer(r->start + i * r->step), a[1])) return Value::integer(i);
  // An int past int64 is never in an engine range (its bounds are int64).
  if (a[1].is(ObjKind::BigInt)) raiseValue(vm.repr(a[1]) + " is not in range");
  // Anything but an int is searched by _PySequence_IterSearch, whose wording
  // this is: range(3).index(7.0) names no value.
  raiseValue("sequence.index(x): x not in sequence");
}

Value r_getitem(Interpreter& vm, Args a, const Value&) {
  selfRange(a, "__getitem__");
  slotArgs(a, "__getitem__", 1);
  return subscriptMethod(vm, a);
}
Value r_len(Interpreter&, Args a, const Value&) {
  RangeObj* r = selfRange(a, "__len__");
  lenSlotArgs(a);
  return Value::integer(r->length());
}
Value r_start(Interpreter&, Args a, const Value&) {
  return Value::integer(selfRange(a, "start")->start);
}
Value r_stop(Interpreter&, Args a, const Value&) {
  return Value::integer(selfRange(a, "stop")->stop);
}
Value r_step(Interpreter&, Args a, const Value&) {
  return Value::integer(selfRange(a, "step")->step);
}

Value sl_start(Interpreter&, Args a, const Value&) {
  return selfOf<SliceObj>(a, ObjKind::Slice, "slice", "start")->start;
}
Value sl_stop(Interpreter&, Args a, const Value&) {
  return selfOf<SliceObj>(a, ObjKind::Slice, "slice", "stop")->stop;
}
Value sl_step(Interpreter&, Args a, const Value&) {
  return selfOf<SliceObj>(a, ObjKind::Slice, "slice", "step")->step;
}

// ================================================================ int and float

const Value& numSelf(Args a, const char* m, bool floatOk) {
  if (a.size() == 0 || !(isIntValue(a[0]) || (floatOk && a[0].isFloat())))
    raiseType(std::string("descriptor '") + m + "' requires a number");
  return a[0];
}
Value asPlainInt(const Value& v) {
  return v.isBool() ? Value::integer(v.asInt()) : v;
}

Value i_real(Interpreter&, Args a, const Value&) {
  return asPlainInt(numSelf(a, "real", false));
}
// A method, not the real property: METH_NOARGS, so (1).conjugate(2) is a
// TypeError "int.conjugate() takes no arguments (1 given)".
Value i_conjugate(Interpreter&, Args a, const Value&) {
  const Value& self = numSelf(a, "conjugate", false);
  methodCount(a, "conjugate", 0, 0);
  return asPlainInt(self);
}
Value i_imag(Interpreter&, Args a, const Value&) {
  numSelf(a, "imag", false);
  return Value::integer(0);
}
Value i_denominator(Interpreter&, Args a, const Value&) {
  numSelf(a, "denominator", false);
  return Value::integer(1);
}
Value i_bit_length(Interpreter&, Args a, const Value&) {
  methodCount(a, "bit_length", 0, 0);
  return Value::integer(int64_t(bigOf(numSelf(a, "bit_length", false)).bitLength()));
}
Value i_bit_count(Interpreter&, Args a, const Value&) {
  methodCount(a, "bit_count", 0, 0);
  BigInt b = bigOf(numSelf(a, "bit_count", false));
  if (b.isNegative()) b = -b;
  int64_t n = 0;
  for (char c : b.toString(2)) n += c == '1';
  return Value::integer(n);
}
Value i_ratio(Interpreter&, Args a, const Value&) {
  methodCount(a, "as_integer_ratio", 0, 0);
  return newTuple({asPlainInt(numSelf(a, "as_integer_ratio", false)), Value::integer(1)});
}
// int.to_bytes and int.from_bytes: byteorder is 'big' or 'little'.
bool littleEndian(Args a, const char* method, size_t index) {
  const Value* order = argOrKwarg(a, index, "byteorder");
  if (!order) return false;
  if (!order->is(ObjKind::Str))
    raiseType(std::string(method) + "() argument 'byteorder' must be str, not " + argTypeName(*order));
  const std::string_view name = strView(*order);
  if (name != "little" && name != "big") raiseValue("byteorder must be either 'little' or 'big'");
  return name == "little";
}

bool signedFlag(Interpreter& vm, Args a) {
  const Value* flag = kwarg(a, "signed");
  return flag && vm.truthy(*flag);
}

void positionalAtMost(Args a, const char* method, size_t most) {
  if (a.size() > most)
    raiseType(std::string(method) + "() takes at most " + std::to_string(most - 1) + " positional arguments (" +
              std::to_string(a.size() - 1) + " given)");
}

Value i_to_bytes(Interpreter& vm, Args a, const Value&) {
  allowKwargs(a, "to_bytes", {"length", "byteorder", "signed"});
  positionalAtMost(a, "to_bytes", 3);
  BigInt value = bigOf(numSelf(a, "to_bytes", false));
  const Value* lengthArg = argOrKwarg(a, 1, "length");
  const int64_t length = lengthArg ? indexOf(*lengthArg) : 1;
  if (length < 0) raiseValue("length argument must be non-negative");
  const bool little = littleEndian(a, "to_bytes", 2);
  const bool isSigned = signedFlag(vm, a);
  if (value.isNegative() && !isSigned) throwError(T().OverflowError, "can't convert negative int to unsigned");
  checkBudget(vm, double(length));
  // Two's complement in 8 * length bits: a negative value is stored as
  // value + 2**bits, and the value must fit the signed or unsigned range.
  const uint64_t bits = uint64_t(length) * 8;
  const BigInt span = BigInt(1).shiftLeft(bits);
  bool fits = value < span;
  if (bits == 0) {
    fits = value.isZero();
  } else if (isSigned) {
    const BigInt half = BigInt(1).shiftLeft(bits - 1);
    fits = !(value < -half) && value < half;
  }
  if (!fits) throwError(T().OverflowError, "int too big to convert");
  if (value.isNegative()) value = value + span;
  std::string out(size_t(length), '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    const BigInt low = value & BigInt(255);
    out[little ? i : out.size() - 1 - i] = static_cast<char>(low.toInt64());
    value = value.shiftRight(8);
  }
  return newBytes(std::move(out));
}

Value i_from_bytes(Interpreter& vm, Args a, const Value&) {
  // A class method: a[0] is the class.
  allowKwargs(a, "from_bytes", {"bytes", "byteorder", "signed"});
  positionalAtMost(a, "from_bytes", 3);
  const Value* source = argOrKwarg(a, 1, "bytes");
  if (!source) raiseType("from_bytes() missing required argument 'bytes' (pos 1)");
  if (source->is(ObjKind::Str)) raiseType("cannot convert 'str' object to bytes");
  const Value data =
      source->is(ObjKind::Bytes) ? *source : vm.call(Value::object(T().bytes), std::span<const Value>(source, 1));
  const std::string& raw = data.as<BytesObj>()->data;
  const bool little = littleEndian(a, "from_bytes", 2);
  BigInt value;
  for (size_t i = 0; i < raw.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(raw[little ? raw.size() - 1 - i : i]);
    value = value.shiftLeft(8) + BigInt(int64_t(byte));
  }
  if (signedFlag(vm, a) && !raw.empty() && (static_cast<unsigned char>(raw[little ? raw.size() - 1 : 0]) & 0x80))
    value = value - BigInt(1).shiftLeft(uint64_t(raw.size()) * 8);
  const Value result = newInt(value);
  if (a[0].isObj() && a[0].asObj() == T().int_) return result;
  return vm.call(a[0], std::span<const Value>(&result, 1));  // a subclass (bool among them) makes its own
}

Value f_real(Interpreter&, Args a, const Value&) {
  return numSelf(a, "real", true);
}
// METH_NOARGS as int.conjugate: "float.conjugate() takes no arguments (1 given)".
Value f_conjugate(Interpreter&, Args a, const Value&) {
  const Value& self = numSelf(a, "conjugate", true);
  methodCount(a, "conjugate", 0, 0);
  return self;
}
Value f_imag(Interpreter&, Args a, const Value&) {
  numSelf(a, "imag", true);
  return Value::floating(0.0);
}
Value f_is_integer(Interpreter&, Args a, const Value&) {
  methodCount(a, "is_integer", 0, 0);
  double d = numSelf(a, "is_integer", true).asFloat();
  return boolean(std::isfinite(d) && d == std::floor(d));
}
Value f_ratio(Interpreter&, Args a, const Value&) {
  methodCount(a, "as_integer_ratio", 0, 0);
  double d = numSelf(a, "as_integer_ratio", true).asFloat();
  if (std::isinf(d)) throwError(T().OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raiseValue("cannot convert NaN to integer ratio");
  int e = 0;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2;
    --e;
  }
  BigInt num = BigInt::fromDouble(m), den(1);
  if (e > 0)
    num = num.shiftLeft(uint64_t(e));
  else
    den = den.shiftLeft(uint64_t(-e));
  return newTuple({newInt(num), newInt(den)});
}

}  // namespace

void installNumberMethods(const BuiltinTypes& t) {
  addMethods(t.range, {{"count", r_count}, {"index", r_index}, {"__len__", r_len}, {"__getitem__", r_getitem}});
  addProperty(t.range, "start", r_start, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.range, "stop", r_stop, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.range, "step", r_step, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "start", sl_start, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "stop", sl_stop, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "step", sl_step, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.int_, "real", i_real);
  addProperty(t.int_, "imag", i_imag);
  addProperty(t.int_, "numerator", i_real);
  addProperty(t.int_, "denominator", i_denominator);
  addMethods(t.int_, {{"bit_length", i_bit_length},
                      {"bit_count", i_bit_count},
                      {"as_integer_ratio", i_ratio},
                      {"conjugate", i_conjugate},
                      {"to_bytes", i_to_bytes}});
  addClassMethod(t.int_, "from_bytes", i_from_bytes);
  addProperty(t.float_, "real", f_real);
  addProperty(t.float_, "imag", f_imag);
  addMethods(t.float_, {{"is_integer", f_is_integer}, {"as_integer_ratio", f_ratio}, {"conjugate", f_conjugate}});
}

}  // namespace ys
