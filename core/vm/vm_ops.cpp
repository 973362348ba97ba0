// vm_ops.cpp — what the opcodes do to values: arithmetic, comparison,
// containment, subscripts, attributes, iteration, truth, repr/str.
//
// Built-in values take direct paths (inline ints with overflow checks, then
// BigInt; floats; str/list/tuple/dict/set); instances of user classes go
// through their dunder methods looked up on the class, with the reflected
// operand tried as CPython does. Messages are CPython 3.11's.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>

#include "core/base/format.h"
#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"
#include "core/lib/bytes_ops.h"
#include "core/runtime/memory.h"
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

// Each binary operator, in ast::OpKind's order: its symbol for messages and
// its dunders (normal, reflected, in-place).
struct BinaryOpNames {
  const char* symbol;
  const char* dunders[3];
};
constexpr BinaryOpNames kBinaryOps[] = {
    {"+", {"__add__", "__radd__", "__iadd__"}},
    {"-", {"__sub__", "__rsub__", "__isub__"}},
    {"*", {"__mul__", "__rmul__", "__imul__"}},
    {"@", {"__matmul__", "__rmatmul__", "__imatmul__"}},
    {"/", {"__truediv__", "__rtruediv__", "__itruediv__"}},
    {"%", {"__mod__", "__rmod__", "__imod__"}},
    {"**", {"__pow__", "__rpow__", "__ipow__"}},
    {"<<", {"__lshift__", "__rlshift__", "__ilshift__"}},
    {">>", {"__rshift__", "__rrshift__", "__irshift__"}},
    {"|", {"__or__", "__ror__", "__ior__"}},
    {"^", {"__xor__", "__rxor__", "__ixor__"}},
    {"&", {"__and__", "__rand__", "__iand__"}},
    {"//", {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}},
};

const char* opSymbol(int op) {
  return kBinaryOps[op].symbol;
}

const char* dunder(int op, int which) {  // 0 normal, 1 reflected, 2 in-place
  return kBinaryOps[op].dunders[which];
}

// ---------------------------------------------------------------- ints

