// mod_collections.cpp — the collections module: deque, defaultdict, Counter,
// OrderedDict, namedtuple (and collections.abc, in builtins.cpp).
//
// Each is an InstanceObj of a built-in class whose state lives in the
// instance's `args`: a deque keeps (items list, maxlen); the dict-like types
// keep (inner dict, default_factory) and hand most methods to the inner
// dict's own natives; a namedtuple instance keeps its values tuple and its
// class carries one property per field. The VM reaches them through the
// usual dunder lookups (__getitem__, __iter__, __len__, __repr__ ...).
#include <algorithm>
#include <mutex>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"
#include "core/runtime/memory.h"

namespace ys {

namespace {

ClassObj* g_deque = nullptr;
ClassObj* g_defaultdict = nullptr;
ClassObj* g_counter = nullptr;
ClassObj* g_ordered = nullptr;
ClassObj* g_namedtupleBase = nullptr;
ClassObj* g_dictLikeBase = nullptr;  // see installDictLikes

Value callNative(Interpreter& vm, ClassObj* type, std::string_view name, std::vector<Value> args,
                 std::span<const KwArg> kw = {}) {
  Value fn;
  if (!type->dict->getStr(name, fn) || !fn.is(ObjKind::Builtin)) raiseType("missing native method");
  BuiltinObj* b = fn.as<BuiltinObj>();
  return b->fn(vm, Args{args, kw}, b->data);
}

bool instanceOf(const Value& v, ClassObj* c) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls->isSubclassOf(c);
}

// ================================================================ deque

// The items live in a list; `left` mirrors CPython's deque->leftindex (the
// slot of the first item in its 64-slot block), tracked through every
// operation the way dequeobject.c moves it, because sys.getsizeof counts
// blocks: (leftindex + len + 63) / 64.
struct DequeState {
  ListObj* items;
  int64_t maxlen;  // -1 = unbounded
  Value* left;     // CPython's leftindex, 0..63
};

constexpr int64_t kBlock = 64, kCenterLeft = 32;  // CENTER + 1

DequeState dequeOf(const Value& self) {
  if (!instanceOf(self, g_deque)) raiseType("descriptor requires a 'collections.deque' object");
  auto& t = nativeState(self).as<TupleObj>()->items;
  return {t[0].as<ListObj>(), t[1].isNone() ? -1 : t[1].asInt(), &t[2]};
}

int64_t leftOf(const DequeState& d) {
  return d.left->asInt();
}
void setLeft(DequeState& d, int64_t li) {
  *d.left = Value::integer(((li % kBlock) + kBlock) % kBlock);
}
int64_t sizeOf(const DequeState& d) {
  return int64_t(d.items->items.size());
}

// Index bookkeeping of the four primitive moves (items already moved).
void afterPopLeft(DequeState& d) {
  int64_t li = leftOf(d) + 1;
  if (li == kBlock) li = sizeOf(d) > 0 ? 0 : kCenterLeft;
  setLeft(d, li);
}
void afterAppendLeft(DequeState& d) {
  setLeft(d, leftOf(d) - 1);
}
void afterPopRight(DequeState& d, int64_t sizeBefore) {
  int64_t rightBefore = (leftOf(d) + sizeBefore - 1) % kBlock;
  if (rightBefore == 0 && sizeOf(d) == 0) setLeft(d, kCenterLeft);
}
// _deque_rotate moves leftindex by -n (mod the block size).
void afterRotate(DequeState& d, int64_t n) {
  setLeft(d, leftOf(d) - n);
}

void popLeftRaw(DequeState& d) {
  d.items->items.erase(d.items->items.begin());
  d.items->resized();
  afterPopLeft(d);
}
void popRightRaw(DequeState& d) {
  int64_t before = sizeOf(d);
  d.items->items.pop_back();
  d.items->resized();
  afterPopRight(d, before);
}

void dequeAppend(DequeState& d, const Value& v) {
  if (d.maxlen == 0) return;
  d.items->append(v);
  if (d.maxlen >= 0 && sizeOf(d) > d.maxlen) popLeftRaw(d);
}
void dequeAppendLeft(DequeState& d, const Value& v) {
  if (d.maxlen == 0) return;
  d.items->items.insert(d.items->items.begin(), v);
  d.items->resized();
  afterAppendLeft(d);
  if (d.maxlen >= 0 && sizeOf(d) > d.maxlen) popRightRaw(d);
}

// deque_extend's space-saving heuristic: an empty deque is filled from the
// left end of its block (extendleft: from the right end).
void dequeExtend(DequeState& d, const std::vector<Value>& items, bool left) {
  if (d.maxlen == 0) return;
  if (sizeOf(d) == 0) setLeft(d, left ? kBlock - 1 : 1);
  for (auto& v : items) left ? dequeAppendLeft(d, v) : dequeAppend(d, v);
}

Value newDeque(ClassObj* cls, const std::vector<Value>* items, int64_t maxlen) {
  InstanceObj* inst = make<InstanceObj>(cls);
  Value list = newList();
  inst->args = newTuple({list, maxlen < 0 ? Value() : Value::integer(maxlen), Value::integer(kCenterLeft)});
  Value self = Value::adopt(inst);
  DequeState d = dequeOf(self);
  if (items) dequeExtend(d, *items, false);
  return self;
}

// deque_init: `a` holds the arguments after self. Sets maxlen, empties a
// deque that holds items (deque.__init__ called again), then extends it.
void dequeInitFrom(Interpreter& vm, const Value& self, Args a) {
  clinicParams(a, "deque", {"iterable", "maxlen"});
  const Value* it = argOrKwarg(a, 0, "iterable");
  const Value* ml = argOrKwarg(a, 1, "maxlen");
  int64_t maxlen = -1;
  if (ml && !ml->isNone()) {
    if (!isIntValue(*ml)) raiseType("an integer is required");
    maxlen = indexOf(*ml);
    if (maxlen < 0) raiseValue("maxlen must be non-negative");
  }
  nativeState(self).as<TupleObj>()->items[1] = maxlen < 0 ? Value() : Value::integer(maxlen);
  DequeState d = dequeOf(self);
  if (!d.items->items.empty()) {
    std::vector<Value> old = std::move(d.items->items);
    d.items->items.clear();
    d.items->resized();
    setLeft(d, kCenterLeft);
  }
  if (!it || it->isNone()) return;
  std::vector<Value> items = collect(vm, *it);
  dequeExtend(d, items, false);
}

// deque(...) builds and fills the deque; for a user subclass it is
// deque_new alone (an empty deque), the class's __init__ filling it next.
Value dequeConstruct(Interpreter& vm, Args a, const Value& cls) {
  ClassObj* c = cls.is(ObjKind::Class) ? cls.as<ClassObj>() : g_deque;
  Value self = newDeque(c, nullptr, -1);
  if (c->isBuiltin) dequeInitFrom(vm, self, a);
  return self;
}

Value dq_init(Interpreter& vm, Args a, const Value&) {
  Value self = selfArg(a);
  dequeOf(self);
  dequeInitFrom(vm, self, Args{a.pos.subspan(1), a.kw});
  return {};
}

Value dq_append(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "append", 1, 1);
  dequeAppend(d, a[1]);
  return {};
}
Value dq_appendleft(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "appendleft", 1, 1);
  dequeAppendLeft(d, a[1]);
  return {};
}
// deque.pop() and deque.popleft().
template <bool Left>
Value dqPop(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, Left ? "popleft" : "pop", 0, 0);
  if (d.items->items.empty()) throwError(T().IndexError, "pop from an empty deque");
  Value v = Left ? d.items->items.front() : d.items->items.back();
  if (Left)
    popLeftRaw(d);
  else
    popRightRaw(d);
  return v;
}
Value dq_extend(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "extend", 1, 1);
  dequeExtend(d, collect(vm, a[1]), false);
  return {};
}
Value dq_extendleft(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "extendleft", 1, 1);
  dequeExtend(d, collect(vm, a[1]), true);
  return {};
}
Value dq_clear(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "clear", 0, 0);
  std::vector<Value> old = std::move(d.items->items);
  d.items->items.clear();
  d.items->resized();
  setLeft(d, kCenterLeft);
  return {};
}
Value dq_rotate(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "deque.rotate", 0, 1);
  int64_t n = a.size() == 2 ? indexOf(a[1]) : 1;
  auto& v = d.items->items;
  if (v.empty()) return {};
  int64_t len = int64_t(v.size());
  if (len <= 1) return {};
  int64_t half = len >> 1;
  if (n > half || n < -half) {  // as _deque_rotate picks the shorter way round
    n %= len;
    if (n > half)
      n -= len;
    else if (n < -half)
      n += len;
  }
  int64_t k = ((n % len) + len) % len;
  std::rotate(v.begin(), v.begin() + (len - k), v.end());
  afterRotate(d, n);
  return {};
}
Value dq_reverse(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "reverse", 0, 0);
  std::reverse(d.items->items.begin(), d.items->items.end());
  return {};
}
Value dq_count(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "count", 1, 1);
  int64_t n = 0;
  for (auto v : std::vector<Value>(d.items->items))
    if (vm.sameOrEquals(v, a[1])) ++n;
  return Value::integer(n);
}
// A start or stop of deque.index, as _PyEval_SliceIndexNotNone: an int or
// __index__ object (a huge one clamped), else TypeError.
int64_t dequeSliceIndex(const Value& v) {
  if (!hasIndex(v)) raiseType("slice indices must be integers or have an __index__ method");
  Value i = asIndex(v);
  if (i.is(ObjKind::BigInt)) return bigOf(i).isNegative() ? INT64_MIN / 2 : INT64_MAX / 2;
  return i.asInt();
}

