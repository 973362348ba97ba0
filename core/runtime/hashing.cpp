// hashing.cpp — hash() and == of the built-in values, bit for bit as CPython
// 3.11 where an order depends on them (int, float, tuple, frozenset and range
// hashes decide where keys sit in a set's table), with the recursion limits
// CPython's nested hashes and comparisons meet.
#include <cmath>

#include "core/runtime/depth_guard.h"
#include "core/runtime/object.h"
#include "core/runtime/object_internal.h"

namespace ys {

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;

uint64_t fixMinusOne(int64_t h) {
  return static_cast<uint64_t>(h == -1 ? -2 : h);
}

uint64_t hashInt(int64_t v) {
  const uint64_t mag = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  const auto r = static_cast<int64_t>(mag % kHashModulus);
  return fixMinusOne(v < 0 ? -r : r);
}

// _Py_HashDouble: the hash of the rational value, so hash(1.0) == hash(1).
uint64_t hashDouble(double v) {
  if (std::isinf(v)) return static_cast<uint64_t>(v > 0 ? kHashInf : -kHashInf);
  if (std::isnan(v)) return 0;  // CPython hashes NaN by identity; inline floats have none
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    const auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  return fixMinusOne(static_cast<int64_t>(x));
}

constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;

// CPython 3.11's tuplehash (xxHash-derived), over already computed lanes.
uint64_t hashTupleLanes(const uint64_t* lanes, size_t n) {
  uint64_t acc = kXXPrime5;
  for (size_t i = 0; i < n; ++i) {
    acc += lanes[i] * kXXPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kXXPrime1;
  }
  acc += n ^ (kXXPrime5 ^ 3527539ULL);
  if (acc == ~0ULL) return 1546275796;
  return acc;
}

uint64_t hashTuple(const TupleObj& t) {
  std::vector<uint64_t> lanes;
  lanes.reserve(t.items.size());
  for (const Value& v : t.items) lanes.push_back(hashValue(v));
  return hashTupleLanes(lanes.data(), lanes.size());
}

uint64_t shuffleBits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// frozenset_hash: order-independent, from the table's stored hashes.
uint64_t hashFrozenSet(const SetObj& s) {
  uint64_t hash = 0;
  for (const SetObj::Slot& slot : s.slots)
    if (slot.state == SetObj::SlotState::Active) hash ^= shuffleBits(slot.hash);
  hash ^= (static_cast<uint64_t>(s.used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == ~0ULL) hash = 590923713ULL;
  return hash;
}

// range_hash: hash((len, start, step)) with None where irrelevant.
uint64_t hashRange(const RangeObj& r) {
  const int64_t n = r.length();
  uint64_t lanes[3] = {hashInt(n), hashValue(Value()), hashValue(Value())};
  if (n > 0) lanes[1] = hashInt(r.start);
  if (n > 1) lanes[2] = hashInt(r.step);
  return hashTupleLanes(lanes, 3);
}

// Identity hash, as _Py_HashPointer (the address rotated by 4 bits), but of
// the object's fake address, which comes from its creation number in the
// run: a set of user objects iterates in the same order in every run and in
// every replay of it, on any thread, whatever was allocated around it.
// None, Ellipsis and NotImplemented hash by their address in CPython 3.11,
// which differs from run to run only above its low 12 bits (they are static
// objects of the python3 binary, placed at a fixed offset in a page): so
// their slot in any set of up to 4096 slots, and with it the set's order,
// is the same every run. These are values python3 gave, low bits and all.
constexpr uint64_t kNoneHash = 0x7f9ea345bbeULL, kEllipsisHash = 0x7f9ea345de6ULL,
                   kNotImplementedHash = 0x7f9ea345ba3ULL;

uint64_t hashIdentity(const Object* o) {
  uint64_t y = fakeAddress(o);
  y = (y >> 4) | (y << 60);
  return fixMinusOne(static_cast<int64_t>(y));
}

// Nested containers recurse in C++; past these depths Python code gets a
// RecursionError instead of the engine overflowing its stack. Comparison uses
// CPython's default recursion limit; hashing has no check in CPython, so its
// limit only guards the C++ stack.
constexpr int kMaxCompareDepth = 1000;
constexpr int kMaxHashDepth = 10000;

thread_local int t_hashDepth = 0;
thread_local int t_compareDepth = 0;

[[noreturn]] void throwUnhashable(const Value& v) {
  throwError(T().TypeError, "unhashable type: '" + typeName(v) + "'");
}

}  // namespace

uint64_t hashValue(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      return kNoneHash;
    case Tag::Bool:
      return v.asBool() ? 1 : 0;
    case Tag::Int:
      return hashInt(v.asInt());
    case Tag::Float:
      return hashDouble(v.asFloat());
    case Tag::Unbound:
      return 0;
    case Tag::Obj:
      break;
  }
  Object* o = v.asObj();
  switch (o->kind) {
    case ObjKind::Str: {
      auto* s = static_cast<StrObj*>(o);
      if (s->hash == 0) s->hash = hashBytes(s->utf8);
      return s->hash;
    }
    case ObjKind::BigInt:
      return static_cast<BigIntObj*>(o)->value.hash();
    case ObjKind::Bytes: {
      auto* b = static_cast<BytesObj*>(o);
      if (b->isArray) throwUnhashable(v);
      if (b->hash == 0) b->hash = hashBytes(b->data);
      return b->hash;
    }
    case ObjKind::Tuple: {
      DepthGuard guard(t_hashDepth, kMaxHashDepth, "maximum recursion depth exceeded while calculating hash");
      return hashTuple(*static_cast<TupleObj*>(o));
    }
    case ObjKind::Range:
      return hashRange(*static_cast<RangeObj*>(o));
    case ObjKind::Set:
      if (!static_cast<SetObj*>(o)->frozen) throwUnhashable(v);
      return hashFrozenSet(*static_cast<SetObj*>(o));
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::Slice:
      throwUnhashable(v);
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(o);
      return fixMinusOne(static_cast<int64_t>(hashValue(m->self) ^ hashValue(m->func)));
    }
    case ObjKind::Instance: {
      if (const char* singleton = builtinSingletonName(*static_cast<InstanceObj*>(o)->cls))
        return singleton[0] == 'E' ? kEllipsisHash : kNotImplementedHash;
      uint64_t h = 0;
      if (instanceHooks().hash && instanceHooks().hash(v, h)) return h;
      return hashIdentity(o);
    }
    default:
      return hashIdentity(o);
  }
}