// Budgets::maxIntBits bounds the int a multiplication or a power may
// produce: past it, CPython goes on computing for minutes (9999 ** 9999900
// takes over 100 s) inside one step, where no step budget or Stop can reach.
Value intPow(const Value& a, const Value& b, int64_t maxBits) {
  BigInt e = bigOf(b);
  if (e.isNegative()) {
    double x = realOf(a);
    if (x == 0) raise(T().ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Value::floating(std::pow(x, realOf(b)));
  }
  BigInt base = bigOf(a);
  if (!e.fitsInt64()) {
    if (base.isZero() || base == BigInt(1)) return newInt(base);
    if (base == BigInt(-1)) return Value::integer(e.mod(BigInt(2)).isZero() ? 1 : -1);
    raiseIntTooLarge(maxBits);
  }
  int64_t n = e.toInt64();
  if (a.isInt() || a.isBool()) {
    int64_t x = a.asInt(), r = 1;
    bool ok = true;
    int64_t bx = x;
    int64_t k = n;
    while (k > 0 && ok) {
      if (k & 1) ok = !__builtin_mul_overflow(r, bx, &r);
      k >>= 1;
      if (k > 0 && ok) ok = !__builtin_mul_overflow(bx, bx, &bx);
    }
    if (ok) return Value::integer(r);
  }
  // At least this many bits, so only a result surely past the limit is refused.
  const double minBits = (double(base.bitLength()) - 1) * double(n) + 1;
  if (minBits > double(maxBits)) raiseIntTooLarge(maxBits);
  return newInt(base.pow(uint64_t(n)));
}

Value intBinary(int op, const Value& a, const Value& b, int64_t maxBits) {
  const bool small = !a.is(ObjKind::BigInt) && !b.is(ObjKind::BigInt);
  const int64_t x = small ? a.asInt() : 0, y = small ? b.asInt() : 0;
  int64_t r;
  switch (ast::OpKind(op)) {
    case ast::OpKind::Add:
      if (small && !__builtin_add_overflow(x, y, &r)) return Value::integer(r);
      return newInt(bigOf(a) + bigOf(b));
    case ast::OpKind::Sub:
      if (small && !__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
      return newInt(bigOf(a) - bigOf(b));
    case ast::OpKind::Mult:
      if (small && !__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
      {
        BigInt ba = bigOf(a), bb = bigOf(b);
        if (double(ba.bitLength()) + double(bb.bitLength()) > double(maxBits) + 1) raiseIntTooLarge(maxBits);
        return newInt(ba * bb);
      }
    case ast::OpKind::Div: {
      if (small) {
        if (y == 0) raise(T().ZeroDivisionError, "division by zero");
        const int64_t lim = int64_t(1) << 53;
        if (x > -lim && x < lim && y > -lim && y < lim) return Value::floating(double(x) / double(y));
      }
      BigInt bb = bigOf(b);
      if (bb.isZero()) raise(T().ZeroDivisionError, "division by zero");
      bool overflow = false;
      double d = BigInt::trueDivide(bigOf(a), bb, overflow);
      if (overflow) raise(T().OverflowError, "integer division result too large for a float");
      return Value::floating(d);
    }
    case ast::OpKind::FloorDiv:
    case ast::OpKind::Mod: {
      bool isMod = ast::OpKind(op) == ast::OpKind::Mod;
      if (small) {
        if (y == 0)
          raise(T().ZeroDivisionError, isMod ? "integer modulo by zero" : "integer division or modulo by zero");
        if (!(x == std::numeric_limits<int64_t>::min() && y == -1)) {
          int64_t q = x / y, m = x % y;
          if (m != 0 && ((m < 0) != (y < 0))) {
            m += y;
            q -= 1;
          }
          return Value::integer(isMod ? m : q);
        }
      }
      BigInt bb = bigOf(b);
      if (bb.isZero())
        raise(T().ZeroDivisionError, isMod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, m;
      BigInt::divmod(bigOf(a), bb, q, m);
      return newInt(isMod ? m : q);
    }
    case ast::OpKind::Pow:
      return intPow(a, b, maxBits);
    case ast::OpKind::LShift: {
      BigInt s = bigOf(b);
      if (s.isNegative()) raise(T().ValueError, "negative shift count");
      if (small && y < 63) {
        if (x == 0) return Value::integer(0);
        int64_t shifted = x << y;
        if ((shifted >> y) == x) return Value::integer(shifted);
      }
      BigInt base = bigOf(a);
      if (base.isZero()) return Value::integer(0);
      if (!s.fitsInt64() || s.toInt64() > 200000000) throwErrorNoArgs(T().MemoryError);
      return newInt(base.shiftLeft(uint64_t(s.toInt64())));
    }
    case ast::OpKind::RShift: {
      BigInt s = bigOf(b);
      if (s.isNegative()) raise(T().ValueError, "negative shift count");
      if (small) return Value::integer(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
      if (!s.fitsInt64()) return Value::integer(bigOf(a).isNegative() ? -1 : 0);
      return newInt(bigOf(a).shiftRight(uint64_t(s.toInt64())));
    }
    case ast::OpKind::BitAnd:
      if (small) return (a.isBool() && b.isBool()) ? Value::boolean(x & y) : Value::integer(x & y);
      return newInt(bigOf(a) & bigOf(b));
    case ast::OpKind::BitOr:
      if (small) return (a.isBool() && b.isBool()) ? Value::boolean(x | y) : Value::integer(x | y);
      return newInt(bigOf(a) | bigOf(b));
    case ast::OpKind::BitXor:
      if (small) return (a.isBool() && b.isBool()) ? Value::boolean(x ^ y) : Value::integer(x ^ y);
      return newInt(bigOf(a) ^ bigOf(b));
    case ast::OpKind::MatMult:
      break;
  }
  return Value::unbound();
}

Value floatBinary(int op, double x, double y) {
  switch (ast::OpKind(op)) {
    case ast::OpKind::Add:
      return Value::floating(x + y);
    case ast::OpKind::Sub:
      return Value::floating(x - y);
    case ast::OpKind::Mult:
      return Value::floating(x * y);
    case ast::OpKind::Div:
      if (y == 0) raise(T().ZeroDivisionError, "float division by zero");
      return Value::floating(x / y);
    case ast::OpKind::FloorDiv:
    case ast::OpKind::Mod: {
      bool isMod = ast::OpKind(op) == ast::OpKind::Mod;
      if (y == 0) raise(T().ZeroDivisionError, isMod ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, y);
      }
      double floordiv;
      if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return Value::floating(isMod ? mod : floordiv);
    }
    case ast::OpKind::Pow: {
      if (x == 0 && y < 0) raise(T().ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && y != std::floor(y) && std::isfinite(y)) return negativeFloatPow(x, y);  // (-8) ** (1/3) is complex
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        raise(T().OverflowError, "(34, 'Numerical result out of range')");
      return Value::floating(r);
    }
    default:
      break;
  }
  return Value::unbound();
}

int64_t repeatCount(const Value& n) {
  // sequence_repeat's PyNumber_AsSsize_t(n, PyExc_OverflowError), either sign.
  if (n.is(ObjKind::BigInt)) raise(T().OverflowError, "cannot fit 'int' into an index-sized integer");
  return std::max<int64_t>(0, n.asInt());
}

void checkRepeatSize(VM::Impl& vm, int64_t count, size_t unitBytes) {
  if (count == 0 || unitBytes == 0) return;
  double bytes = double(count) * double(unitBytes);
  int64_t budget = vm.budgets.maxMemoryBytes;
  if (bytes > 8e9 || (budget && vm.heap.liveBytes + int64_t(bytes) > budget)) throwErrorNoArgs(T().MemoryError);
}

// ---------------------------------------------------------------- sequences

struct SliceBounds {
  int64_t start, stop, step, length;
};

int64_t sliceIndex(VM::Impl& vm, const Value& v, bool& isNone) {
  isNone = v.isNone();
  if (isNone) return 0;
  if (v.isInt() || v.isBool()) return v.asInt();
  if (v.is(ObjKind::BigInt))
    return v.as<BigIntObj>()->value.isNegative() ? std::numeric_limits<int64_t>::min() / 2
                                                 : std::numeric_limits<int64_t>::max() / 2;
  // PyNumber_Index checks what __index__ gives ("__index__ returned
  // non-int"), then a big one is clipped as an int would be.
  if (v.is(ObjKind::Instance) && hasIndex(v)) return sliceIndex(vm, asIndex(v), isNone);
  raise(T().TypeError, "slice indices must be integers or None or have an __index__ method");
}

SliceBounds sliceBounds(VM::Impl& vm, const SliceObj* s, int64_t len) {
  bool none;
  int64_t step = sliceIndex(vm, s->step, none);
  if (none) step = 1;
  if (step == 0) raise(T().ValueError, "slice step cannot be zero");
  // PySlice_AdjustIndices: a negative bound counts from the end, then both
  // bounds are clamped alike to the sequence.
  auto adjust = [step, len](int64_t& bound) {
    if (bound < 0) {
      bound += len;
      if (bound < 0) bound = step < 0 ? -1 : 0;
    } else if (bound >= len) {
      bound = step < 0 ? len - 1 : len;
    }
  };
  bool startNone, stopNone;
  int64_t start = sliceIndex(vm, s->start, startNone);
  int64_t stop = sliceIndex(vm, s->stop, stopNone);
  if (startNone)
    start = step < 0 ? len - 1 : 0;
  else
    adjust(start);
  if (stopNone)
    stop = step < 0 ? -1 : len;
  else
    adjust(stop);
  int64_t length = 0;
  if (step < 0) {
    if (stop < start) length = (start - stop - 1) / (-step) + 1;
  } else {
    if (start < stop) length = (stop - start - 1) / step + 1;
  }
  return {start, stop, step, length};
}

// Decodes a UTF-8 string into code point byte offsets (for non-ASCII indexing).
std::vector<size_t> codePointOffsets(std::string_view s) {
  std::vector<size_t> offs;
  offs.reserve(s.size() + 1);
  for (size_t i = 0; i < s.size();) {
    offs.push_back(i);
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    i += n;
  }
  offs.push_back(s.size());
  return offs;
}

bool indexValue(VM::Impl&, const Value& k, int64_t& out) {
  if (k.isInt() || k.isBool()) {
    out = k.asInt();
    return true;
  }
  if (k.is(ObjKind::BigInt)) raise(T().IndexError, "cannot fit 'int' into an index-sized integer");
  if (k.is(ObjKind::Instance) && hasIndex(k)) {
    const Value r = asIndex(k);  // "__index__ returned non-int (type float)"
    if (r.is(ObjKind::BigInt)) raise(T().IndexError, "cannot fit '" + typeName(k) + "' into an index-sized integer");
    out = r.asInt();
    return true;
  }
  return false;
}

// An item index: a negative one counts from the end; IndexError `message`
// when it falls outside the sequence.
int64_t checkedIndex(int64_t i, int64_t length, const char* message) {
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise(T().IndexError, message);
  return i;
}

// ---------------------------------------------------------------- native iterators

struct SeqIter : NativeIterObj {
  SeqIter(const char* n, Value s) : NativeIterObj(n), seq(std::move(s)) {}
  Value seq;
  size_t pos = 0;
  bool next(Interpreter&, Value& out) override {
    if (seq.isNone()) return false;
    const std::vector<Value>& items = seq.is(ObjKind::List) ? seq.as<ListObj>()->items : seq.as<TupleObj>()->items;
    if (pos >= items.size()) {
      seq = Value();
      return false;
    }
    out = items[pos++];
    return true;
  }
  Value lengthHint() const override {
    if (seq.isNone()) return Value::integer(0);
    const std::vector<Value>& items = seq.is(ObjKind::List) ? seq.as<ListObj>()->items : seq.as<TupleObj>()->items;
    return Value::integer(int64_t(items.size() > pos ? items.size() - pos : 0));
  }
  void traverse(Visitor& v) const override { v.visit(seq); }
};

struct StrIter : NativeIterObj {
  explicit StrIter(Value s)
      : NativeIterObj(s.as<StrObj>()->isAscii() ? "str_ascii_iterator" : "str_iterator"), str(std::move(s)) {}
  Value str;
  size_t pos = 0;     // byte offset
  int64_t taken = 0;  // characters given out
  bool next(Interpreter&, Value& out) override {
    std::string_view v = str.as<StrObj>()->view();
    if (pos >= v.size()) return false;
    unsigned char c = static_cast<unsigned char>(v[pos]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    out = newStr(v.substr(pos, n));
    pos += n;
    ++taken;
    return true;
  }
  Value lengthHint() const override { return Value::integer(int64_t(str.as<StrObj>()->length) - taken); }
  void traverse(Visitor& v) const override { v.visit(str); }
};

struct RangeIter : NativeIterObj {
  RangeIter(int64_t a, int64_t s, int64_t n) : NativeIterObj("range_iterator"), cur(a), step(s), left(n) {}
  int64_t cur, step, left;
  bool next(Interpreter&, Value& out) override {
    if (left <= 0) return false;
    out = Value::integer(cur);
    cur += step;
    --left;
    return true;
  }
  Value lengthHint() const override { return Value::integer(left); }
};

struct SetIter : SizeCheckedIter<SetObj> {
  explicit SetIter(Value s) : SizeCheckedIter("set_iterator", std::move(s)) {}
  bool next(Interpreter&, Value& out) override {
    if (done) return false;
    if (!checkedContainer("Set changed size during iteration")->next(pos, out)) {
      done = true;
      return false;
    }
    return true;
  }
};

// Iterates an instance that has __getitem__ but no __iter__ (the old protocol).
struct GetItemIter : NativeIterObj {
  GetItemIter(Value o, Value m) : NativeIterObj("iterator"), obj(std::move(o)), getitem(std::move(m)) {}
  Value obj, getitem;
  int64_t i = 0;
  bool done = false;
  bool next(Interpreter& vm, Value& out) override {
    if (done) return false;
    Value args[2] = {obj, Value::integer(i)};
    try {
      out = vm.call(getitem, std::span<const Value>(args, 2));
    } catch (PyErr& e) {
      if (e.exc.is(ObjKind::Instance) && (e.exc.as<InstanceObj>()->cls->isSubclassOf(T().IndexError) ||
                                          e.exc.as<InstanceObj>()->cls->isSubclassOf(T().StopIteration))) {
        done = true;
        return false;
      }
      throw;
    }
    ++i;
    return true;
  }
  void traverse(Visitor& v) const override {
    v.visit(obj);
    v.visit(getitem);
  }
};

template <class T, class... A>
Value newIter(A&&... args) {
  return Value::adopt(make<T>(std::forward<A>(args)...));
}

// getIter, but a TypeError it raises (that very class, not a subclass) is
// replaced by the operation's own wording, as `in` and unpacking word it.
template <class Message>
Value iterOrTypeError(VM::Impl& vm, const Value& o, const Message& message) {
  try {
    return vm.getIter(o);
  } catch (PyErr& e) {
    if (e.exc.is(ObjKind::Instance) && e.exc.as<InstanceObj>()->cls.get() == T().TypeError)
      raise(T().TypeError, message());
    throw;
  }
}

}  // namespace

// ====================================================================== binary

bool VM::Impl::lookupSpecial(const Value& obj, const char* name, Value& method) {
  ClassObj* cls = typeOf(obj);
  return cls->lookup(name, method);
}

Value VM::Impl::callMethod(const Value& self, const Value& method, std::initializer_list<Value> args) {
  Value buf[4];
  buf[0] = self;
  size_t n = 1;
  for (const Value& a : args) buf[n++] = a;
  if (method.is(ObjKind::StaticMethod))
    return callObject(method.as<StaticMethodObj>()->func, buf + 1, n - 1, nullptr, 0);
  if (method.is(ObjKind::ClassMethod)) {
    buf[0] = Value::object(typeOf(self));
    return callObject(method.as<StaticMethodObj>()->func, buf, n, nullptr, 0);
  }
  return callObject(method, buf, n, nullptr, 0);
}

namespace {

// `seq * n`: the count (an object with __index__ counts as its int), or
// CPython's TypeError for an n that is no int; the product's size is checked
// against the memory budget before it is built.
int64_t sequenceRepeatCount(VM::Impl& vm, const Value& n, size_t unitBytes) {
  if (!hasIndex(n)) raise(T().TypeError, "can't multiply sequence by non-int of type '" + typeName(n) + "'");
  int64_t count = repeatCount(asIndex(n));
  checkRepeatSize(vm, count, unitBytes);
  return count;
}

std::vector<Value> repeatedItems(const std::vector<Value>& items, int64_t n) {
  std::vector<Value> out;
  out.reserve(size_t(n) * items.size());
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return out;
}

std::vector<Value> concatenatedItems(const std::vector<Value>& a, const std::vector<Value>& b) {
  std::vector<Value> out;
  out.reserve(a.size() + b.size());
  out.insert(out.end(), a.begin(), a.end());
  out.insert(out.end(), b.begin(), b.end());
  return out;
}

[[noreturn]] void cannotConcatenate(const char* type, const Value& other) {
  raise(T().TypeError, std::string("can only concatenate ") + type + " (not \"" + typeName(other) + "\") to " + type);
}

// `text % args`
Value strPercent(VM::Impl& vm, const Value& a, const Value& b) {
  auto toArg = [&vm](const Value& v) {
    PercentArg p;
    p.typeName = typeName(v);
    if (v.isBool()) {
      p.kind = PercentArg::Kind::Int;
      p.intValue = BigInt(v.asInt());
    } else if (isIntValue(v)) {
      p.kind = PercentArg::Kind::Int;
      p.intValue = bigOf(v);
    } else if (v.isFloat()) {
      p.kind = PercentArg::Kind::Float;
      p.floatValue = v.asFloat();
    } else if (v.is(ObjKind::Str)) {
      p.kind = PercentArg::Kind::Str;
      p.text = strOf(v);
    }
    Value keep = v;
    VM::Impl* impl = &vm;
    p.str = [impl, keep] { return impl->str(keep); };
    p.repr = [impl, keep] { return impl->repr(keep); };
    p.ascii = [impl, keep] { return asciiEscaped(impl->repr(keep)); };
    return p;
  };
  PercentArgs pa;
  if (b.is(ObjKind::Tuple)) {
    pa.isTuple = true;
    for (auto& v : b.as<TupleObj>()->items) pa.items.push_back(toArg(v));
  } else {
    pa.items.push_back(toArg(b));
    // PyUnicode_Format takes any mapping (PyMapping_Check: a type with
    // __getitem__, so a list or bytes too) for %(name)s, and then does not
    // count unused arguments: 'ab' % [1] is 'ab'.
    Value getitem;
    if (b.is(ObjKind::Dict) || b.is(ObjKind::List) || b.is(ObjKind::Bytes) || b.is(ObjKind::Range) ||
        (b.is(ObjKind::Instance) && vm.lookupSpecial(b, "__getitem__", getitem))) {
      Value d = b;
      VM::Impl* impl = &vm;
      pa.lookup = [impl, d, toArg](std::string_view key) { return toArg(impl->getItem(d, newStr(key))); };
    }
  }
  try {
    return newStr(percentFormat(a.as<StrObj>()->view(), pa));
  } catch (const FormatError& fe) {
    throwFormatError(fe);
  }
}

// Each built-in type's own binary operators, as CPython's nb_* and sq_*
// slots: the result, or unbound when the type has no such operator for b.
Value strBinary(VM::Impl& vm, ast::OpKind k, const Value& a, const Value& b) {
  if (k == ast::OpKind::Add) {
    if (!b.is(ObjKind::Str)) cannotConcatenate("str", b);
    std::string s;
    s.reserve(a.as<StrObj>()->utf8.size() + b.as<StrObj>()->utf8.size());
    s += a.as<StrObj>()->view();
    s += b.as<StrObj>()->view();
    return newStr(std::move(s));
  }
  if (k == ast::OpKind::Mult) {
    const std::string& s = a.as<StrObj>()->utf8;
    int64_t n = sequenceRepeatCount(vm, b, s.size());
    std::string r;
    r.reserve(size_t(n) * s.size());
    for (int64_t i = 0; i < n; ++i) r += s;
    return newStr(std::move(r));
  }
  if (k == ast::OpKind::Mod) return strPercent(vm, a, b);
  return Value::unbound();
}

Value listBinary(VM::Impl& vm, ast::OpKind k, const Value& a, const Value& b, bool inplace) {
  ListObj* l = a.as<ListObj>();
  if (k == ast::OpKind::Add && inplace) {
    // `l += iterable` extends l with any iterable.
    if (b.is(ObjKind::List) || b.is(ObjKind::Tuple)) {
      std::vector<Value> copy = b.is(ObjKind::List) ? b.as<ListObj>()->items : b.as<TupleObj>()->items;
      checkRepeatSize(vm, int64_t(copy.size()), 8);
      l->extend(copy);
    } else {
      vm.forEachItem(b, [l](const Value& v) { l->append(v); });
    }
    return a;
  }
  if (k == ast::OpKind::Add) {
    if (!b.is(ObjKind::List)) cannotConcatenate("list", b);
    return newList(concatenatedItems(l->items, b.as<ListObj>()->items));
  }
  if (k == ast::OpKind::Mult) {
    int64_t n = sequenceRepeatCount(vm, b, l->items.size() * 8);
    std::vector<Value> items = repeatedItems(l->items, n);
    if (!inplace) return newList(std::move(items));
    std::vector<Value> old = std::exchange(l->items, std::move(items));
    l->resized();
    releaseBackToFront(old);  // l *= 0 is _list_clear
    return a;
  }
  return Value::unbound();
}

Value tupleBinary(VM::Impl& vm, ast::OpKind k, const Value& a, const Value& b) {
  const auto& items = a.as<TupleObj>()->items;
  if (k == ast::OpKind::Add) {
    if (!b.is(ObjKind::Tuple)) cannotConcatenate("tuple", b);
    return newTuple(concatenatedItems(items, b.as<TupleObj>()->items));
  }
  if (k == ast::OpKind::Mult) return newTuple(repeatedItems(items, sequenceRepeatCount(vm, b, items.size() * 8)));
  return Value::unbound();
}

// set_or/set_and/set_sub/set_xor and their in-place forms, by setobject.c's
// algorithms (core/runtime/object.h), so results have CPython's order and
// table size. A frozenset's in-place form builds a new one.
Value setBinary(ast::OpKind k, const Value& a, const Value& b, bool inplace) {
  SetObj* x = a.as<SetObj>();
  const SetObj& y = *b.as<SetObj>();
  if (inplace && !x->frozen) {
    switch (k) {
      case ast::OpKind::BitOr:
        x->update(y);  // set_update_internal: one resize for both up front
        return a;
      case ast::OpKind::BitAnd:
        setIntersectionUpdate(*x, y);
        return a;
      case ast::OpKind::Sub:
        setDifferenceUpdate(*x, y);
        return a;
      case ast::OpKind::BitXor:
        setSymmetricDifferenceUpdate(*x, y);
        return a;
      default:
        return Value::unbound();
    }
  }
  switch (k) {
    case ast::OpKind::BitOr:
      return setUnion(*x, y);
    case ast::OpKind::BitAnd:
      return setIntersection(*x, y);
    case ast::OpKind::Sub:
      return setDifference(*x, y);
    case ast::OpKind::BitXor:
      return setSymmetricDifference(*x, y);
    default:
      return Value::unbound();
  }
}

// dict_or: PyDict_Copy(a) updated from b; dict_ior: a updated from b.
Value dictUnion(const Value& a, const Value& b, bool inplace) {
  Value r = inplace ? a : dictCopy(*a.as<DictObj>());
  r.as<DictObj>()->merge(*b.as<DictObj>());
  return r;
}

// Whether CPython gives the value's type a tp_as_sequence: the containers,
// and every class defined in Python (the library's too: Counter, deque), but
// not complex or the singletons Ellipsis and NotImplemented.
bool hasSequenceMethods(const Value& v) {
  if (!v.is(ObjKind::Instance)) return v.isObj() && kindSlots(v.asObj()->kind).sequence;
  const ClassObj& cls = *typeOf(v);
  return !(cls.module == "builtins" && (cls.name == "complex" || builtinSingletonName(cls)));
}

bool isNotImplemented(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls->name == "NotImplementedType";
}

}  // namespace

Value VM::Impl::builtinBinary(int op, const Value& a, const Value& b, bool inplace) {
  if (!a.isObj()) return Value::unbound();
  const ast::OpKind k = ast::OpKind(op);
  switch (a.asObj()->kind) {
    case ObjKind::Bytes:
      return bytesBinary(vm, op, a, b, inplace);
    case ObjKind::Str:
      return strBinary(*this, k, a, b);
    case ObjKind::List:
      return listBinary(*this, k, a, b, inplace);
    case ObjKind::Tuple:
      return tupleBinary(*this, k, a, b);
    case ObjKind::Set:
      return b.is(ObjKind::Set) ? setBinary(k, a, b, inplace) : Value::unbound();
    case ObjKind::Dict:
      return b.is(ObjKind::Dict) && k == ast::OpKind::BitOr ? dictUnion(a, b, inplace) : Value::unbound();
    default:
      return Value::unbound();
  }
}

// Python classes: __iop__, then __op__ / __rop__ (the reflected one first
// when b's class is a subclass of a's); unbound when all said NotImplemented.
Value VM::Impl::userBinary(int op, const Value& a, const Value& b, bool inplace) {
  Value m;
  if (inplace && a.is(ObjKind::Instance) && lookupSpecial(a, dunder(op, 2), m)) {
    Value r = callMethod(a, m, {b});
    if (!isNotImplemented(r)) return r;
  }
  bool triedReflectedFirst = false;
  if (b.is(ObjKind::Instance) && a.is(ObjKind::Instance) && typeOf(a) != typeOf(b) &&
      typeOf(b)->isSubclassOf(typeOf(a)) && lookupSpecial(b, dunder(op, 1), m)) {
    triedReflectedFirst = true;
    Value r = callMethod(b, m, {a});
    if (!isNotImplemented(r)) return r;
  }
  if (lookupSpecial(a, dunder(op, 0), m) && (a.is(ObjKind::Instance) || !b.is(ObjKind::Instance))) {
    Value r = callMethod(a, m, {b});
    if (!isNotImplemented(r)) return r;
  }
  if (!triedReflectedFirst && typeOf(a) != typeOf(b) && b.is(ObjKind::Instance) && lookupSpecial(b, dunder(op, 1), m)) {
    Value r = callMethod(b, m, {a});
    if (!isNotImplemented(r)) return r;
  }
  return Value::unbound();
}

Value VM::Impl::binaryOp(int op, const Value& a, const Value& b, bool inplace) {
  if (isIntValue(a) && isIntValue(b)) {
    Value r = intBinary(op, a, b, budgets.maxIntBits);
    if (!r.isUnbound()) return r;
  } else if (isNumberValue(a) && isNumberValue(b)) {
    Value r = floatBinary(op, realOf(a), realOf(b));
    if (!r.isUnbound()) return r;
  }
  if (a.is(ObjKind::Instance) || b.is(ObjKind::Instance)) {
    Value r = userBinary(op, a, b, inplace);
    if (!r.isUnbound()) return r;
  }
  Value r = builtinBinary(op, a, b, inplace);
  if (!r.isUnbound()) return r;
  // `x * seq` is `seq * x` when x has no multiplication of its own (CPython's
  // PyNumber_Multiply falls back on seq's sq_repeat), so 2 * [0] repeats
  // and 1.5 * [0] is "can't multiply sequence by non-int of type 'float'".
  // `x *= seq` does so only for an x whose type has no sequence methods at
  // all: range(3) *= [0] is an unsupported *=.
  if (ast::OpKind(op) == ast::OpKind::Mult &&
      (b.is(ObjKind::Str) || b.is(ObjKind::List) || b.is(ObjKind::Tuple) || b.is(ObjKind::Bytes)) &&
      !(inplace && hasSequenceMethods(a)))
    return builtinBinary(op, b, a, false);
  // CPython names pow() beside ** (they share nb_power), but not beside **=.
  const bool power = ast::OpKind(op) == ast::OpKind::Pow;
  const std::string symbol = std::string(opSymbol(op)) + (inplace ? "=" : power ? " or pow()" : "");
  raise(T().TypeError,
        "unsupported operand type(s) for " + symbol + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

Value VM::Impl::unaryOp(int op, const Value& a) {
  if (op == UNARY_NEGATIVE) {
    if (a.isInt() || a.isBool()) {
      int64_t r;
      if (!__builtin_sub_overflow(int64_t(0), a.asInt(), &r)) return Value::integer(r);
      return newInt(-BigInt(a.asInt()));
    }
    if (a.is(ObjKind::BigInt)) return newInt(-a.as<BigIntObj>()->value);
    if (a.isFloat()) return Value::floating(-a.asFloat());
  } else if (op == UNARY_POSITIVE) {
    if (a.isInt() || a.isBool()) return Value::integer(a.asInt());
    if (a.is(ObjKind::BigInt) || a.isFloat()) return a;
  } else if (op == UNARY_INVERT) {
    if (a.isInt() || a.isBool()) return Value::integer(~a.asInt());
    if (a.is(ObjKind::BigInt)) return newInt(~a.as<BigIntObj>()->value);
  }
  const char* name = op == UNARY_NEGATIVE ? "__neg__" : op == UNARY_POSITIVE ? "__pos__" : "__invert__";
  Value m;
  if (a.is(ObjKind::Instance) && lookupSpecial(a, name, m)) return callMethod(a, m, {});
  const char* sym = op == UNARY_NEGATIVE ? "-" : op == UNARY_POSITIVE ? "+" : "~";
  raise(T().TypeError, std::string("bad operand type for unary ") + sym + ": '" + typeName(a) + "'");
}

// ====================================================================== comparison

namespace {

int cmpNumbers(const Value& a, const Value& b) {  // -1, 0, 1; 2 = unordered (nan)
  if (a.isFloat() || b.isFloat()) {
    if ((a.is(ObjKind::BigInt) || b.is(ObjKind::BigInt))) {
      double d = a.isFloat() ? a.asFloat() : b.asFloat();
      if (std::isnan(d)) return 2;
      if (std::isinf(d)) {
        int r = d > 0 ? -1 : 1;
        return a.isFloat() ? -r : r;
      }
      BigInt x = a.isFloat() ? BigInt::fromDouble(std::floor(a.asFloat())) : bigOf(a);
      BigInt y = b.isFloat() ? BigInt::fromDouble(std::floor(b.asFloat())) : bigOf(b);
      int c = x.compare(y);
      if (c != 0) return c;
      double fa = a.isFloat() ? a.asFloat() - std::floor(a.asFloat()) : 0;
      double fb = b.isFloat() ? b.asFloat() - std::floor(b.asFloat()) : 0;
      return fa < fb ? -1 : fa > fb ? 1 : 0;
    }
    double x = realOf(a), y = realOf(b);
    if (std::isnan(x) || std::isnan(y)) return 2;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is(ObjKind::BigInt) || b.is(ObjKind::BigInt)) return bigOf(a).compare(bigOf(b));
  int64_t x = a.asInt(), y = b.asInt();
  return x < y ? -1 : x > y ? 1 : 0;
}

bool cmpResult(int op, int c) {
  if (c == 2) return ast::CmpOpKind(op) == ast::CmpOpKind::NotEq;
  switch (ast::CmpOpKind(op)) {
    case ast::CmpOpKind::Eq:
      return c == 0;
    case ast::CmpOpKind::NotEq:
      return c != 0;
    case ast::CmpOpKind::Lt:
      return c < 0;
    case ast::CmpOpKind::LtE:
      return c <= 0;
    case ast::CmpOpKind::Gt:
      return c > 0;
    case ast::CmpOpKind::GtE:
      return c >= 0;
    default:
      return false;
  }
}

// Each rich comparison, in ast::CmpOpKind's order (== to >=): its symbol for
// messages, its dunder, and the comparison whose dunder the right operand
// answers it with (a < b is b > a).
struct CmpOpNames {
  const char* symbol;
  const char* dunder;
  ast::CmpOpKind swapped;
};
constexpr CmpOpNames kCmpOps[] = {
    {"==", "__eq__", ast::CmpOpKind::Eq}, {"!=", "__ne__", ast::CmpOpKind::NotEq},
    {"<", "__lt__", ast::CmpOpKind::Gt},  {"<=", "__le__", ast::CmpOpKind::GtE},
    {">", "__gt__", ast::CmpOpKind::Lt},  {">=", "__ge__", ast::CmpOpKind::LtE},
};

bool isRichComparison(int op) {
  return op >= 0 && size_t(op) < std::size(kCmpOps);
}

const char* cmpSymbol(int op) {
  return isRichComparison(op) ? kCmpOps[op].symbol : "?";
}

const char* cmpDunder(int op) {
  return isRichComparison(op) ? kCmpOps[op].dunder : "";
}

int swappedOp(int op) {
  return isRichComparison(op) ? int(kCmpOps[op].swapped) : op;
}

}  // namespace

bool VM::Impl::compareBool(int op, const Value& a, const Value& b) {
  if (isNumberValue(a) && isNumberValue(b)) return cmpResult(op, cmpNumbers(a, b));
  Value r = compare(op, a, b);
  return r.isBool() ? r.asBool() : truthy(r);
}

namespace {

[[noreturn]] void cannotOrder(int op, const Value& a, const Value& b) {
  raise(T().TypeError, std::string("'") + cmpSymbol(op) + "' not supported between instances of '" + typeName(a) +
                           "' and '" + typeName(b) + "'");
}

bool isSubset(SetObj* p, SetObj* q) {
  for (auto& v : p->items())
    if (!q->contains(v)) return false;
  return true;
}

const std::vector<Value>& sequenceItems(const Value& v) {
  return v.is(ObjKind::List) ? v.as<ListObj>()->items : v.as<TupleObj>()->items;
}

bool sameSequenceKind(const Value& a, const Value& b) {
  return (a.is(ObjKind::List) && b.is(ObjKind::List)) || (a.is(ObjKind::Tuple) && b.is(ObjKind::Tuple));
}

}  // namespace

// Python classes' rich comparisons: the reflected method first when b's class
// is a subclass of a's, `!=` from `__eq__`, built-in instances (dict_keys,
// complex) through their own __eq__. Unbound when none of them answered.
// Ordering methods of built-in instances (namedtuple's __lt__) take part in
// that order like a class's own, so `(1, 2) <= P(1, 2)` reaches P's __ge__;
// their __eq__ come last because they answer False, not NotImplemented, for
// other types and would hide a user class's reflected __eq__.
Value VM::Impl::userCompare(int op, const Value& a, const Value& b) {
  const bool eqOp = ast::CmpOpKind(op) == ast::CmpOpKind::Eq || ast::CmpOpKind(op) == ast::CmpOpKind::NotEq;
  const bool neg = ast::CmpOpKind(op) == ast::CmpOpKind::NotEq;
  auto userMethod = [this, eqOp](const Value& self, const char* name, Value& m) {
    return lookupSpecial(self, name, m) && (!eqOp || !m.is(ObjKind::Builtin) || isUserMethod(m));
  };
  Value m;
  bool reflectedFirst = b.is(ObjKind::Instance) && typeOf(a) != typeOf(b) && typeOf(b)->isSubclassOf(typeOf(a));
  if (reflectedFirst && userMethod(b, cmpDunder(swappedOp(op)), m)) {
    Value r = callMethod(b, m, {a});
    if (!isNotImplemented(r)) return r;
  }
  if (a.is(ObjKind::Instance) && userMethod(a, cmpDunder(op), m)) {
    Value r = callMethod(a, m, {b});
    if (!isNotImplemented(r)) return r;
  } else if (neg && a.is(ObjKind::Instance) && userMethod(a, "__eq__", m)) {
    Value r = callMethod(a, m, {b});
    if (!isNotImplemented(r)) return Value::boolean(!truthy(r));
  }
  if (!reflectedFirst && b.is(ObjKind::Instance) && userMethod(b, cmpDunder(swappedOp(op)), m)) {
    Value r = callMethod(b, m, {a});
    if (!isNotImplemented(r)) return r;
  }
  if (!eqOp) return Value::unbound();
  // View-like builtin instances (dict_keys) compare through their own __eq__,
  // on either side (3.0 == complex(3)); so do instances of a user subclass
  // inheriting a library class's native __eq__ (class Q(namedtuple(...))).
  auto libraryEq = [&m](const Value& self) {
    if (self.as<InstanceObj>()->cls->isBuiltin) return true;
    const ClassObj* owner = m.is(ObjKind::Builtin) ? m.as<BuiltinObj>()->ownerType : nullptr;
    return owner && owner->isBuiltin && owner != T().object;
  };
  for (const auto& [self, other] : {std::pair{a, b}, std::pair{b, a}}) {
    if (self.is(ObjKind::Instance) && lookupSpecial(self, cmpDunder(op), m) && libraryEq(self)) {
      Value r = callMethod(self, m, {other});
      if (!isNotImplemented(r)) return r;
    }
  }
  return Value::unbound();
}

// == between built-in values: element by element for lists, tuples and dicts.
bool VM::Impl::builtinEquals(const Value& a, const Value& b) {
  if (a.identical(b)) return !(a.isFloat() && std::isnan(a.asFloat()));
  auto itemsEqual = [this](const Value& x, const Value& y) { return vm.sameOrEquals(x, y); };
  if (sameSequenceKind(a, b)) {
    const auto& x = sequenceItems(a);
    const auto& y = sequenceItems(b);
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      Value xi = x[i], yi = y[i];  // kept alive: __eq__ may change the lists
      if (!itemsEqual(xi, yi)) return false;
    }
    return true;
  }
  if (a.is(ObjKind::Dict) && b.is(ObjKind::Dict)) {
    DictObj* x = a.as<DictObj>();
    DictObj* y = b.as<DictObj>();
    if (x->size() != y->size()) return false;
    for (auto& e : x->entries) {
      if (!e.live) continue;
      Value other;
      if (!y->get(e.key, other) || !itemsEqual(e.value, other)) return false;
    }
    return true;
  }
  return equalValues(a, b);
}

// <, <=, >, >= between built-in values; unbound when the types do not order.
Value VM::Impl::builtinOrder(int op, const Value& a, const Value& b) {
  if (a.is(ObjKind::Str) && b.is(ObjKind::Str)) {
    int c = a.as<StrObj>()->view().compare(b.as<StrObj>()->view());
    return Value::boolean(cmpResult(op, c < 0 ? -1 : c > 0 ? 1 : 0));
  }
  if (a.is(ObjKind::Bytes) && b.is(ObjKind::Bytes))
    return Value::boolean(cmpResult(op, bytesCompare(*a.as<BytesObj>(), *b.as<BytesObj>())));
  if (sameSequenceKind(a, b)) {
    // Copies: the items' __eq__ may change the sequences.
    const std::vector<Value> x = sequenceItems(a);
    const std::vector<Value> y = sequenceItems(b);
    size_t i = 0;
    for (; i < x.size() && i < y.size(); ++i) {
      if (x[i].identical(y[i])) continue;
      if (!compareBool(int(ast::CmpOpKind::Eq), x[i], y[i])) break;
    }
    if (i >= x.size() || i >= y.size()) {
      int c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
      return Value::boolean(cmpResult(op, c));
    }
    return compare(op, x[i], y[i]);
  }
  if (a.is(ObjKind::Set) && b.is(ObjKind::Set)) {
    SetObj* x = a.as<SetObj>();
    SetObj* y = b.as<SetObj>();
    switch (ast::CmpOpKind(op)) {
      case ast::CmpOpKind::LtE:
        return Value::boolean(isSubset(x, y));
      case ast::CmpOpKind::Lt:
        return Value::boolean(x->size() < y->size() && isSubset(x, y));
      case ast::CmpOpKind::GtE:
        return Value::boolean(isSubset(y, x));
      case ast::CmpOpKind::Gt:
        return Value::boolean(y->size() < x->size() && isSubset(y, x));
      default:
        break;
    }
  }
  return Value::unbound();
}

Value VM::Impl::compare(int op, const Value& a, const Value& b) {
  const bool eqOp = ast::CmpOpKind(op) == ast::CmpOpKind::Eq || ast::CmpOpKind(op) == ast::CmpOpKind::NotEq;
  const bool neg = ast::CmpOpKind(op) == ast::CmpOpKind::NotEq;
  if (isNumberValue(a) && isNumberValue(b)) return Value::boolean(cmpResult(op, cmpNumbers(a, b)));
  if (a.is(ObjKind::Instance) || b.is(ObjKind::Instance)) {
    Value r = userCompare(op, a, b);
    if (!r.isUnbound()) return r;
    if (!eqOp) cannotOrder(op, a, b);
    bool same = a.identical(b);  // object.__eq__: identity
    return Value::boolean(neg ? !same : same);
  }
  if (eqOp) {
    bool eq = builtinEquals(a, b);
    return Value::boolean(neg ? !eq : eq);
  }
  Value r = builtinOrder(op, a, b);
  if (r.isUnbound()) cannotOrder(op, a, b);
  return r;
}

bool VM::Impl::contains(const Value& c, const Value& item) {
  if (c.isObj()) {
    switch (c.asObj()->kind) {
      case ObjKind::List:
      case ObjKind::Tuple: {
        const std::vector<Value>& items = sequenceItems(c);
        for (size_t i = 0; i < items.size(); ++i) {
          Value v = items[i];
          if (vm.sameOrEquals(v, item)) return true;
        }
        return false;
      }
      case ObjKind::Bytes:
        return bytesContains(*c.as<BytesObj>(), item);
      case ObjKind::Str:
        if (!item.is(ObjKind::Str))
          raise(T().TypeError, "'in <string>' requires string as left operand, not " + typeName(item));
        return c.as<StrObj>()->view().find(item.as<StrObj>()->view()) != std::string_view::npos;
      case ObjKind::Dict: {
        Value out;
        return c.as<DictObj>()->get(item, out);
      }
      case ObjKind::Set:
        return c.as<SetObj>()->contains(item);
      case ObjKind::Range: {
        RangeObj* r = c.as<RangeObj>();
        if (!(item.isInt() || item.isBool())) {
          if (item.isFloat() && item.asFloat() == std::floor(item.asFloat()) && std::fabs(item.asFloat()) < 9e18)
            return contains(c, Value::integer(int64_t(item.asFloat())));
          break;
        }
        int64_t v = item.asInt();
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
        return (v - r->start) % r->step == 0;
      }
      case ObjKind::Instance: {
        Value m;
        if (lookupSpecial(c, "__contains__", m)) {
          // `__contains__ = None` declares the class no container (slot_sq_contains).
          if (m.isNone()) raise(T().TypeError, "'" + typeName(c) + "' object is not a container");
          return truthy(callMethod(c, m, {item}));
        }
        break;
      }
      default:
        break;
    }
  }
  auto notIterable = [&c] { return "argument of type '" + typeName(c) + "' is not iterable"; };
  if (!(c.is(ObjKind::Instance) || c.is(ObjKind::Generator) || c.is(ObjKind::NativeIter) || c.is(ObjKind::Range)))
    raise(T().TypeError, notIterable());
  Value it = iterOrTypeError(*this, c, notIterable);
  Value v;
  while (iterNext(it, v))
    if (vm.sameOrEquals(v, item)) return true;
  return false;
}

// ====================================================================== subscripts

// Each built-in sequence's subscript, as CPython gives each type its own
// mp_subscript / mp_ass_subscript (list_subscript, unicode_subscript,
// range_subscript, ...): an index, a slice, or a TypeError naming the type.
namespace {

Value sequenceSubscript(VM::Impl& vm, const Value& o, const Value& k) {
  const bool isList = o.is(ObjKind::List);
  const std::vector<Value>& items = sequenceItems(o);
  int64_t i;
  if (indexValue(vm, k, i))
    return items[size_t(
        checkedIndex(i, int64_t(items.size()), isList ? "list index out of range" : "tuple index out of range"))];
  if (k.is(ObjKind::Slice)) {
    SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(items.size()));
    std::vector<Value> out;
    out.reserve(size_t(sb.length));
    for (int64_t j = 0, p = sb.start; j < sb.length; ++j, p += sb.step) out.push_back(items[size_t(p)]);
    return isList ? newList(std::move(out)) : newTuple(std::move(out));
  }
  raise(T().TypeError,
        std::string(isList ? "list" : "tuple") + " indices must be integers or slices, not " + typeName(k));
}

Value strSubscript(VM::Impl& vm, const StrObj& s, const Value& k) {
  int64_t i;
  if (indexValue(vm, k, i)) {
    i = checkedIndex(i, int64_t(s.length), "string index out of range");
    if (s.isAscii()) return newStr(s.view().substr(size_t(i), 1));
    auto offs = codePointOffsets(s.view());
    return newStr(s.view().substr(offs[size_t(i)], offs[size_t(i) + 1] - offs[size_t(i)]));
  }
  if (k.is(ObjKind::Slice)) {
    SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(s.length));
    std::string out;
    if (s.isAscii()) {
      if (sb.step == 1) return newStr(s.view().substr(size_t(sb.start), size_t(sb.length)));
      for (int64_t j = 0, p = sb.start; j < sb.length; ++j, p += sb.step) out += s.utf8[size_t(p)];
    } else {
      auto offs = codePointOffsets(s.view());
      for (int64_t j = 0, p = sb.start; j < sb.length; ++j, p += sb.step)
        out += s.view().substr(offs[size_t(p)], offs[size_t(p) + 1] - offs[size_t(p)]);
    }
    return newStr(std::move(out));
  }
  raise(T().TypeError, "string indices must be integers, not '" + typeName(k) + "'");
}

Value bytesSubscript(VM::Impl& vm, const BytesObj& b, const Value& k) {
  int64_t i;
  if (indexValue(vm, k, i)) return bytesItem(b, i);
  if (k.is(ObjKind::Slice)) {
    SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(b.data.size()));
    return bytesSlice(b, sb.start, sb.step, sb.length);
  }
  raise(T().TypeError,
        std::string(b.isArray ? "bytearray" : "byte") + " indices must be integers or slices, not " + typeName(k));
}

Value rangeSubscript(VM::Impl& vm, const RangeObj& r, const Value& k) {
  int64_t i;
  int64_t n = r.length();
  // CPython indexes a range in big-int arithmetic: any int too big is out of range.
  if (k.is(ObjKind::BigInt)) raise(T().IndexError, "range object index out of range");
  if (indexValue(vm, k, i))
    return Value::integer(r.start + checkedIndex(i, n, "range object index out of range") * r.step);
  if (k.is(ObjKind::Slice)) {
    // As CPython's compute_slice: the items at the slice's clamped
    // start and stop, so range(4)[1::2] is range(1, 4, 2).
    SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), n);
    return Value::adopt(make<RangeObj>(r.start + sb.start * r.step, r.start + sb.stop * r.step, r.step * sb.step));
  }
  raise(T().TypeError, "range indices must be integers or slices, not " + typeName(k));
}

// The items of `v` for a slice assignment, as list_ass_slice's PySequence_Fast.
std::vector<Value> itemsToAssign(VM::Impl& vm, const Value& v) {
  if (v.is(ObjKind::List)) return v.as<ListObj>()->items;
  if (v.is(ObjKind::Tuple)) return v.as<TupleObj>()->items;
  Value it;
  try {
    it = vm.getIter(v);
  } catch (PyErr&) {
    raise(T().TypeError, "can only assign an iterable");
  }
  std::vector<Value> src;
  Value x;
  while (vm.iterNext(it, x)) src.push_back(x);
  return src;
}

void listAssignSubscript(VM::Impl& vm, ListObj& l, const Value& k, const Value& v) {
  int64_t i;
  if (indexValue(vm, k, i)) {
    l.items[size_t(checkedIndex(i, int64_t(l.items.size()), "list assignment index out of range"))] = v;
    return;
  }
  if (!k.is(ObjKind::Slice)) raise(T().TypeError, "list indices must be integers or slices, not " + typeName(k));
  std::vector<Value> src = itemsToAssign(vm, v);
  // The items replaced are released once the list holds its new ones
  // (a finaliser they run sees the list changed, never half-moved): last
  // to first for a plain slice (list_ass_slice), first to last for an
  // extended one (list_ass_subscript).
  SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(l.items.size()));
  if (sb.step == 1) {
    const auto from = l.items.begin() + sb.start, to = l.items.begin() + std::max(sb.start, sb.stop);
    std::vector<Value> replaced(std::make_move_iterator(from), std::make_move_iterator(to));
    l.items.erase(from, to);
    l.items.insert(l.items.begin() + sb.start, src.begin(), src.end());
    l.resized();
    releaseBackToFront(replaced);
    return;
  }
  if (int64_t(src.size()) != sb.length)
    raise(T().ValueError, "attempt to assign sequence of size " + std::to_string(src.size()) +
                              " to extended slice of size " + std::to_string(sb.length));
  std::vector<Value> replaced;
  for (int64_t j = 0, p = sb.start; j < sb.length; ++j, p += sb.step)
    replaced.push_back(std::exchange(l.items[size_t(p)], src[size_t(j)]));
  releaseFrontToBack(replaced);
}