// deque.index(x[, start[, stop]]): negative bounds count from the end, then
// both are clipped to the deque, as deque_index.
Value dq_index(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  noKwargs(a, "index");
  methodTakesCount(a, "index", 1, 3);
  const int64_t n = int64_t(d.items->items.size());
  int64_t start = a.size() > 2 ? dequeSliceIndex(a[2]) : 0;
  int64_t stop = a.size() > 3 ? dequeSliceIndex(a[3]) : n;
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
  stop = std::min(stop, n);
  start = std::min(start, stop);
  auto items = d.items->items;
  for (int64_t i = start; i < stop && i < int64_t(items.size()); ++i)
    if (vm.sameOrEquals(items[size_t(i)], a[1])) return Value::integer(i);
  raiseValue(vm.repr(a[1]) + " is not in deque");
}
Value dq_remove(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "remove", 1, 1);
  auto items = d.items->items;
  for (size_t i = 0; i < items.size(); ++i)
    if (vm.sameOrEquals(items[i], a[1])) {
      // deque_del_item: rotate(-i), popleft, rotate(i)
      afterRotate(d, -int64_t(i));
      d.items->items.erase(d.items->items.begin() + int64_t(i));
      d.items->resized();
      afterPopLeft(d);
      afterRotate(d, int64_t(i));
      return {};
    }
  raiseValue(vm.repr(a[1]) + " is not in deque");
}
Value dq_insert(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodTakesCount(a, "insert", 2, 2);
  if (d.maxlen >= 0 && int64_t(d.items->items.size()) >= d.maxlen)
    throwError(T().IndexError, "deque already at its maximum size");
  int64_t n = int64_t(d.items->items.size()), index = indexOf(a[1]);
  if (index >= n) {
    dequeAppend(d, a[2]);
    return {};
  }
  if (index <= -n || index == 0) {
    dequeAppendLeft(d, a[2]);
    return {};
  }
  int64_t i = index < 0 ? index + n : index;
  d.items->items.insert(d.items->items.begin() + i, a[2]);
  d.items->resized();
  afterRotate(d, -index);
  if (index > 0) afterAppendLeft(d);
  afterRotate(d, index);
  return {};
}
Value dequeCopy(const Value& self);
Value dq_copy(Interpreter&, Args a, const Value&) {
  dequeOf(selfArg(a));  // refuses a self that is not a deque
  methodCount(a, "copy", 0, 0);
  return dequeCopy(a[0]);
}
Value dq_dunder_copy(Interpreter&, Args a, const Value&) {
  dequeOf(selfArg(a));
  methodCount(a, "__copy__", 0, 0);
  return dequeCopy(a[0]);
}
Value dq_len(Interpreter&, Args a, const Value&) {
  dequeOf(selfArg(a));
  slotArgs(a, "__len__", 0);
  return Value::integer(int64_t(dequeOf(selfArg(a)).items->items.size()));
}
Value dq_maxlen(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  return d.maxlen < 0 ? Value() : Value::integer(d.maxlen);
}

struct DequeIter : NativeIterObj {
  DequeIter(Value dq, bool rev)
      : NativeIterObj(rev ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator"),
        deque(std::move(dq)),
        reversed(rev) {
    startLen = dequeOf(deque).items->items.size();
  }
  Value deque;
  bool reversed;
  size_t startLen, pos = 0;
  bool next(Interpreter&, Value& out) override {
    auto& items = dequeOf(deque).items->items;
    if (items.size() != startLen) throwError(T().RuntimeError, "deque mutated during iteration");
    if (pos >= items.size()) return false;
    out = reversed ? items[items.size() - 1 - pos] : items[pos];
    ++pos;
    return true;
  }
  void traverse(Visitor& v) const override { v.visit(deque); }
};

Value dq_iter(Interpreter&, Args a, const Value&) {
  dequeOf(selfArg(a));
  slotArgs(a, "__iter__", 0);
  return newNative<DequeIter>(a[0], false);
}
Value dq_reversed(Interpreter&, Args a, const Value&) {
  dequeOf(selfArg(a));
  methodCount(a, "__reversed__", 0, 0);
  return newNative<DequeIter>(a[0], true);
}

int64_t dequeIndex(DequeState& d, const Value& k) {
  if (!isIntValue(k)) raiseType("sequence index must be integer, not '" + typeName(k) + "'");
  int64_t n = int64_t(d.items->items.size());
  if (k.is(ObjKind::BigInt)) throwError(T().IndexError, "cannot fit 'int' into an index-sized integer");
  int64_t i = k.asInt();
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, "deque index out of range");
  return i;
}
Value dq_getitem(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "__getitem__", 1, 1);
  return d.items->items[size_t(dequeIndex(d, a[1]))];
}
Value dq_setitem(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "__setitem__", 2, 2);
  d.items->items[size_t(dequeIndex(d, a[1]))] = a[2];
  return {};
}
Value dq_delitem(Interpreter&, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  methodCount(a, "__delitem__", 1, 1);
  int64_t i = dequeIndex(d, a[1]);
  afterRotate(d, -i);  // deque_del_item: rotate(-i), popleft, rotate(i)
  d.items->items.erase(d.items->items.begin() + i);
  d.items->resized();
  afterPopLeft(d);
  afterRotate(d, i);
  return {};
}
Value dq_contains(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__contains__");
  DequeState d = dequeOf(selfArg(a));
  for (auto v : std::vector<Value>(d.items->items))
    if (vm.sameOrEquals(v, a[1])) return boolean(true);
  return boolean(false);
}
Value dq_repr(Interpreter& vm, Args a, const Value&) {
  DequeState d = dequeOf(selfArg(a));
  slotArgs(a, "__repr__", 0);
  ReprGuard guard(a[0].asObj());  // a deque that holds itself prints [...]
  if (guard.recursive()) return str("[...]");
  std::string s = a[0].as<InstanceObj>()->cls->name + "(" + vm.repr(newList(d.items->items));
  if (d.maxlen >= 0) s += ", maxlen=" + std::to_string(d.maxlen);
  return str(s + ")");
}
Value dq_eq(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__eq__");
  DequeState d = dequeOf(selfArg(a));
  if (!instanceOf(a[1], g_deque)) return boolean(false);
  return boolean(vm.equals(Value::object(d.items), Value::object(dequeOf(a[1]).items)));
}
// deque's < <= > >=: another deque compares item by item, as lists do;
// anything else is NotImplemented.
template <ast::CmpOpKind Op>
Value dqOrder(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, "__lt__", 1);
  DequeState d = dequeOf(selfArg(a));
  if (!instanceOf(a[1], g_deque)) return notImplemented(vm);
  Value mine = newList(d.items->items), theirs = newList(dequeOf(a[1]).items->items);
  return vm.compare(int(Op), mine, theirs);
}

// != against another deque is the negation of ==; anything else is
// NotImplemented (then identity: True).
Value dq_ne(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, "__ne__", 1);
  DequeState d = dequeOf(selfArg(a));
  if (!instanceOf(a[1], g_deque)) return notImplemented(vm);
  return boolean(!vm.equals(Value::object(d.items), Value::object(dequeOf(a[1]).items)));
}

// deque_copy: one item is appended; anything else goes through extend.
Value dequeCopy(const Value& self) {
  DequeState d = dequeOf(self);
  ClassObj* cls = self.as<InstanceObj>()->cls.get();
  if (sizeOf(d) == 1) {
    Value r = newDeque(cls, nullptr, d.maxlen);
    DequeState rd = dequeOf(r);
    dequeAppend(rd, d.items->items[0]);
    return r;
  }
  return newDeque(cls, &d.items->items, d.maxlen);
}

// deque_repeat: a copy, then the original items extended n - 1 more times.
Value dq_mul(Interpreter&, Args a, const Value&) {
  needOther(a, "__mul__");
  DequeState d = dequeOf(selfArg(a));
  if (!isIntValue(a[1])) raiseType("can't multiply sequence by non-int of type '" + typeName(a[1]) + "'");
  int64_t n = indexOf(a[1]);
  Value r = dequeCopy(a[0]);
  DequeState rd = dequeOf(r);
  if (n <= 0) {
    rd.items->items.clear();
    rd.items->resized();
    setLeft(rd, kCenterLeft);
    return r;
  }
  std::vector<Value> items = d.items->items;
  int64_t limit = d.maxlen >= 0 ? std::min<int64_t>(n - 1, d.maxlen + 1) : n - 1;
  for (int64_t k = 0; k < limit && !items.empty(); ++k) dequeExtend(rd, items, false);
  return r;
}
// deque += iterable: extend in place (deque_inplace_concat).
Value dq_iadd(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, "__iadd__", 1);
  DequeState d = dequeOf(selfArg(a));
  dequeExtend(d, collect(vm, a[1]), false);
  return a[0];
}
Value dq_add(Interpreter&, Args a, const Value&) {
  needOther(a, "__add__");
  dequeOf(selfArg(a));
  if (!instanceOf(a[1], g_deque)) raiseType("can only concatenate deque (not \"" + typeName(a[1]) + "\") to deque");
  Value r = dequeCopy(a[0]);
  DequeState rd = dequeOf(r);
  dequeExtend(rd, dequeOf(a[1]).items->items, false);
  return r;
}

Value noopInit(Interpreter&, Args, const Value&);

void installDeque() {
  g_deque = newNativeClass("deque", "collections");
  g_deque->tpName = "collections.deque";
  g_deque->dict->setStr("__hash__", Value());  // mutable: unhashable
  g_deque->construct = dequeConstruct;
  static const NativeEntry ms[] = {
      {"append", dq_append},
      {"appendleft", dq_appendleft},
      {"pop", dqPop<false>},
      {"popleft", dqPop<true>},
      {"extend", dq_extend},
      {"extendleft", dq_extendleft},
      {"clear", dq_clear},
      {"rotate", dq_rotate},
      {"reverse", dq_reverse},
      {"count", dq_count},
      {"index", dq_index},
      {"remove", dq_remove},
      {"insert", dq_insert},
      {"copy", dq_copy},
      {"__copy__", dq_dunder_copy},
      {"__len__", dq_len},
      {"__iter__", dq_iter},
      {"__reversed__", dq_reversed},
      {"__getitem__", dq_getitem},
      {"__setitem__", dq_setitem},
      {"__delitem__", dq_delitem},
      {"__contains__", dq_contains},
      {"__repr__", dq_repr},
      {"__eq__", dq_eq},
      {"__mul__", dq_mul},
      {"__rmul__", dq_mul},
      {"__add__", dq_add},
      {"__ne__", dq_ne},
      {"__iadd__", dq_iadd},
      {"__lt__", dqOrder<ast::CmpOpKind::Lt>},
      {"__le__", dqOrder<ast::CmpOpKind::LtE>},
      {"__gt__", dqOrder<ast::CmpOpKind::Gt>},
      {"__ge__", dqOrder<ast::CmpOpKind::GtE>},
  };
  addMethods(g_deque, ms);
  addProperty(g_deque, "maxlen", dq_maxlen);
  addMethod(g_deque, "__init__", dq_init);
}

// ================================================================ dict-like wrappers

DictObj* innerDict(const Value& self) {
  bool ok = self.is(ObjKind::Instance) && nativeState(self).is(ObjKind::Tuple) &&
            (instanceOf(self, g_defaultdict) || instanceOf(self, g_counter) || instanceOf(self, g_ordered)) &&
            !nativeState(self).as<TupleObj>()->items.empty() &&
            nativeState(self).as<TupleObj>()->items[0].is(ObjKind::Dict);
  if (!ok) raiseType("descriptor requires a dict-like collections object");
  return nativeState(self).as<TupleObj>()->items[0].as<DictObj>();
}
Value innerValue(const Value& self) {
  innerDict(self);
  return nativeState(self).as<TupleObj>()->items[0];
}
Value factoryOf(const Value& self) {
  innerDict(self);
  return nativeState(self).as<TupleObj>()->items[1];
}

Value newWrapper(ClassObj* cls, Value dict, Value factory) {
  InstanceObj* inst = make<InstanceObj>(cls);
  inst->args = newTuple({std::move(dict), std::move(factory)});
  return Value::adopt(inst);
}