// ================================================================ equality

namespace {

bool isNumber(const Value& v) {
  return v.isInt() || v.isBool() || v.isFloat() || v.is(ObjKind::BigInt);
}

bool intEqualsDouble(int64_t i, double d) {
  if (!std::isfinite(d) || d != std::floor(d)) return false;
  if (d >= 9223372036854775808.0 || d < -9223372036854775808.0) return false;
  return static_cast<int64_t>(d) == i;
}

bool bigEqualsDouble(const BigInt& b, double d) {
  if (!std::isfinite(d) || d != std::floor(d)) return false;
  return BigInt::fromDouble(d) == b;
}

bool numbersEqual(const Value& a, const Value& b) {
  if (a.isFloat() && b.isFloat()) return a.asFloat() == b.asFloat();
  if (b.isFloat()) return numbersEqual(b, a);
  if (a.isFloat()) {
    if (b.is(ObjKind::BigInt)) return bigEqualsDouble(b.as<BigIntObj>()->value, a.asFloat());
    return intEqualsDouble(b.asInt(), a.asFloat());
  }
  const bool aBig = a.is(ObjKind::BigInt), bBig = b.is(ObjKind::BigInt);
  if (aBig && bBig) return a.as<BigIntObj>()->value == b.as<BigIntObj>()->value;
  if (aBig || bBig) return false;  // BigInts never fit int64 (they are demoted)
  return a.asInt() == b.asInt();
}

// CPython compares container items with `x is y or x == y`.
// Items are copied before comparing and sizes re-read each step: a user
// __eq__ may shrink either list meanwhile (list_richcompare does the same).
bool itemsEqual(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const Value x = a[i], y = b[i];
    if (!x.identical(y) && !equalValues(x, y)) return false;
  }
  return a.size() == b.size();
}

bool setsEqual(const SetObj& a, const SetObj& b) {
  if (a.used != b.used) return false;
  for (const Value& key : a.items())
    if (!b.contains(key)) return false;
  return true;
}

bool rangesEqual(const RangeObj& a, const RangeObj& b) {
  const int64_t n = a.length();
  if (n != b.length()) return false;
  if (n == 0) return true;
  if (a.start != b.start) return false;
  return n == 1 || a.step == b.step;
}

}  // namespace

InstanceHooks& instanceHooks() {
  thread_local InstanceHooks hooks;
  return hooks;
}

bool equalValues(const Value& a, const Value& b) {
  if (a.identical(b)) return !(a.isFloat() && std::isnan(a.asFloat()));
  if ((a.is(ObjKind::Instance) || b.is(ObjKind::Instance)) && instanceHooks().equal) {
    bool out = false;
    if (instanceHooks().equal(a, b, out)) return out;
  }
  if (isNumber(a) || isNumber(b)) return isNumber(a) && isNumber(b) && numbersEqual(a, b);
  if (!a.isObj() || !b.isObj()) return false;
  Object* x = a.asObj();
  Object* y = b.asObj();
  if (x->kind != y->kind) return false;
  DepthGuard guard(t_compareDepth, kMaxCompareDepth, "maximum recursion depth exceeded in comparison");
  switch (x->kind) {
    case ObjKind::Str:
      return static_cast<StrObj*>(x)->utf8 == static_cast<StrObj*>(y)->utf8;
    case ObjKind::Bytes:
      return static_cast<BytesObj*>(x)->data == static_cast<BytesObj*>(y)->data;
    case ObjKind::Tuple:
      return itemsEqual(static_cast<TupleObj*>(x)->items, static_cast<TupleObj*>(y)->items);
    case ObjKind::List:
      return itemsEqual(static_cast<ListObj*>(x)->items, static_cast<ListObj*>(y)->items);
    case ObjKind::Dict:
      return dictsEqual(*static_cast<DictObj*>(x), *static_cast<DictObj*>(y));
    case ObjKind::Set:
      return setsEqual(*static_cast<SetObj*>(x), *static_cast<SetObj*>(y));
    case ObjKind::Range:
      return rangesEqual(*static_cast<RangeObj*>(x), *static_cast<RangeObj*>(y));
    case ObjKind::Slice: {
      auto* s = static_cast<SliceObj*>(x);
      auto* t = static_cast<SliceObj*>(y);
      return itemsEqual({s->start, s->stop, s->step}, {t->start, t->stop, t->step});
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethodObj*>(x);
      auto* n = static_cast<BoundMethodObj*>(y);
      return m->self.identical(n->self) && equalValues(m->func, n->func);
    }
    default:
      return false;
  }
}

}  // namespace ys