// What is deleted is released once the list is whole again, as
// listAssignSubscript's slices are.
void listDeleteSubscript(VM::Impl& vm, ListObj& l, const Value& k) {
  int64_t i;
  if (indexValue(vm, k, i)) {
    const auto at = l.items.begin() + checkedIndex(i, int64_t(l.items.size()), "list assignment index out of range");
    Value removed = std::move(*at);
    l.items.erase(at);
    l.resized();
    return;
  }
  if (!k.is(ObjKind::Slice)) raise(T().TypeError, "list indices must be integers or slices, not " + typeName(k));
  SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(l.items.size()));
  std::vector<bool> drop(l.items.size(), false);
  for (int64_t j = 0, p = sb.start; j < sb.length; ++j, p += sb.step) drop[size_t(p)] = true;
  std::vector<Value> keep, removed;
  for (size_t j = 0; j < l.items.size(); ++j) (drop[j] ? removed : keep).push_back(std::move(l.items[j]));
  l.items = std::move(keep);
  l.resized();
  if (sb.step == 1)
    releaseBackToFront(removed);
  else
    releaseFrontToBack(removed);
}

void byteArrayAssignSubscript(VM::Impl& vm, BytesObj& b, const Value& k, const Value& v) {
  int64_t i;
  if (indexValue(vm, k, i)) return byteArraySetItem(b, i, v);
  if (k.is(ObjKind::Slice))
    raise(T().NotImplementedError, "Yieldscope does not support bytearray slice assignment yet");
  raise(T().TypeError, "bytearray indices must be integers or slices, not " + typeName(k));
}