// Methods handed to the inner dict: data holds the dict method's name.
Value wrapDelegate(Interpreter& vm, Args a, const Value& data) {
  if (a.size() == 0) raiseType("descriptor needs an argument");
  std::vector<Value> args(a.pos.begin(), a.pos.end());
  args[0] = innerValue(selfArg(a));
  return callNative(vm, T().dict, strView(data), std::move(args), a.kw);
}

Value wrapIter(Interpreter& vm, Args a, const Value&) {
  innerDict(selfArg(a));
  slotArgs(a, "__iter__", 0);
  return vm.getIter(innerValue(selfArg(a)));
}
Value wrapSetitem(Interpreter&, Args a, const Value&) {
  methodCount(a, "__setitem__", 2, 2);
  innerDict(selfArg(a))->set(a[1], a[2]);
  return {};
}
Value wrapDelitem(Interpreter&, Args a, const Value&) {
  methodCount(a, "__delitem__", 1, 1);
  if (!innerDict(selfArg(a))->remove(a[1])) raiseKeyError(a[1]);
  return {};
}
Value wrapEq(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__eq__", 1, 1);
  Value other = a[1];
  if (other.is(ObjKind::Instance) && nativeState(other).is(ObjKind::Tuple) &&
      !nativeState(other).as<TupleObj>()->items.empty() &&
      nativeState(other).as<TupleObj>()->items[0].is(ObjKind::Dict))
    other = innerValue(other);
  if (!other.is(ObjKind::Dict)) return boolean(false);
  return boolean(vm.equals(innerValue(selfArg(a)), other));
}
// != is the negation of ==, as object.__ne__ makes it for dict's subclasses.
Value wrapNe(Interpreter& vm, Args a, const Value& data) {
  methodCount(a, "__ne__", 1, 1);
  return boolean(!wrapEq(vm, a, data).asBool());
}
// reversed(): the inner dict's keys from the last, as reversed(dict).
Value wrapReversed(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__reversed__", 0, 0);
  Value keys = callNative(vm, T().dict, "keys", {innerValue(selfArg(a))});
  return vm.call(vm.getAttr(keys, "__reversed__"), {});
}

void addWrapperMethods(ClassObj* c) {
  for (const char* n :
       {"__len__", "__contains__", "keys", "values", "items", "get", "pop", "popitem", "setdefault", "clear"})
    addMethod(c, n, wrapDelegate, str(n));
  addMethod(c, "__iter__", wrapIter);
  addMethod(c, "__setitem__", wrapSetitem);
  addMethod(c, "__delitem__", wrapDelitem);
  addMethod(c, "__eq__", wrapEq);
  addMethod(c, "__ne__", wrapNe);
  addMethod(c, "__reversed__", wrapReversed);
  addMethod(c, "__init__", noopInit);
}

// The state is complete after construct; user subclasses without an
// __init__ of their own land here with the constructor's arguments.
Value noopInit(Interpreter&, Args, const Value&) {
  return {};
}

ClassObj* clsArg(const Value& cls, ClassObj* dflt) {
  return cls.is(ObjKind::Class) ? cls.as<ClassObj>() : dflt;
}

// ---------------------------------------------------------------- defaultdict

// defaultdict_init: `a` holds the arguments after self. The first, when
// given, is the default_factory; the rest go to dict's update.
void ddInitFrom(Interpreter& vm, const Value& self, Args a) {
  Value factory;
  if (a.size() >= 1) {
    factory = a[0];
    if (!factory.isNone() && !isCallable(factory)) raiseType("first argument must be callable or None");
  }
  if (a.size() > 2) raiseType("dict expected at most 1 argument, got " + std::to_string(a.size() - 1));
  nativeState(self).as<TupleObj>()->items[1] = factory;
  Value d = innerValue(self);
  if (a.size() >= 2 || !a.kw.empty()) {
    std::vector<Value> args = {d};
    for (size_t i = 1; i < a.size(); ++i) args.push_back(a[i]);
    callNative(vm, T().dict, "update", args, a.kw);
  }
}

// A user subclass of these gets an empty instance here; its __init__ (theirs
// or ours, below) fills it, as tp_new then tp_init in CPython.
bool userSubclass(const Value& cls) {
  return cls.is(ObjKind::Class) && !cls.as<ClassObj>()->isBuiltin;
}

// How a dict-like fills itself from the arguments after `self`: its
// __init__'s body (ddInitFrom, counterInitFrom, odInitFrom) or update's.
using FillFn = void (*)(Interpreter&, const Value& self, Args);

// Calling defaultdict, Counter or OrderedDict: an empty wrapper of the class
// asked for, filled now unless a user subclass's __init__ is to fill it.
template <ClassObj** Base, FillFn Fill>
Value constructWrapper(Interpreter& vm, Args a, const Value& cls) {
  Value self = newWrapper(clsArg(cls, *Base), newDict(), Value());
  if (!userSubclass(cls)) Fill(vm, self, a);
  return self;
}

// A method that fills self (__init__, OrderedDict.update) and returns None.
template <FillFn Fill>
Value fillWrapper(Interpreter& vm, Args a, const Value&) {
  Value self = selfArg(a);
  innerDict(self);
  Fill(vm, self, Args{a.pos.subspan(1), a.kw});
  return {};
}

// A key not in a dict subclass's instance: type(self).__missing__(self, key),
// as dict_subscript asks it, so a subclass's own __missing__ answers.
Value callMissing(Interpreter& vm, const Value& self, const Value& key) {
  Value missing;
  if (!self.as<InstanceObj>()->cls->lookup("__missing__", missing)) raiseKeyError(key);
  const Value args[] = {self, key};
  return vm.call(missing, args);
}

Value ddGetitem(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__getitem__", 1, 1);
  DictObj* d = innerDict(selfArg(a));
  Value out;
  if (d->get(a[1], out)) return out;
  return callMissing(vm, a[0], a[1]);
}

Value ddRepr(Interpreter& vm, Args a, const Value&) {
  Value f = factoryOf(selfArg(a));
  slotArgs(a, "__repr__", 0);
  return str(a[0].as<InstanceObj>()->cls->name + "(" + (f.isNone() ? "None" : vm.repr(f)) + ", " +
             vm.repr(innerValue(selfArg(a))) + ")");
}

Value ddCopy(Interpreter& vm, Args a, const Value&) {
  factoryOf(selfArg(a));
  methodCount(a, "copy", 0, 0);
  Value copy = callNative(vm, T().dict, "copy", {innerValue(selfArg(a))});
  return newWrapper(a[0].as<InstanceObj>()->cls.get(), copy, factoryOf(selfArg(a)));
}

Value ddFactory(Interpreter&, Args a, const Value&) {
  return factoryOf(selfArg(a));
}
// d.default_factory = f: a writable member, any object accepted.
Value ddSetFactory(Interpreter&, Args a, const Value&) {
  factoryOf(selfArg(a));
  if (a.size() != 2) raiseType("default_factory takes one value");
  nativeState(a[0]).as<TupleObj>()->items[1] = a[1];
  return {};
}

Value ddUpdate(Interpreter& vm, Args a, const Value&) {
  std::vector<Value> args(a.pos.begin(), a.pos.end());
  args[0] = innerValue(selfArg(a));
  return callNative(vm, T().dict, "update", std::move(args), a.kw);
}

// ---------------------------------------------------------------- Counter

// How Counter's Python code reads and writes self: through self.get and
// self[k] = v when a subclass overrides either (collections' code and
// _count_elements call them then), else straight on the dict, as
// _count_elements' fast path does.
class CounterAccess {
 public:
  CounterAccess(Interpreter& vm, const Value& self) : m_vm(vm), m_self(self), m_dict(innerDict(self)) {
    ClassObj* cls = self.as<InstanceObj>()->cls.get();
    Value get, setitem;
    m_viaMethods = (cls->lookup("get", get) && !get.is(ObjKind::Builtin)) ||
                   (cls->lookup("__setitem__", setitem) && !setitem.is(ObjKind::Builtin));
    if (m_viaMethods) m_get = vm.getAttr(self, "get");
  }
  Value current(const Value& key) {
    const Value zero = Value::integer(0);
    if (m_viaMethods) {
      const Value args[] = {key, zero};
      return m_vm.call(m_get, args);
    }
    Value value;
    return m_dict->get(key, value) ? value : zero;
  }
  void store(const Value& key, const Value& value) {
    if (m_viaMethods)
      m_vm.setItem(m_self, key, value);
    else
      m_dict->set(key, value);
  }
  DictObj& dict() { return *m_dict; }

 private:
  Interpreter& m_vm;
  const Value& m_self;
  DictObj* m_dict;
  bool m_viaMethods = false;
  Value m_get;
};

// Counter.update / Counter.subtract, as collections writes them: a mapping
// gives count + self.get(elem, 0) (subtract: self.get(elem, 0) - count), and
// an update into an empty Counter copies it as dict.update does; any other
// iterable counts its items one by one (self.get(elem, 0) + 1).
void counterUpdate(Interpreter& vm, const Value& self, const Value& src, bool subtract) {
  CounterAccess counts(vm, self);
  const Value one = Value::integer(1);
  if (src.is(ObjKind::Dict) || isCollectionsMapping(src)) {
    Value dict = src.is(ObjKind::Dict) ? src : innerValue(src);
    const bool copy = !subtract && counts.dict().size() == 0;  // super().update(iterable)
    for (const DictObj::Entry& e : std::vector<DictObj::Entry>(dict.as<DictObj>()->entries)) {
      if (!e.live) continue;
      if (copy)
        counts.dict().set(e.key, e.value);
      else if (subtract)
        counts.store(e.key, vm.binaryOp(1 /* Sub */, counts.current(e.key), e.value));
      else
        counts.store(e.key, vm.add(e.value, counts.current(e.key)));
    }
    return;
  }
  forEach(vm, src, [&](const Value& k) {
    counts.store(k, subtract ? vm.binaryOp(1 /* Sub */, counts.current(k), one) : vm.add(counts.current(k), one));
    return true;
  });
}

// The keyword arguments of update/subtract/__init__: self.update(kwds).
void counterKeywords(Interpreter& vm, const Value& self, Args a, bool subtract) {
  if (a.kw.empty()) return;
  Value kw = newDict();
  for (const KwArg& k : a.kw) kw.as<DictObj>()->set(k.name, k.value);
  counterUpdate(vm, self, kw, subtract);
}

// Counter.__init__(self, iterable=None, /, **kwds): self.update(...).
void counterInitFrom(Interpreter& vm, const Value& self, Args a) {
  if (a.size() > 1)
    raiseType("Counter.__init__() takes from 1 to 2 positional arguments but " + std::to_string(a.size() + 1) +
              " were given");
  innerDict(self);
  if (a.size() == 1 && !a[0].isNone()) counterUpdate(vm, self, a[0], false);
  counterKeywords(vm, self, a, false);
}