void byteArrayDeleteSubscript(VM::Impl& vm, BytesObj& b, const Value& k) {
  int64_t i;
  if (indexValue(vm, k, i))
    return byteArrayDelete(b, checkedIndex(i, int64_t(b.data.size()), "bytearray index out of range"), 1, 1);
  if (!k.is(ObjKind::Slice)) raise(T().TypeError, "bytearray indices must be integers or slices, not " + typeName(k));
  SliceBounds sb = sliceBounds(vm, k.as<SliceObj>(), int64_t(b.data.size()));
  byteArrayDelete(b, sb.start, sb.step, sb.length);
}

}  // namespace

Value VM::Impl::getItem(const Value& o, const Value& k) {
  if (o.isObj()) {
    switch (o.asObj()->kind) {
      case ObjKind::List:
      case ObjKind::Tuple:
        return sequenceSubscript(*this, o, k);
      case ObjKind::Str:
        return strSubscript(*this, *o.as<StrObj>(), k);
      case ObjKind::Bytes:
        return bytesSubscript(*this, *o.as<BytesObj>(), k);
      case ObjKind::Range:
        return rangeSubscript(*this, *o.as<RangeObj>(), k);
      case ObjKind::Dict: {
        Value v;
        if (o.as<DictObj>()->get(k, v)) return v;
        raiseKeyError(k);
      }
      case ObjKind::Instance: {
        Value m;
        if (lookupSpecial(o, "__getitem__", m)) return callMethod(o, m, {k});
        break;
      }
      case ObjKind::Class: {
        Value m;
        if (o.as<ClassObj>()->lookup("__class_getitem__", m)) return callObject(m, &k, 1, nullptr, 0);
        raise(T().TypeError, "type '" + o.as<ClassObj>()->name + "' is not subscriptable");
      }
      default:
        break;
    }
  }
  raise(T().TypeError, "'" + typeName(o) + "' object is not subscriptable");
}

void VM::Impl::setItem(const Value& o, const Value& k, const Value& v) {
  if (o.is(ObjKind::List)) return listAssignSubscript(*this, *o.as<ListObj>(), k, v);
  if (o.is(ObjKind::Dict)) return o.as<DictObj>()->set(k, v);
  if (o.is(ObjKind::Bytes) && o.as<BytesObj>()->isArray)
    return byteArrayAssignSubscript(*this, *o.as<BytesObj>(), k, v);
  Value m;
  if (o.is(ObjKind::Instance) && lookupSpecial(o, "__setitem__", m)) {
    callMethod(o, m, {k, v});
    return;
  }
  raise(T().TypeError, "'" + typeName(o) + "' object does not support item assignment");
}

void VM::Impl::delItem(const Value& o, const Value& k) {
  if (o.is(ObjKind::List)) return listDeleteSubscript(*this, *o.as<ListObj>(), k);
  if (o.is(ObjKind::Dict)) {
    if (!o.as<DictObj>()->remove(k)) raiseKeyError(k);
    return;
  }
  if (o.is(ObjKind::Bytes) && o.as<BytesObj>()->isArray) return byteArrayDeleteSubscript(*this, *o.as<BytesObj>(), k);
  Value m;
  if (o.is(ObjKind::Instance) && lookupSpecial(o, "__delitem__", m)) {
    callMethod(o, m, {k});
    return;
  }
  raise(T().TypeError, "'" + typeName(o) + "' object doesn't support item deletion");
}