// Counter.__missing__(self, key): 0, written in Python in collections.
Value ctMissing(Interpreter&, Args a, const Value&) {
  defParams(a, "Counter.__missing__", {"self", "key"}, {.required = 2});
  return Value::integer(0);
}

Value ctGetitem(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__getitem__", 1, 1);
  Value out;
  if (innerDict(selfArg(a))->get(a[1], out)) return out;
  return callMissing(vm, a[0], a[1]);
}

std::vector<Value> mostCommon(Interpreter& vm, const Value& self) {
  std::vector<Value> pairs;
  for (auto& e : innerDict(self)->entries)
    if (e.live) pairs.push_back(newTuple({e.key, e.value}));
  Value key =
      newBuiltin("count", [](Interpreter&, Args a, const Value&) -> Value { return a[0].as<TupleObj>()->items[1]; });
  sortValues(vm, pairs, key, true);
  return pairs;
}

// A Counter method written in Python: "Counter.total() takes 1 positional
// argument but 2 were given", "Counter.update() takes from 1 to 2 ...".
void pyMethodCount(Args a, const char* qualname, size_t max) {
  if (a.size() <= max + 1) return;
  std::string takes =
      max == 0 ? "1 positional argument" : "from 1 to " + std::to_string(max + 1) + " positional arguments";
  raiseType(std::string(qualname) + "() takes " + takes + " but " + std::to_string(a.size()) + " were given");
}

// most_common(n): sorted() when n is None, else heapq.nlargest(n, ...), whose
// steps decide the errors: n == 1 is max() (compared with >), n >= len is
// sorted(...)[:n] (slice indices), anything smaller range(0, -n, -1).
Value ctMostCommon(Interpreter& vm, Args a, const Value&) {
  pyMethodCount(a, "Counter.most_common", 1);
  allowKwargs(a, "most_common", {"n"});
  const Value* n = a.size() == 2 ? &a[1] : kwarg(a, "n");
  if (!n || n->isNone()) return newList(mostCommon(vm, selfArg(a)));
  if (vm.equals(*n, Value::integer(1))) {
    Value best;
    bool any = false;
    for (const DictObj::Entry& e : std::vector<DictObj::Entry>(innerDict(selfArg(a))->entries)) {
      if (!e.live) continue;
      if (!any || vm.truthy(vm.compare(int(ast::CmpOpKind::Gt), e.value, best.as<TupleObj>()->items[1])))
        best = newTuple({e.key, e.value});
      any = true;
    }
    return any ? newList({best}) : newList();
  }
  const int64_t size = int64_t(innerDict(selfArg(a))->size());
  int64_t k;
  if (vm.truthy(vm.compare(int(ast::CmpOpKind::GtE), *n, Value::integer(size)))) {
    if (!hasIndex(*n)) raiseType("slice indices must be integers or None or have an __index__ method");
    Value i = asIndex(*n);
    k = i.is(ObjKind::BigInt) ? (bigOf(i).isNegative() ? 0 : size) : i.asInt();
  } else {
    k = indexOf(*n);  // range(0, -n, -1): "'float' object cannot be interpreted as an integer"
  }
  std::vector<Value> pairs = mostCommon(vm, selfArg(a));
  if (k < 0) k = 0;
  if (size_t(k) < pairs.size()) pairs.resize(size_t(k));
  return newList(std::move(pairs));
}

Value ctRepr(Interpreter& vm, Args a, const Value&) {
  innerDict(selfArg(a));
  pyMethodCount(a, "Counter.__repr__", 0);
  std::string name = a[0].as<InstanceObj>()->cls->name;
  if (innerDict(a[0])->size() == 0) return str(name + "()");
  // Most common first; counts that do not order (None beside ints) leave
  // the dict's own order, as Counter.__repr__'s `except TypeError`.
  std::vector<std::pair<Value, Value>> items;
  try {
    for (const Value& p : mostCommon(vm, a[0]))
      items.emplace_back(p.as<TupleObj>()->items[0], p.as<TupleObj>()->items[1]);
  } catch (const PyErr& e) {
    if (!errIs(e, T().TypeError)) throw;
    items.clear();
    for (const auto& entry : innerDict(a[0])->entries)
      if (entry.live) items.emplace_back(entry.key, entry.value);
  }
  std::string s = name + "({";
  for (size_t i = 0; i < items.size(); ++i)
    s += (i ? ", " : "") + vm.repr(items[i].first) + ": " + vm.repr(items[i].second);
  return str(s + "})");
}

// Counter.update and Counter.subtract(self, iterable=None, /, **kwds).
template <bool Subtract>
Value ctUpdate(Interpreter& vm, Args a, const Value&) {
  pyMethodCount(a, Subtract ? "Counter.subtract" : "Counter.update", 1);
  const Value& self = selfArg(a);
  innerDict(self);
  if (a.size() == 2 && !a[1].isNone()) counterUpdate(vm, self, a[1], Subtract);
  counterKeywords(vm, self, a, Subtract);
  return {};
}

// Counter.elements(): chain.from_iterable(starmap(repeat, self.items())),
// lazily: each count is read as repeat() reads its times (an int or
// __index__; a float is a TypeError when iteration reaches it).
struct ElementsIter : NativeIterObj {
  explicit ElementsIter(std::vector<std::pair<Value, Value>> items)
      : NativeIterObj("itertools.chain"), pairs(std::move(items)) {}
  std::vector<std::pair<Value, Value>> pairs;
  size_t at = 0;
  int64_t left = -1;  // repeats left of pairs[at]; -1 before it is read
  bool next(Interpreter&, Value& out) override {
    while (at < pairs.size()) {
      if (left < 0) left = std::max<int64_t>(indexOf(pairs[at].second), 0);
      if (left > 0) {
        --left;
        out = pairs[at].first;
        return true;
      }
      ++at;
      left = -1;
    }
    return false;
  }
  void traverse(Visitor& v) const override {
    for (const auto& [k, n] : pairs) {
      v.visit(k);
      v.visit(n);
    }
  }
};

Value ctElements(Interpreter&, Args a, const Value&) {
  pyMethodCount(a, "Counter.elements", 0);
  std::vector<std::pair<Value, Value>> pairs;
  for (auto& e : innerDict(selfArg(a))->entries)
    if (e.live) pairs.emplace_back(e.key, e.value);
  return newNative<ElementsIter>(std::move(pairs));
}

Value ctTotal(Interpreter& vm, Args a, const Value&) {
  pyMethodCount(a, "Counter.total", 0);
  Value t = Value::integer(0);
  for (auto& e : innerDict(selfArg(a))->entries)
    if (e.live) t = vm.add(t, e.value);
  return t;
}

Value ctCopy(Interpreter& vm, Args a, const Value&) {
  innerDict(selfArg(a));
  pyMethodCount(a, "Counter.copy", 0);
  Value copy = callNative(vm, T().dict, "copy", {innerValue(selfArg(a))});
  return newWrapper(a[0].as<InstanceObj>()->cls.get(), copy, Value());
}

// del c[key]: a missing key is ignored (Counter.__delitem__).
Value ctDelitem(Interpreter&, Args a, const Value&) {
  methodCount(a, "__delitem__", 1, 1);
  innerDict(selfArg(a))->remove(a[1]);
  return {};
}

// Counter's == and orderings (3.10+): every key of either side compared,
// a missing one counting 0, so Counter(a=0) == Counter(). Only another
// Counter is answered; == against a plain dict stays dict equality, and an
// ordering against anything else is NotImplemented (then TypeError).
bool countsAgree(Interpreter& vm, const Value& self, const Value& other, ast::CmpOpKind op) {
  const Value zero = Value::integer(0);
  for (const Value& side : {self, other}) {
    const std::vector<DictObj::Entry> entries = innerDict(side)->entries;  // a user __eq__ may change them
    for (const DictObj::Entry& e : entries) {
      if (!e.live) continue;
      Value mine = zero, theirs = zero;
      innerDict(self)->get(e.key, mine);
      innerDict(other)->get(e.key, theirs);
      if (!vm.truthy(vm.compare(int(op), mine, theirs))) return false;
    }
  }
  return true;
}

Value ctEq(Interpreter& vm, Args a, const Value& data) {
  methodCount(a, "__eq__", 1, 1);
  if (!instanceOf(a[1], g_counter)) return wrapEq(vm, a, data);
  return boolean(countsAgree(vm, selfArg(a), a[1], ast::CmpOpKind::Eq));
}

Value ctNe(Interpreter& vm, Args a, const Value& data) {
  methodCount(a, "__ne__", 1, 1);
  return boolean(!ctEq(vm, a, data).asBool());
}

// <= and >= compare every count; < and > also want the two to differ.
template <ast::CmpOpKind Op>
Value ctOrder(Interpreter& vm, Args a, const Value&) {
  static const char* const names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  methodCount(a, names[int(Op) - int(ast::CmpOpKind::Lt)], 1, 1);
  if (!instanceOf(a[1], g_counter)) return notImplemented(vm);
  const bool below = Op == ast::CmpOpKind::Lt || Op == ast::CmpOpKind::LtE;
  const bool strict = Op == ast::CmpOpKind::Lt || Op == ast::CmpOpKind::Gt;
  const Value self = selfArg(a);
  if (!countsAgree(vm, self, a[1], below ? ast::CmpOpKind::LtE : ast::CmpOpKind::GtE)) return boolean(false);
  return boolean(!strict || !countsAgree(vm, self, a[1], ast::CmpOpKind::Eq));
}

// +c keeps the positive counts, -c the negated negative ones, in a new Counter.
template <bool Negate>
Value ctUnary(Interpreter& vm, Args a, const Value&) {
  methodCount(a, Negate ? "__neg__" : "__pos__", 0, 0);
  Value result = newDict();
  const Value zero = Value::integer(0);
  const std::vector<DictObj::Entry> entries = innerDict(selfArg(a))->entries;
  for (const DictObj::Entry& e : entries) {
    if (!e.live) continue;
    if (Negate ? vm.lessThan(e.value, zero) : vm.lessThan(zero, e.value))
      result.as<DictObj>()->set(e.key, Negate ? vm.binaryOp(1 /* Sub */, zero, e.value) : e.value);
  }
  return newWrapper(g_counter, result, Value());
}

enum class CounterOp { Add, Sub, Or, And };