// ====================================================================== iteration

Value VM::Impl::getIter(const Value& o) {
  if (o.isObj()) {
    switch (o.asObj()->kind) {
      case ObjKind::List:
        return newIter<SeqIter>("list_iterator", o);
      case ObjKind::Tuple:
        return newIter<SeqIter>("tuple_iterator", o);
      case ObjKind::Str:
        return newIter<StrIter>(o);
      case ObjKind::Bytes:
        return bytesIter(o);
      case ObjKind::Range: {
        RangeObj* r = o.as<RangeObj>();
        return newIter<RangeIter>(r->start, r->step, r->length());
      }
      case ObjKind::Dict:
        return newDictKeyIterator(o);
      case ObjKind::Set:
        return newIter<SetIter>(o);
      case ObjKind::Generator:
      case ObjKind::NativeIter:
        return o;
      case ObjKind::Instance: {
        Value m;
        if (lookupSpecial(o, "__iter__", m)) {
          // `__iter__ = None` declares the class not iterable (slot_tp_iter),
          // even where __getitem__ would serve.
          if (m.isNone()) break;
          Value it = callMethod(o, m, {});
          Value n;
          if (!(it.is(ObjKind::Generator) || it.is(ObjKind::NativeIter) ||
                (it.is(ObjKind::Instance) && lookupSpecial(it, "__next__", n))))
            raise(T().TypeError, "iter() returned non-iterator of type '" + typeName(it) + "'");
          return it;
        }
        if (lookupSpecial(o, "__getitem__", m)) return newIter<GetItemIter>(o, m);
        break;
      }
      default:
        break;
    }
  }
  raise(T().TypeError, "'" + typeName(o) + "' object is not iterable");
}

bool VM::Impl::iterNext(const Value& it, Value& out) {
  if (!stopExc.isNone()) stopExc = Value();
  if (it.is(ObjKind::NativeIter)) {
    if (budgets.maxMemoryBytes && heap.liveBytes > budgets.maxMemoryBytes) throwErrorNoArgs(T().MemoryError);
    // A StopIteration escaping a native iterator (map/filter/... calling a
    // function that raised it, as `map(next, [it, it])` does) ends the
    // iteration, exactly as CPython's consumers treat tp_iternext raising it.
    // The try costs nothing unless something throws.
    try {
      NativeIterObj* native = it.as<NativeIterObj>();
      AskingNative asking(*this, native->typeName, 0, true);
      return native->next(vm, out);
    } catch (PyErr& e) {
      if (exceptionMatches(e.exc, Value::object(T().StopIteration))) {
        stopExc = e.exc;
        return false;
      }
      throw;
    }
  }
  if (it.is(ObjKind::Generator)) {
    bool yielded = false;
    Value v = resume(it.as<GeneratorObj>(), Value(), nullptr, yielded);
    if (!yielded) {
      // A generator's return value travels in a StopIteration (gen_iternext).
      if (!v.isNone()) stopExc = newException(T().StopIteration, {v});
      return false;
    }
    out = std::move(v);
    return true;
  }
  if (it.is(ObjKind::Instance)) return instanceNext(it, out, stopExc);
  raise(T().TypeError, "'" + typeName(it) + "' object is not an iterator");
}

bool VM::Impl::instanceNext(const Value& it, Value& out, Value& stop) {
  Value m;
  if (!lookupSpecial(it, "__next__", m)) raise(T().TypeError, "'" + typeName(it) + "' object is not an iterator");
  try {
    out = callMethod(it, m, {});
    return true;
  } catch (PyErr& e) {
    if (!exceptionMatches(e.exc, Value::object(T().StopIteration))) throw;
    stop = e.exc;
    return false;
  }
}

void VM::Impl::unpack(const Value& seq, int before, int after, bool hasStar, Value* out) {
  std::vector<Value> items;
  if (seq.is(ObjKind::List))
    items = seq.as<ListObj>()->items;
  else if (seq.is(ObjKind::Tuple))
    items = seq.as<TupleObj>()->items;
  else {
    Value it =
        iterOrTypeError(*this, seq, [&seq] { return "cannot unpack non-iterable " + typeName(seq) + " object"; });
    Value v;
    while (iterNext(it, v)) {
      items.push_back(v);
      if (!hasStar && int(items.size()) > before) break;
    }
  }
  int n = int(items.size());
  if (!hasStar) {
    if (n < before)
      raise(T().ValueError,
            "not enough values to unpack (expected " + std::to_string(before) + ", got " + std::to_string(n) + ")");
    if (n > before) {
      raise(T().ValueError, "too many values to unpack (expected " + std::to_string(before) + ")");
    }
    for (int i = 0; i < n; ++i) out[n - 1 - i] = items[size_t(i)];
    return;
  }
  if (n < before + after)
    raise(T().ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                              ", got " + std::to_string(n) + ")");
  // Stack order: the first target's value ends on top.
  int k = 0;
  for (int i = after - 1; i >= 0; --i) out[k++] = items[size_t(n - after + i)];
  std::vector<Value> mid(items.begin() + before, items.begin() + (n - after));
  out[k++] = newList(std::move(mid));
  for (int i = before - 1; i >= 0; --i) out[k++] = items[size_t(i)];
}

// ====================================================================== truth, repr, str

namespace {

// len() of a string or built-in container; false for every other kind.
bool builtinLength(const Object* o, int64_t& n) {
  switch (o->kind) {
    case ObjKind::Str:
      n = static_cast<const StrObj*>(o)->length;
      return true;
    case ObjKind::Bytes:
      n = int64_t(static_cast<const BytesObj*>(o)->data.size());
      return true;
    case ObjKind::List:
      n = int64_t(static_cast<const ListObj*>(o)->items.size());
      return true;
    case ObjKind::Tuple:
      n = int64_t(static_cast<const TupleObj*>(o)->items.size());
      return true;
    case ObjKind::Dict:
      n = int64_t(static_cast<const DictObj*>(o)->size());
      return true;
    case ObjKind::Set:
      n = int64_t(static_cast<const SetObj*>(o)->size());
      return true;
    case ObjKind::Range:
      n = static_cast<const RangeObj*>(o)->length();
      return true;
    default:
      return false;
  }
}

// An instance's __repr__ or __str__ (`method`), which must return a str;
// nothing when its class has no such method.
std::optional<std::string> stringFromMethod(VM::Impl& vm, const Value& v, const char* method) {
  Value m;
  if (!vm.lookupSpecial(v, method, m)) return std::nullopt;
  Value r = vm.callMethod(v, m, {});
  if (!r.is(ObjKind::Str))
    raise(T().TypeError, std::string(method) + " returned non-string (type " + typeName(r) + ")");
  return strOf(r);
}

}  // namespace

bool VM::Impl::truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Unbound:
      return false;
    case Tag::Bool:
    case Tag::Int:
      return v.asInt() != 0;
    case Tag::Float:
      return v.asFloat() != 0;
    case Tag::Obj:
      break;
  }
  const Object* o = v.asObj();
  int64_t n;
  if (builtinLength(o, n)) return n != 0;
  if (o->kind == ObjKind::BigInt) return !static_cast<const BigIntObj*>(o)->value.isZero();
  if (o->kind == ObjKind::Instance) {
    Value m;
    if (lookupSpecial(v, "__bool__", m)) {
      Value r = callMethod(v, m, {});
      if (!r.isBool()) raise(T().TypeError, "__bool__ should return bool, returned " + typeName(r));
      return r.asBool();
    }
    if (lookupSpecial(v, "__len__", m)) return length(v) != 0;
  }
  return true;
}

int64_t VM::Impl::length(const Value& v) {
  int64_t n;
  if (v.isObj() && builtinLength(v.asObj(), n)) return n;
  Value m;
  if (v.is(ObjKind::Instance) && lookupSpecial(v, "__len__", m)) {
    Value r = callMethod(v, m, {});
    if (!(r.isInt() || r.isBool())) {
      if (r.is(ObjKind::BigInt)) raise(T().OverflowError, "cannot fit 'int' into an index-sized integer");
      raise(T().TypeError, "'" + typeName(r) + "' object cannot be interpreted as an integer");
    }
    if (r.asInt() < 0) raise(T().ValueError, "__len__() should return >= 0");
    return r.asInt();
  }
  raise(T().TypeError, "object of type '" + typeName(v) + "' has no len()");
}