// Counter's + - | & : a new Counter that keeps only positive counts, as CPython.
template <CounterOp Op>
Value ctCombine(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__add__", 1, 1);
  if (Op == CounterOp::Or && a[1].is(ObjKind::Dict)) {
    // Counter.__or__ declines a plain dict; dict's reflected | then merges
    // them into a plain dict.
    Value d = newDict();
    callNative(vm, T().dict, "update", {d, innerValue(selfArg(a))});
    callNative(vm, T().dict, "update", {d, a[1]});
    return d;
  }
  if (!instanceOf(a[1], g_counter)) return notImplemented(vm);
  DictObj* x = innerDict(selfArg(a));
  DictObj* y = innerDict(a[1]);
  Value result = newDict();
  DictObj* r = result.as<DictObj>();
  Value zero = Value::integer(0);
  auto positive = [&](const Value& v) { return vm.truthy(vm.compare(int(ast::CmpOpKind::Gt), v, zero)); };
  auto keep = [&](const Value& k, const Value& v) {
    if (positive(v)) r->set(k, v);
  };
  for (auto& e : std::vector<DictObj::Entry>(x->entries)) {
    if (!e.live) continue;
    Value other;
    bool has = y->get(e.key, other);
    if (!has) other = zero;
    if (Op == CounterOp::Add)
      keep(e.key, vm.add(e.value, other));
    else if (Op == CounterOp::Sub)
      keep(e.key, vm.binaryOp(1, e.value, other));
    else if (Op == CounterOp::Or)
      keep(e.key, vm.lessThan(e.value, other) ? other : e.value);
    else if (has)  // CounterOp::And: only the keys both hold
      keep(e.key, vm.lessThan(e.value, other) ? e.value : other);
  }
  if (Op == CounterOp::Add || Op == CounterOp::Or) {
    for (auto& e : std::vector<DictObj::Entry>(y->entries)) {
      Value tmp;
      if (e.live && !x->get(e.key, tmp)) keep(e.key, e.value);
    }
  } else if (Op == CounterOp::Sub) {  // other's own negative counts, negated
    for (auto& e : std::vector<DictObj::Entry>(y->entries)) {
      Value tmp;
      if (e.live && !x->get(e.key, tmp) && vm.truthy(vm.compare(int(ast::CmpOpKind::Lt), e.value, zero)))
        r->set(e.key, vm.binaryOp(1 /* Sub */, zero, e.value));
    }
  }
  return newWrapper(g_counter, result, Value());
}

// Counter's += -= |= &=, as collections writes them: other.items() (or, for
// &=, other[elem] for each of self's), in place, then the counts that are
// not > 0 dropped. Any mapping-like other works; others fail in its words.
template <CounterOp Op>
Value ctInplace(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, "__iadd__", 1);
  Value self = selfArg(a);
  DictObj* d = innerDict(self);
  const Value zero = Value::integer(0);
  auto get = [&](const Value& k) {
    Value v;
    return d->get(k, v) ? v : zero;
  };
  if (Op == CounterOp::And) {
    if (!vm.hasAttr(a[1], "__getitem__")) raiseType("'" + typeName(a[1]) + "' object is not subscriptable");
    Value getitem = vm.getAttr(a[1], "__getitem__");
    for (const DictObj::Entry& e : std::vector<DictObj::Entry>(d->entries)) {
      if (!e.live) continue;
      const Value key[] = {e.key};
      Value other = vm.call(getitem, key);
      if (vm.truthy(vm.compare(int(ast::CmpOpKind::Lt), other, e.value))) d->set(e.key, other);
    }
  } else {
    Value items = vm.call(vm.getAttr(a[1], "items"), {});
    forEach(vm, items, [&](const Value& pair) {
      std::vector<Value> kv = collect(vm, pair);
      if (kv.size() != 2)
        raiseValue(kv.size() < 2 ? "not enough values to unpack (expected 2, got " + std::to_string(kv.size()) + ")"
                                 : "too many values to unpack (expected 2)");
      if (Op == CounterOp::Add)
        d->set(kv[0], vm.add(get(kv[0]), kv[1]));
      else if (Op == CounterOp::Sub)
        d->set(kv[0], vm.binaryOp(1 /* Sub */, get(kv[0]), kv[1]));
      else if (vm.truthy(vm.compare(int(ast::CmpOpKind::Gt), kv[1], get(kv[0]))))
        d->set(kv[0], kv[1]);
      return true;
    });
  }
  std::vector<Value> drop;
  for (const DictObj::Entry& e : std::vector<DictObj::Entry>(d->entries))
    if (e.live && !vm.truthy(vm.compare(int(ast::CmpOpKind::Gt), e.value, zero))) drop.push_back(e.key);
  for (const Value& k : drop) d->remove(k);
  return self;
}

// ---------------------------------------------------------------- OrderedDict

// CPython's mutablemapping_add_pairs: each item unpacked to (key, value)
// through the iterator protocol, with its own messages.
void odAddPairs(Interpreter& vm, const Value& self, const Value& pairs) {
  forEach(vm, pairs, [&](const Value& pair) {
    Value it = vm.getIter(pair), key, value, extra;
    if (!vm.iterNext(it, key)) raiseValue("need more than 0 values to unpack");
    if (!vm.iterNext(it, value)) raiseValue("need more than 1 value to unpack");
    if (vm.iterNext(it, extra)) raiseValue("too many values to unpack (expected 2)");
    vm.setItem(self, key, value);
    return true;
  });
}

// mutablemapping_update (OrderedDict.update, its __init__ and |=): a dict's
// items, else keys() and [key], else items(), else pairs; then the keywords.
// Every item goes through self[key] = value (PyObject_SetItem), so a
// subclass's __setitem__ sees each one.
void odUpdateFrom(Interpreter& vm, const Value& self, Args a) {
  if (a.size() > 1) raiseType("update() takes at most 1 positional argument (" + std::to_string(a.size()) + " given)");
  if (a.size() == 1) {
    const Value& arg = a[0];
    if (arg.is(ObjKind::Dict)) {
      for (const DictObj::Entry& e : std::vector<DictObj::Entry>(arg.as<DictObj>()->entries))
        if (e.live) vm.setItem(self, e.key, e.value);
    } else if (vm.hasAttr(arg, "keys")) {
      Value getitem = vm.getAttr(arg, "__getitem__");
      for (const Value& k : collect(vm, vm.call(vm.getAttr(arg, "keys"), {}))) {
        const Value one[] = {k};
        vm.setItem(self, k, vm.call(getitem, one));
      }
    } else if (vm.hasAttr(arg, "items")) {
      odAddPairs(vm, self, vm.call(vm.getAttr(arg, "items"), {}));
    } else {
      odAddPairs(vm, self, arg);
    }
  }
  for (const KwArg& k : a.kw) vm.setItem(self, k.name, k.value);
}

// odict_init: at most one positional argument, then update.
void odInitFrom(Interpreter& vm, const Value& self, Args a) {
  if (a.size() > 1) raiseType("expected at most 1 arguments, got " + std::to_string(a.size()));
  odUpdateFrom(vm, self, a);
}

Value odGetitem(Interpreter&, Args a, const Value&) {
  methodCount(a, "__getitem__", 1, 1);
  Value out;
  if (innerDict(selfArg(a))->get(a[1], out)) return out;
  raiseKeyError(a[1]);
}

Value odRepr(Interpreter& vm, Args a, const Value&) {
  DictObj* d = innerDict(selfArg(a));
  slotArgs(a, "__repr__", 0);
  std::string name = a[0].as<InstanceObj>()->cls->name;
  if (d->size() == 0) return str(name + "()");
  ReprGuard guard(a[0].asObj());  // an OrderedDict that holds itself prints ...
  if (guard.recursive()) return str("...");
  std::vector<Value> pairs;
  for (auto& e : d->entries)
    if (e.live) pairs.push_back(newTuple({e.key, e.value}));
  return str(name + "(" + vm.repr(newList(std::move(pairs))) + ")");
}

// Between two OrderedDicts == also wants the keys in the same order (CPython's
// _odict_keys_equal); against a plain dict it is dict equality.
Value odEq(Interpreter& vm, Args a, const Value& data) {
  methodCount(a, "__eq__", 1, 1);
  if (!wrapEq(vm, a, data).asBool()) return boolean(false);
  if (!instanceOf(a[1], g_ordered)) return boolean(true);
  const std::vector<DictObj::Entry> mine = innerDict(selfArg(a))->entries, theirs = innerDict(a[1])->entries;
  size_t i = 0, j = 0;
  for (;;) {
    while (i < mine.size() && !mine[i].live) ++i;
    while (j < theirs.size() && !theirs[j].live) ++j;
    if (i == mine.size() || j == theirs.size()) return boolean(i == mine.size() && j == theirs.size());
    if (!vm.sameOrEquals(mine[i++].key, theirs[j++].key)) return boolean(false);
  }
}

Value odNe(Interpreter& vm, Args a, const Value& data) {
  methodCount(a, "__ne__", 1, 1);
  return boolean(!odEq(vm, a, data).asBool());
}

// odict_iterator, forwards (iter) or backwards (reversed). A key added or
// removed since it started ends it with "OrderedDict mutated during
// iteration", as CPython's od_state check; a value replaced does not. Only a
// clear() gets past that check, to CPython's size check after it.
struct OrderedDictIter : NativeIterObj {
  OrderedDictIter(Value d, bool backwards, int k = 0)
      : NativeIterObj("odict_iterator"),
        dict(std::move(d)),
        reverse(backwards),
        kind(k),
        keyChanges(dict.as<DictObj>()->keyChanges),
        startSize(dict.as<DictObj>()->size()),
        pos(backwards ? dict.as<DictObj>()->entries.size() : 0) {}
  Value dict;
  bool reverse;
  int kind;             // 0 keys, 1 values, 2 (key, value) items
  uint64_t keyChanges;  // the dict's count when the iteration started
  size_t startSize;
  size_t pos;  // forwards: the next entry; backwards: one past it
  bool done = false;
  bool next(Interpreter&, Value& out) override {
    if (done) return false;
    const DictObj* d = dict.as<DictObj>();
    if (d->keyChanges != keyChanges) {
      done = true;
      throwError(T().RuntimeError, "OrderedDict mutated during iteration");
    }
    if (d->size() != startSize) throwError(T().RuntimeError, "OrderedDict changed size during iteration");
    const DictObj::Entry* e = nullptr;
    if (reverse) {
      while (pos > 0 && !d->entries[pos - 1].live) --pos;
      done = pos == 0;
      if (!done) e = &d->entries[--pos];
    } else {
      while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
      done = pos == d->entries.size();
      if (!done) e = &d->entries[pos++];
    }
    if (e) out = kind == 0 ? e->key : kind == 1 ? e->value : newTuple({e->key, e->value});
    return !done;
  }
  uint32_t cpySize() const override { return 80; }
  void traverse(Visitor& v) const override { v.visit(dict); }
};

template <bool Backwards>
Value odIter(Interpreter&, Args a, const Value&) {
  if (Backwards)
    methodCount(a, "__reversed__", 0, 0);
  else
    slotArgs(a, "__iter__", 0);
  return newNative<OrderedDictIter>(innerValue(selfArg(a)), Backwards);
}

// od.keys(), od.values(), od.items(): odict_keys / odict_values / odict_items,
// dict views over the inner dict; data holds the kind.
Value odView(Interpreter&, Args a, const Value& data) {
  int kind = int(data.asInt());
  static const char* const names[3] = {"keys", "values", "items"};
  Value d = innerValue(selfArg(a));
  methodCount(a, names[kind], 0, 0);
  InstanceObj* inst = make<InstanceObj>(odictViewClass(kind));
  inst->args = d;
  return Value::adopt(inst);
}

// iter() and reversed() of an OrderedDict view: an odict_iterator.
template <bool Backwards>
Value odViewIter(Interpreter&, Args a, const Value& data) {
  if (a.size() == 0 || !a[0].is(ObjKind::Instance) ||
      !a[0].as<InstanceObj>()->cls->isSubclassOf(odictViewClass(int(data.asInt()))))
    raiseType("descriptor requires an OrderedDict view");
  slotArgs(a, Backwards ? "__reversed__" : "__iter__", 0);
  return newNative<OrderedDictIter>(a[0].as<InstanceObj>()->args, Backwards, int(data.asInt()));
}

Value odMoveToEnd(Interpreter& vm, Args a, const Value&) {
  const Args params = argsAfterSelf(a, "OrderedDict", "move_to_end");
  if (a.size() < 2 && !kwarg(a, "key")) raiseType("move_to_end() missing required argument 'key' (pos 1)");
  clinicParams(params, "move_to_end", {"key", "last"});
  const Value key = a.size() >= 2 ? a[1] : *kwarg(a, "key");
  const Value* lastArg = argOrKwarg(a, 2, "last");
  bool last = !lastArg || vm.truthy(*lastArg);
  DictObj* d = innerDict(selfArg(a));
  Value v;
  if (!d->get(key, v)) raiseKeyError(key);
  // A key already at that end stays: CPython changes nothing, so an
  // iteration in progress goes on.
  const std::vector<DictObj::Entry>& es = d->entries;
  auto end = last ? std::find_if(es.rbegin(), es.rend(), [](const DictObj::Entry& e) { return e.live; })->key
                  : std::find_if(es.begin(), es.end(), [](const DictObj::Entry& e) { return e.live; })->key;
  if (vm.sameOrEquals(end, key)) return {};
  d->remove(key);
  if (last) {
    d->set(key, v);
    return {};
  }
  std::vector<std::pair<Value, Value>> rest;
  for (auto& e : d->entries)
    if (e.live) rest.push_back({e.key, e.value});
  d->clear();
  d->set(key, v);
  for (auto& [k, val] : rest) d->set(k, val);
  return {};
}

Value odPopitem(Interpreter& vm, Args a, const Value&) {
  clinicParams(argsAfterSelf(a, "OrderedDict", "popitem"), "popitem", {"last"});
  const Value* lastArg = argOrKwarg(a, 1, "last");
  bool last = !lastArg || vm.truthy(*lastArg);
  DictObj* d = innerDict(selfArg(a));
  if (d->size() == 0) raiseKeyError(str("dictionary is empty"));
  if (last) return callNative(vm, T().dict, "popitem", {innerValue(selfArg(a))});
  for (auto& e : d->entries) {
    if (!e.live) continue;
    Value k = e.key, v = e.value;
    d->remove(k);
    return newTuple({k, v});
  }
  return {};
}

// od.pop(key[, default]) and od.setdefault(key, default=None): clinic
// methods taking keywords, unlike dict's.
template <bool Pop>
Value odPopOrSetdefault(Interpreter& vm, Args a, const Value&) {
  const char* name = Pop ? "pop" : "setdefault";
  Value self = selfArg(a);
  innerDict(self);
  Args rest{a.pos.subspan(1), a.kw};
  if (rest.size() < 1 && !kwarg(rest, "key"))
    raiseType(std::string(name) + "() missing required argument 'key' (pos 1)");
  clinicParams(rest, name, {"key", "default"});
  const Value& key = *argOrKwarg(rest, 0, "key");
  const Value* dflt = argOrKwarg(rest, 1, "default");
  // A subclass's setdefault goes through its own `in`, [key] and [key] = v,
  // as CPython's odict_setdefault does for anything but an exact OrderedDict.
  if (!Pop && typeOf(self) != g_ordered) {
    if (vm.contains(self, key)) return vm.getItem(self, key);
    Value value = dflt ? *dflt : Value();
    vm.setItem(self, key, value);
    return value;
  }
  std::vector<Value> args = {innerValue(self), key};
  if (dflt) args.push_back(*dflt);
  return callNative(vm, T().dict, name, std::move(args));
}

// od | other, other | od (Reflected) and od |= other. | takes only a dict
// (or one of these dict-likes), else NotImplemented; |= updates in place
// from anything update() takes. The result keeps self's class and, for a
// defaultdict, its default_factory.
bool dictLike(const Value& v) {
  return v.is(ObjKind::Dict) || instanceOf(v, g_defaultdict) || instanceOf(v, g_counter) || instanceOf(v, g_ordered);
}
Value dictOf(const Value& v) {
  return v.is(ObjKind::Dict) ? v : innerValue(v);
}
template <int Kind>  // 0: __or__, 1: __ror__, 2: __ior__
Value wrapOr(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, Kind == 0 ? "__or__" : Kind == 1 ? "__ror__" : "__ior__", 1);
  Value self = selfArg(a);
  innerDict(self);
  if (Kind == 2) {
    if (instanceOf(self, g_ordered))
      odUpdateFrom(vm, self, Args{a.pos.subspan(1), {}});
    else
      callNative(vm, T().dict, "update", {innerValue(self), a[1]});
    return self;
  }
  if (!dictLike(a[1])) return notImplemented(vm);
  Value d = newDict();
  for (const Value& src : Kind == 0 ? std::vector<Value>{innerValue(self), dictOf(a[1])}
                                    : std::vector<Value>{dictOf(a[1]), innerValue(self)})
    callNative(vm, T().dict, "update", {d, src});
  return newWrapper(self.as<InstanceObj>()->cls.get(), d, factoryOf(self));
}

// defaultdict.__missing__(key): the factory's value, stored under key;
// KeyError(key) without a factory.
Value ddMissing(Interpreter& vm, Args a, const Value&) {
  Value self = selfArg(a);
  factoryOf(self);
  methodCount(a, "__missing__", 1, 1);
  Value factory = factoryOf(self);
  if (factory.isNone()) raiseKeyError(a[1]);
  Value v = vm.call(factory, {});
  vm.setItem(self, a[1], v);  // self[key] = value: a subclass's __setitem__ sees it
  return v;
}