namespace {

// str()/repr() of a big int as CPython 3.11 writes it: ValueError past
// sys.get_int_max_str_digits() (4300) decimal digits, as print(factorial(2000)).
std::string bigIntText(const Value& v) {
  try {
    return intToDecimal(v.as<BigIntObj>()->value);
  } catch (const FormatError& fe) {
    throwFormatError(fe);
  }
}

}  // namespace

// The type's repr slot itself, without PyObject_Repr's recursion unit.
std::string VM::Impl::reprSlot(const Value& v) {
  if (v.is(ObjKind::BigInt)) return bigIntText(v);
  if (v.is(ObjKind::Instance))
    if (std::optional<std::string> s = stringFromMethod(*this, v, "__repr__")) return *s;
  return reprBuiltin(v, [this](const Value& x) { return repr(x); });
}

std::string VM::Impl::repr(const Value& v) {
  RecursionUnit unit(vm, " while getting the repr of an object");
  return reprSlot(v);
}

std::string VM::Impl::str(const Value& v) {
  if (v.is(ObjKind::Str)) return strOf(v);
  if (v.is(ObjKind::BigInt)) return bigIntText(v);
  RecursionUnit unit(vm, " while getting the str of an object");
  // Without a __str__, object_str calls the repr slot directly: no second unit.
  if (v.is(ObjKind::Instance)) {
    if (std::optional<std::string> s = stringFromMethod(*this, v, "__str__")) return *s;
    return reprSlot(v);
  }
  // Every other object's str is its repr, which reaches the __repr__ of what
  // it shows: a container's items, count(Point(1, 2)), slice(Point(1, 2)),
  // a bound method's self.
  if (v.isObj()) return reprSlot(v);
  return strBuiltin(v);
}

Value VM::Impl::formatValue(const Value& v, int conversion, const Value* spec) {
  Value x = v;
  if (conversion == 's')
    x = newStr(str(v));
  else if (conversion == 'r')
    x = newStr(repr(v));
  else if (conversion == 'a')
    x = newStr(asciiEscaped(repr(v)));  // !a is ascii(): the repr with non-ASCII escaped
  std::string_view sp = spec ? spec->as<StrObj>()->view() : std::string_view();
  // A str with no spec is its own result (CPython hands back the same object);
  // everything else goes through format(), which asks the class's __format__
  // even when the spec is empty.
  if (sp.empty() && x.is(ObjKind::Str)) return x;
  return newStr(ys::formatValue(vm, x, sp));
}

bool VM::Impl::exceptionMatches(const Value& exc, const Value& type) {
  if (type.is(ObjKind::Tuple)) {
    for (auto& t : type.as<TupleObj>()->items)
      if (exceptionMatches(exc, t)) return true;
    return false;
  }
  if (!type.is(ObjKind::Class) || !type.as<ClassObj>()->isException)
    raise(T().TypeError, "catching classes that do not inherit from BaseException is not allowed");
  if (!exc.is(ObjKind::Instance)) return false;
  return exc.as<InstanceObj>()->cls->isSubclassOf(type.as<ClassObj>());
}

Value VM::Impl::makeException(const Value& x) {
  if (x.is(ObjKind::Class)) {
    ClassObj* c = x.as<ClassObj>();
    if (!c->isException) raise(T().TypeError, "exceptions must derive from BaseException");
    Value inst = callObject(x, nullptr, 0, nullptr, 0);
    if (!inst.is(ObjKind::Instance) || !inst.as<InstanceObj>()->cls->isException)
      raise(T().TypeError, "calling " + repr(x) + " should have returned an instance of BaseException, not " +
                               repr(Value::object(typeOf(inst))));
    return inst;
  }
  if (x.is(ObjKind::Instance) && x.as<InstanceObj>()->cls->isException) return x;
  raise(T().TypeError, "exceptions must derive from BaseException");
}

}  // namespace ys

namespace ys {

// ====================================================================== match

// CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, deque and their
// subclasses; never str (nor bytes), though they can be indexed.
bool VM::Impl::matchSequence(const Value& v) {
  if (v.is(ObjKind::List) || v.is(ObjKind::Tuple) || v.is(ObjKind::Range)) return true;
  if (!v.is(ObjKind::Instance)) return false;
  ClassObj* c = typeOf(v);
  return c->isSubclassOf(T().list) || c->isSubclassOf(T().tuple) || isCollectionsSequence(v);
}

// Py_TPFLAGS_MAPPING: dict and its subclasses (OrderedDict, defaultdict, Counter).
bool VM::Impl::matchMapping(const Value& v) {
  if (v.is(ObjKind::Dict)) return true;
  if (!v.is(ObjKind::Instance)) return false;
  return typeOf(v)->isSubclassOf(T().dict) || isCollectionsMapping(v);
}

Value VM::Impl::matchKeys(const Value& subject, const Value& keysV) {
  const auto& keys = keysV.as<TupleObj>()->items;
  if (keys.empty()) return newTuple({});
  for (size_t i = 0; i < keys.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (compareBool(int(ast::CmpOpKind::Eq), keys[i], keys[j]))
        raise(T().ValueError, "mapping pattern checks duplicate key (" + repr(keys[i]) + ")");
  std::vector<Value> values;
  if (subject.is(ObjKind::Dict)) {
    DictObj* d = subject.as<DictObj>();
    for (const Value& k : keys) {
      Value* found = d->find(k);
      if (!found) return Value();
      values.push_back(*found);
    }
    return newTuple(std::move(values));
  }
  // Anything else through its get(), which does not call __missing__.
  Value get = getAttr(subject, internStr("get"));
  Value dummy = newList();
  for (const Value& k : keys) {
    Value args[2] = {k, dummy};
    Value v = callObject(get, args, 2, nullptr, 0);
    if (v.identical(dummy)) return Value();
    values.push_back(std::move(v));
  }
  return newTuple(std::move(values));
}

Value VM::Impl::dictWithoutKeys(const Value& subject, const Value& keys) {
  Value rest = newDict();
  DictObj* d = rest.as<DictObj>();
  if (subject.is(ObjKind::Dict)) {
    for (auto& e : subject.as<DictObj>()->entries)
      if (e.live) d->set(e.key, e.value);
  } else {
    Value copy = callObject(Value::object(T().dict), &subject, 1, nullptr, 0);
    for (auto& e : copy.as<DictObj>()->entries)
      if (e.live) d->set(e.key, e.value);
  }
  for (const Value& k : keys.as<TupleObj>()->items) delItem(rest, k);
  return rest;
}

namespace {

// Types whose instances match their own first positional sub-pattern
// (CPython's _Py_TPFLAGS_MATCH_SELF): `case int(x)` binds the int itself.
bool matchesSelf(ClassObj* c) {
  for (ClassObj* t : {T().bool_, T().int_, T().float_, T().str, T().list, T().tuple, T().dict, T().set, T().frozenset})
    if (c->isSubclassOf(t)) return true;
  return false;
}

}  // namespace

Value VM::Impl::matchClass(const Value& subject, const Value& clsV, const Value& namesV, int nargs) {
  if (!clsV.is(ObjKind::Class)) raise(T().TypeError, "called match pattern must be a type");
  if (!isInstance(vm, subject, clsV)) return Value();
  ClassObj* cls = clsV.as<ClassObj>();
  std::vector<Value> attrs;
  std::vector<Value> seen;
  auto attr = [&](const Value& name, Value& out) {
    for (const Value& s : seen)
      if (strView(s) == strView(name))
        raise(T().TypeError, cls->name + "() got multiple sub-patterns for attribute " + repr(name));
    seen.push_back(name);
    return lookupAttr(subject, name, out);
  };
  if (nargs > 0) {
    Value matchArgs;
    bool self = false;
    int64_t allowed;
    if (cls->lookup("__match_args__", matchArgs)) {
      if (!matchArgs.is(ObjKind::Tuple))
        raise(T().TypeError, cls->name + ".__match_args__ must be a tuple (got " + typeName(matchArgs) + ")");
      allowed = int64_t(matchArgs.as<TupleObj>()->items.size());
    } else {
      self = matchesSelf(cls);
      allowed = self ? 1 : 0;
    }
    if (allowed < nargs)
      raise(T().TypeError, cls->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                               (allowed == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    if (self) {
      attrs.push_back(subject);
    } else {
      for (int i = 0; i < nargs; ++i) {
        Value name = matchArgs.as<TupleObj>()->items[size_t(i)];
        if (!name.is(ObjKind::Str))
          raise(T().TypeError, "__match_args__ elements must be strings (got " + typeName(name) + ")");
        Value v;
        if (!attr(name, v)) return Value();
        attrs.push_back(std::move(v));
      }
    }
  }
  for (const Value& name : namesV.as<TupleObj>()->items) {
    Value v;
    if (!attr(name, v)) return Value();
    attrs.push_back(std::move(v));
  }
  return newTuple(std::move(attrs));
}

}  // namespace ys