// Counter.fromkeys: refused, as collections' classmethod does.
Value ctFromkeys(Interpreter&, Args a, const Value&) {
  if (a.size() < 2 && a.kw.empty()) raiseType("Counter.fromkeys() missing 1 required positional argument: 'iterable'");
  throwError(T().NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// dict | Counter: dict's own | (Counter defines no __ror__), a plain dict.
Value ctRor(Interpreter& vm, Args a, const Value&) {
  slotArgs(a, "__ror__", 1);
  Value self = selfArg(a);
  innerDict(self);
  if (!a[1].is(ObjKind::Dict)) return notImplemented(vm);
  Value d = newDict();
  callNative(vm, T().dict, "update", {d, a[1]});
  callNative(vm, T().dict, "update", {d, innerValue(self)});
  return d;
}

// The dict fromkeys(cls, iterable, value=None) fills: each key of the
// iterable, in order, mapped to the one value.
Value keysWithValue(Interpreter& vm, Args a) {
  Value d = newDict();
  const Value value = a.size() == 3 ? a[2] : Value();
  forEach(vm, a[1], [&](const Value& k) {
    d.as<DictObj>()->set(k, value);
    return true;
  });
  return d;
}

// OrderedDict.fromkeys(iterable, value=None), a classmethod as dict's is:
// a subclass asking gets an instance of itself.
Value odFromkeys(Interpreter& vm, Args a, const Value&) {
  if (a.size() < 2) raiseType("fromkeys() missing required argument 'iterable' (pos 1)");
  if (a.size() > 3) raiseType("fromkeys() takes at most 2 arguments (" + std::to_string(a.size() - 1) + " given)");
  return newWrapper(clsArg(a[0], g_ordered), keysWithValue(vm, a), Value());
}

// defaultdict.fromkeys is dict's classmethod: positional-only wording, and
// an instance of the class asking, with no default_factory.
Value ddFromkeys(Interpreter& vm, Args a, const Value&) {
  noKwargs(a, "fromkeys");
  unpackCount(argsAfterSelf(a, "dict", "fromkeys"), "fromkeys", 1, 2);
  return newWrapper(clsArg(a[0], g_defaultdict), keysWithValue(vm, a), Value());
}

Value odCopy(Interpreter& vm, Args a, const Value&) {
  innerDict(selfArg(a));
  methodCount(a, "copy", 0, 0);
  Value copy = callNative(vm, T().dict, "copy", {innerValue(selfArg(a))});
  return newWrapper(a[0].as<InstanceObj>()->cls.get(), copy, Value());
}

void installDictLikes() {
  // A hidden base named dict, so __mro__ and __bases__ show CPython's
  // (OrderedDict, dict, object). It is not the built-in dict type (these
  // keep their items in a wrapped dict) and holds no methods, so lookups
  // are unchanged; isinstance, issubclass and match ask isDictLikeClass.
  g_dictLikeBase = newNativeClass("dict", "builtins");
  g_defaultdict = newNativeClass("defaultdict", "collections", g_dictLikeBase);
  g_defaultdict->tpName = "collections.defaultdict";
  g_defaultdict->construct = constructWrapper<&g_defaultdict, ddInitFrom>;
  addWrapperMethods(g_defaultdict);
  addMethods(g_defaultdict, {{"__init__", fillWrapper<ddInitFrom>},
                             {"__getitem__", ddGetitem},
                             {"__repr__", ddRepr},
                             {"copy", ddCopy},
                             {"update", ddUpdate}});
  addProperty(g_defaultdict, "default_factory", ddFactory);
  withoutAccount([] {
    Value prop;
    g_defaultdict->dict->getStr("default_factory", prop);
    BuiltinObj* setter = make<BuiltinObj>("default_factory", ddSetFactory);
    setter->ownerType = g_defaultdict;
    prop.as<PropertyObj>()->setter = Value::adopt(setter);
  });

  g_counter = newNativeClass("Counter", "collections", g_dictLikeBase);
  g_counter->instancesTakeAttributes = true;
  g_counter->construct = constructWrapper<&g_counter, counterInitFrom>;
  addWrapperMethods(g_counter);
  addMethods(g_counter, {{"__init__", fillWrapper<counterInitFrom>},
                         {"__getitem__", ctGetitem},
                         {"__missing__", ctMissing},
                         {"__repr__", ctRepr},
                         {"most_common", ctMostCommon},
                         {"update", ctUpdate<false>},
                         {"subtract", ctUpdate<true>},
                         {"elements", ctElements},
                         {"total", ctTotal},
                         {"copy", ctCopy},
                         {"__add__", ctCombine<CounterOp::Add>},
                         {"__sub__", ctCombine<CounterOp::Sub>},
                         {"__or__", ctCombine<CounterOp::Or>},
                         {"__and__", ctCombine<CounterOp::And>},
                         {"__eq__", ctEq},
                         {"__ne__", ctNe},
                         {"__lt__", ctOrder<ast::CmpOpKind::Lt>},
                         {"__le__", ctOrder<ast::CmpOpKind::LtE>},
                         {"__gt__", ctOrder<ast::CmpOpKind::Gt>},
                         {"__ge__", ctOrder<ast::CmpOpKind::GtE>},
                         {"__pos__", ctUnary<false>},
                         {"__neg__", ctUnary<true>}});

  g_ordered = newNativeClass("OrderedDict", "collections", g_dictLikeBase);
  g_ordered->instancesTakeAttributes = true;
  g_ordered->tpName = "collections.OrderedDict";
  g_ordered->construct = constructWrapper<&g_ordered, odInitFrom>;
  addWrapperMethods(g_ordered);
  addMethods(g_ordered, {{"__init__", fillWrapper<odInitFrom>},
                         {"__getitem__", odGetitem},
                         {"__repr__", odRepr},
                         {"move_to_end", odMoveToEnd},
                         {"__eq__", odEq},
                         {"__ne__", odNe},
                         {"__iter__", odIter<false>},
                         {"__reversed__", odIter<true>}});
  addClassMethod(g_ordered, "fromkeys", odFromkeys);
  for (int k = 0; k < 3; ++k) {
    static const char* const names[3] = {"keys", "values", "items"};
    addMethod(g_ordered, names[k], odView, Value::integer(k));
    addMethod(odictViewClass(k), "__iter__", odViewIter<false>, Value::integer(k));
    addMethod(odictViewClass(k), "__reversed__", odViewIter<true>, Value::integer(k));
  }
  addMethods(g_ordered, {{"popitem", odPopitem},
                         {"copy", odCopy},
                         {"update", fillWrapper<odUpdateFrom>},
                         {"pop", odPopOrSetdefault<true>},
                         {"setdefault", odPopOrSetdefault<false>}});
  for (ClassObj* c : {g_defaultdict, g_ordered})
    addMethods(c, {{"__or__", wrapOr<0>}, {"__ror__", wrapOr<1>}, {"__ior__", wrapOr<2>}});
  addMethod(g_defaultdict, "__missing__", ddMissing);
  addClassMethod(g_defaultdict, "fromkeys", ddFromkeys);
  addClassMethod(g_counter, "fromkeys", ctFromkeys);
  addMethod(g_counter, "__ror__", ctRor);
  addMethod(g_counter, "__delitem__", ctDelitem);
  addMethods(g_counter, {{"__iadd__", ctInplace<CounterOp::Add>},
                         {"__isub__", ctInplace<CounterOp::Sub>},
                         {"__ior__", ctInplace<CounterOp::Or>},
                         {"__iand__", ctInplace<CounterOp::And>}});
  // Dicts, so unhashable.
  for (ClassObj* c : {g_defaultdict, g_counter, g_ordered}) c->dict->setStr("__hash__", Value());
}

// ================================================================ namedtuple

// The class's field names live in its dict under "_fields" (a tuple of str).
const std::vector<Value>& fieldsOf(ClassObj* cls) {
  Value f;
  if (!cls->lookup("_fields", f) || !f.is(ObjKind::Tuple)) raiseType("not a namedtuple class");
  return f.as<TupleObj>()->items;
}

ClassObj* ntClass(const Value& self) {
  if (!self.is(ObjKind::Instance) || !nativeState(self).is(ObjKind::Tuple) ||
      !self.as<InstanceObj>()->cls->isSubclassOf(g_namedtupleBase))
    raiseType("not a namedtuple");
  return self.as<InstanceObj>()->cls.get();
}
const std::vector<Value>& ntValues(const Value& self) {
  ntClass(self);
  return nativeState(self).as<TupleObj>()->items;
}

Value ntConstruct(Interpreter&, Args a, const Value& cls) {
  ClassObj* c = cls.as<ClassObj>();
  const auto& fields = fieldsOf(c);
  // Messages name __new__'s own class: the namedtuple, not a subclass of it.
  std::string newOwner = c->name;
  for (ClassObj* k : c->mro) {
    Value unused;
    if (k->dict && k->dict->getStr("_fields", unused)) {
      newOwner = k->name;
      break;
    }
  }
  std::vector<Value> values(fields.size());
  std::vector<bool> set(fields.size(), false);
  if (a.size() > fields.size())
    raiseType(newOwner + ".__new__() takes " + std::to_string(fields.size() + 1) + " positional arguments but " +
              std::to_string(a.size() + 1) + " were given");
  for (size_t i = 0; i < a.size(); ++i) {
    values[i] = a[i];
    set[i] = true;
  }
  for (const KwArg& k : a.kw) {
    size_t i = 0;
    while (i < fields.size() && !equalValues(fields[i], k.name)) ++i;
    if (i == fields.size())
      raiseType(newOwner + ".__new__() got an unexpected keyword argument '" + std::string(strView(k.name)) + "'");
    if (set[i])
      raiseType(newOwner + ".__new__() got multiple values for argument '" + std::string(strView(k.name)) + "'");
    values[i] = k.value;
    set[i] = true;
  }
  Value defaults;
  c->lookup("_field_defaults_tuple", defaults);
  size_t nd = defaults.is(ObjKind::Tuple) ? defaults.as<TupleObj>()->items.size() : 0;
  std::vector<std::string> missing;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (set[i]) continue;
    size_t firstDefault = fields.size() - nd;
    if (i >= firstDefault)
      values[i] = defaults.as<TupleObj>()->items[i - firstDefault];
    else
      missing.push_back("'" + std::string(strView(fields[i])) + "'");
  }
  if (!missing.empty()) {
    std::string names;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i) names += (i + 1 == missing.size()) ? (missing.size() > 2 ? ", and " : " and ") : ", ";
      names += missing[i];
    }
    raiseType(newOwner + ".__new__() missing " + std::to_string(missing.size()) + " required positional argument" +
              (missing.size() == 1 ? "" : "s") + ": " + names);
  }
  InstanceObj* inst = make<InstanceObj>(c);
  inst->args = newTuple(std::move(values));
  return Value::adopt(inst);
}

Value ntField(Interpreter&, Args a, const Value& data) {
  const auto& values = ntValues(selfArg(a));
  if (size_t(data.asInt()) >= values.size()) raiseType("namedtuple field out of range");
  return values[size_t(data.asInt())];
}

Value ntRepr(Interpreter& vm, Args a, const Value&) {
  ClassObj* c = ntClass(selfArg(a));
  const auto& fields = fieldsOf(c);
  const auto& values = ntValues(selfArg(a));
  std::string s = c->messageName() + "(";
  for (size_t i = 0; i < fields.size() && i < values.size(); ++i) {
    if (i) s += ", ";
    s += std::string(strView(fields[i])) + "=" + vm.repr(values[i]);
  }
  return str(s + ")");
}

Value ntTuple(const Value& self) {
  ntClass(self);
  return nativeState(self);
}

Value ntLen(Interpreter&, Args a, const Value&) {
  return Value::integer(int64_t(ntValues(selfArg(a)).size()));
}
Value ntIter(Interpreter& vm, Args a, const Value&) {
  return vm.getIter(ntTuple(selfArg(a)));
}
Value ntGetitem(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__getitem__", 1, 1);
  const auto& v = ntValues(selfArg(a));
  if (a[1].is(ObjKind::Slice)) {
    Value tuple = ntTuple(selfArg(a));
    return vm.call(vm.getAttr(tuple, "__getitem__"), std::span<const Value>(&a[1], 1));
  }
  if (!isIntValue(a[1])) raiseType("tuple indices must be integers or slices, not " + typeName(a[1]));
  int64_t n = int64_t(v.size()), i = a[1].is(ObjKind::BigInt) ? n : a[1].asInt();
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, "tuple index out of range");
  return v[size_t(i)];
}
Value otherTuple(const Value& v) {
  if (v.is(ObjKind::Tuple)) return v;
  if (v.is(ObjKind::Instance) && nativeState(v).is(ObjKind::Tuple)) {
    Value f;
    if (v.as<InstanceObj>()->cls->lookup("_fields", f)) return nativeState(v);
  }
  return {};
}
Value ntEq(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__eq__");
  Value o = otherTuple(a[1]);
  if (o.isNone()) return boolean(false);
  return boolean(vm.equals(ntTuple(selfArg(a)), o));
}
// __lt__, __le__, __gt__, __ge__: a namedtuple orders as its tuple against
// any tuple (plain or named). NotImplemented for anything else, so the VM
// tries the other operand's reflected method before it says the types do
// not order, as CPython's rich comparison does.
template <ast::CmpOpKind Op>
Value ntOrder(Interpreter& vm, Args a, const Value&) {
  static const char* const names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  needOther(a, names[int(Op) - int(ast::CmpOpKind::Lt)]);
  Value o = otherTuple(a[1]);
  if (o.isNone()) return notImplemented(vm);
  return vm.compare(int(Op), ntTuple(selfArg(a)), o);
}
// What a namedtuple inherits from tuple in CPython: + and * give plain tuples
// (P(1, 2) + (3,) == (1, 2, 3)), count() and index() search its items.
Value tupleOf(const Value& v) {
  Value t = otherTuple(v);
  return t.isNone() ? v : t;
}
Value ntAdd(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__add__");
  return vm.binaryOp(int(ast::OpKind::Add), ntTuple(selfArg(a)), tupleOf(a[1]));
}
Value ntRadd(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__radd__");
  return vm.binaryOp(int(ast::OpKind::Add), tupleOf(a[1]), ntTuple(selfArg(a)));
}
Value ntMul(Interpreter& vm, Args a, const Value&) {
  needOther(a, "__mul__");
  return vm.binaryOp(int(ast::OpKind::Mult), ntTuple(selfArg(a)), a[1]);
}
Value ntCount(Interpreter& vm, Args a, const Value&) {
  const Args rest = argsAfterSelf(a, "tuple", "count");
  return vm.call(vm.getAttr(ntTuple(a[0]), "count"), rest.pos);
}
Value ntIndex(Interpreter& vm, Args a, const Value&) {
  const Args rest = argsAfterSelf(a, "tuple", "index");
  return vm.call(vm.getAttr(ntTuple(a[0]), "index"), rest.pos);
}
Value ntHash(Interpreter&, Args a, const Value&) {
  return Value::integer(int64_t(hashValue(ntTuple(selfArg(a)))));
}
Value ntAsdict(Interpreter&, Args a, const Value&) {
  const auto& fields = fieldsOf(ntClass(selfArg(a)));
  const auto& values = ntValues(selfArg(a));
  Value d = newDict();
  for (size_t i = 0; i < fields.size(); ++i) d.as<DictObj>()->set(fields[i], values[i]);
  return d;
}
Value ntReplace(Interpreter&, Args a, const Value&) {
  ClassObj* c = ntClass(selfArg(a));
  const auto& fields = fieldsOf(c);
  std::vector<Value> values = ntValues(selfArg(a));
  for (const KwArg& k : a.kw) {
    size_t i = 0;
    while (i < fields.size() && !equalValues(fields[i], k.name)) ++i;
    if (i == fields.size()) raiseValue("Got unexpected field names: ['" + std::string(strView(k.name)) + "']");
    values[i] = k.value;
  }
  InstanceObj* inst = make<InstanceObj>(c);
  inst->args = newTuple(std::move(values));
  return Value::adopt(inst);
}

// Point._make(iterable), a classmethod: exactly one item per field.
Value ntMake(Interpreter& vm, Args a, const Value&) {
  if (a.size() != 2) raiseType("_make() missing 1 required positional argument: 'iterable'");
  ClassObj* c = clsArg(a[0], g_namedtupleBase);
  std::vector<Value> values = collect(vm, a[1]);
  const size_t fields = fieldsOf(c).size();
  if (values.size() != fields)
    raiseType("Expected " + std::to_string(fields) + " arguments, got " + std::to_string(values.size()));
  InstanceObj* inst = make<InstanceObj>(c);
  inst->args = newTuple(std::move(values));
  return Value::adopt(inst);
}

Value ct_namedtuple(Interpreter& vm, Args a, const Value&) {
  // namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
  defParams(a, "namedtuple", {"typename", "field_names", "rename", "defaults", "module"},
            {.required = 2, .maxPositional = 2});
  const Value* tn = argOrKwarg(a, 0, "typename");
  const Value* fn = argOrKwarg(a, 1, "field_names");
  // collections.namedtuple's checks, in its order: names made str, renamed
  // when rename is true, then identifiers, keywords, underscores, repeats.
  std::vector<Value> fields;
  if (fn->is(ObjKind::Str)) {
    std::string s(strView(*fn));
    std::replace(s.begin(), s.end(), ',', ' ');
    size_t i = 0;
    auto space = [](char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= '\x1c' && ch <= '\x1f'); };
    while (i < s.size()) {
      while (i < s.size() && space(s[i])) ++i;
      size_t j = i;
      while (j < s.size() && !space(s[j])) ++j;
      if (j > i) fields.push_back(str(s.substr(i, j - i)));
      i = j;
    }
  } else {
    for (auto& f : collect(vm, *fn)) fields.push_back(f.is(ObjKind::Str) ? f : str(vm.str(f)));
  }
  const Value typeName = tn->is(ObjKind::Str) ? *tn : str(vm.str(*tn));
  static const std::string_view kKeywords[] = {
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  auto keyword = [&](std::string_view n) {
    return std::find(std::begin(kKeywords), std::end(kKeywords), n) != std::end(kKeywords);
  };
  const Value* renameArg = kwarg(a, "rename");
  const bool rename = renameArg && vm.truthy(*renameArg);
  if (rename) {
    std::vector<std::string> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string n(strView(fields[i]));
      if (!isIdentifier(n) || keyword(n) || n[0] == '_' || std::find(seen.begin(), seen.end(), n) != seen.end())
        fields[i] = str("_" + std::to_string(i));
      seen.push_back(n);
    }
  }
  std::vector<Value> names = {typeName};
  names.insert(names.end(), fields.begin(), fields.end());
  for (const Value& n : names) {
    if (!isIdentifier(strView(n))) raiseValue("Type names and field names must be valid identifiers: " + vm.repr(n));
    if (keyword(strView(n))) raiseValue("Type names and field names cannot be a keyword: " + vm.repr(n));
  }
  std::vector<std::string_view> seen;
  for (const Value& f : fields) {
    const std::string_view n = strView(f);
    if (n[0] == '_' && !rename) raiseValue("Field names cannot start with an underscore: " + vm.repr(f));
    if (std::find(seen.begin(), seen.end(), n) != seen.end())
      raiseValue("Encountered duplicate field name: " + vm.repr(f));
    seen.push_back(n);
  }
  // A class per call, like CPython; it is a plain (non-immortal) object.
  ClassObj* c = make<ClassObj>();
  Value cls = Value::adopt(c);
  c->name = std::string(strView(typeName));
  c->module = "__main__";
  c->bases.push_back(Ref<ClassObj>(g_namedtupleBase));
  c->mro.push_back(c);
  for (ClassObj* b : g_namedtupleBase->mro) c->mro.push_back(b);
  c->dict = Ref<DictObj>(make<DictObj>());
  c->isBuiltin = true;  // the VM calls `construct` for it, as for other natives
  c->construct = ntConstruct;
  // One tuple for both, as collections' class namespace binds them.
  const Value fieldNames = newTuple(fields);
  c->dict->setStr("_fields", fieldNames);
  c->dict->setStr("__match_args__", fieldNames);
  std::string doc = c->name + "(";
  for (size_t i = 0; i < fields.size(); ++i) doc += (i ? ", " : "") + std::string(strView(fields[i]));
  c->dict->setStr("__doc__", str(doc + ")"));
  if (const Value* d = kwarg(a, "defaults"); d && !d->isNone()) {
    std::vector<Value> ds = collect(vm, *d);
    if (ds.size() > fields.size()) raiseType("Got more default values than field names");
    // _field_defaults maps the last fields to their defaults, as CPython's.
    Value byName = newDict();
    for (size_t i = 0; i < ds.size(); ++i) byName.as<DictObj>()->set(fields[fields.size() - ds.size() + i], ds[i]);
    c->dict->setStr("_field_defaults", byName);
    c->dict->setStr("_field_defaults_tuple", newTuple(ds));
  } else {
    c->dict->setStr("_field_defaults", newDict());
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    PropertyObj* p = make<PropertyObj>();
    p->kind = DescriptorKind::TupleGetter;
    BuiltinObj* g = make<BuiltinObj>(std::string(strView(fields[i])), ntField, Value::integer(int64_t(i)));
    g->ownerType = c;
    p->getter = Value::adopt(g);
    c->dict->set(fields[i], Value::adopt(p));
  }
  return cls;
}

void installNamedtupleBase() {
  g_namedtupleBase = newNativeClass("tuple", "builtins");
  // A hidden base holding the shared methods. It is not the built-in tuple
  // type (its instances keep their items in native state), so isinstance,
  // issubclass and match ask isNamedtupleClass to count it as one.
  static const NativeEntry ms[] = {
      {"__repr__", ntRepr},
      {"__len__", ntLen},
      {"__iter__", ntIter},
      {"__getitem__", ntGetitem},
      {"__eq__", ntEq},
      {"__lt__", ntOrder<ast::CmpOpKind::Lt>},
      {"__le__", ntOrder<ast::CmpOpKind::LtE>},
      {"__gt__", ntOrder<ast::CmpOpKind::Gt>},
      {"__ge__", ntOrder<ast::CmpOpKind::GtE>},
      {"__hash__", ntHash},
      {"_asdict", ntAsdict},
      {"_replace", ntReplace},
      {"__add__", ntAdd},
      {"__radd__", ntRadd},
      {"__mul__", ntMul},
      {"__rmul__", ntMul},
      {"count", ntCount},
      {"index", ntIndex},
  };
  addMethods(g_namedtupleBase, ms);
  addClassMethod(g_namedtupleBase, "_make", ntMake);
  addMethod(g_namedtupleBase, "__init__", noopInit);
}

}  // namespace

int64_t collectionsSizeof(const Value& v) {
  if (!v.is(ObjKind::Instance) || !g_deque) return -1;
  ClassObj* c = v.as<InstanceObj>()->cls.get();
  const Value& st = nativeState(v);
  if (c->isSubclassOf(g_deque) && st.is(ObjKind::Tuple)) {
    // deque_sizeof: the object plus its 64-slot blocks.
    const auto& t = st.as<TupleObj>()->items;
    int64_t n = int64_t(t[0].as<ListObj>()->items.size());
    int64_t left = t.size() > 2 && t[2].isInt() ? t[2].asInt() : kCenterLeft;
    return 232 + 528 * ((left + n + kBlock - 1) / kBlock);
  }
  bool counter = c->isSubclassOf(g_counter), dd = c->isSubclassOf(g_defaultdict);
  if ((counter || dd) && st.is(ObjKind::Tuple) && st.as<TupleObj>()->items[0].is(ObjKind::Dict))
    return getsizeof(st.as<TupleObj>()->items[0]) + (counter ? 24 : 8);
  if (c->isSubclassOf(g_namedtupleBase) && st.is(ObjKind::Tuple)) return getsizeof(st);
  if (c->isSubclassOf(g_ordered) && st.is(ObjKind::Tuple) && st.as<TupleObj>()->items[0].is(ObjKind::Dict)) {
    // odict_sizeof: the dict, PyODictObject's 8 extra fields, the fast-node
    // array (one pointer per slot of the dict's table, once it has a table)
    // and a 32 B node per item.
    const Value& inner = st.as<TupleObj>()->items[0];
    const DictObj& d = *inner.as<DictObj>();
    int64_t fastNodes = d.log2Size > 0 ? int64_t(8) << d.log2Size : 0;
    return getsizeof(inner) + 64 + fastNodes + 32 * int64_t(d.size());
  }
  return -1;
}

Value makeCollectionsModule(Interpreter& vm) {
  static std::once_flag once;
  std::call_once(once, [] {
    installDeque();
    installDictLikes();
    installNamedtupleBase();
  });
  return newModule("collections", {{"namedtuple", ct_namedtuple}},
                   {{"deque", Value::object(g_deque)},
                    {"defaultdict", Value::object(g_defaultdict)},
                    {"Counter", Value::object(g_counter)},
                    {"OrderedDict", Value::object(g_ordered)},
                    {"abc", makeCollectionsAbcModule(vm)}});
}

// match statements: a deque is a sequence, the dict-likes are mappings.
bool isCollectionsSequence(const Value& v) {
  return (g_deque && instanceOf(v, g_deque)) || (g_namedtupleBase && instanceOf(v, g_namedtupleBase));
}
bool isNamedtupleClass(ClassObj* c) {
  return g_namedtupleBase && c->isSubclassOf(g_namedtupleBase);
}
bool isDictLikeClass(const ClassObj* c) {
  return g_dictLikeBase && c->isSubclassOf(g_dictLikeBase);
}

bool isCollectionsMapping(const Value& v) {
  return g_ordered && (instanceOf(v, g_ordered) || instanceOf(v, g_defaultdict) || instanceOf(v, g_counter));
}

}  // namespace ys
