// methods_list.cpp — the methods of list and tuple (what the two share is
// written once, over Seq<ListObj> and Seq<TupleObj>).
//
// Mutating methods change `items` and call ListObj::resized() afterwards, so
// the CPython-equivalent allocation (what sys.getsizeof and the memory chart
// read) follows the same resize steps as CPython's listobject.c.
#include <type_traits>

#include "core/lib/builtins_util.h"

namespace ys {

namespace {

ListObj* selfList(Args a, const char* m) {
  return selfOf<ListObj>(a, ObjKind::List, "list", m);
}
TupleObj* selfTuple(Args a, const char* m) {
  return selfOf<TupleObj>(a, ObjKind::Tuple, "tuple", m);
}

// Clamped slice-style bounds for index(x, start, stop).
void seqBounds(Args a, size_t first, int64_t n, int64_t& start, int64_t& stop) {
  start = 0;
  stop = n;
  auto conv = [&](const Value& v, int64_t& out) {
    int64_t x;
    if (v.is(ObjKind::BigInt))
      x = v.as<BigIntObj>()->value.isNegative() ? -n - 1 : n + 1;
    else if (isIntValue(v))
      x = v.asInt();
    else
      raiseType("slice indices must be integers or have an __index__ method");
    if (x < 0) {
      x += n;
      if (x < 0) x = 0;
    }
    if (x > n) x = n;
    out = x;
  };
  if (a.size() > first) conv(a[first], start);
  if (a.size() > first + 1) conv(a[first + 1], stop);
}

// ================================================================ list

Value l_append(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "append");
  methodExactlyOne(a, "list.append");
  l->append(a[1]);
  return {};
}

Value l_extend(Interpreter& vm, Args a, const Value&) {
  ListObj* l = selfList(a, "extend");
  methodExactlyOne(a, "list.extend");
  const Value& src = a[1];
  if (src.is(ObjKind::List) || src.is(ObjKind::Tuple)) {
    l->extend(collect(vm, src));  // a copy: l.extend(l) is fine
    return {};
  }
  Value keep = a[0];
  listExtendIter(vm, l, src);
  return {};
}

Value l_insert(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "insert");
  noKwargs(a, "list.insert");
  if (a.size() != 3) raiseType("insert expected 2 arguments, got " + std::to_string(a.size() - 1));
  int64_t n = int64_t(l->items.size());
  int64_t i = a[1].is(ObjKind::BigInt) ? (a[1].as<BigIntObj>()->value.isNegative() ? 0 : n) : indexOf(a[1]);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a[2]);
  l->resized();
  return {};
}

Value l_pop(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "pop");
  noKwargs(a, "list.pop");
  methodCount(a, "pop", 0, 1);
  if (l->items.empty()) throwError(T().IndexError, "pop from empty list");
  int64_t n = int64_t(l->items.size());
  int64_t i = a.size() == 2 ? indexOf(a[1]) : -1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, "pop index out of range");
  Value v = std::move(l->items[size_t(i)]);
  l->items.erase(l->items.begin() + i);
  l->resized();
  return v;
}

Value l_remove(Interpreter& vm, Args a, const Value&) {
  ListObj* l = selfList(a, "remove");
  methodExactlyOne(a, "list.remove");
  Value keep = a[0];
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value item = l->items[i];
    if (vm.sameOrEquals(item, a[1])) {
      if (i < l->items.size()) {
        l->items.erase(l->items.begin() + int64_t(i));
        l->resized();
      }
      return {};
    }
  }
  raiseValue("list.remove(x): x not in list");
}

Value l_index(Interpreter& vm, Args a, const Value&) {
  ListObj* l = selfList(a, "index");
  noKwargs(a, "list.index");
  methodCount(a, "index", 1, 3);
  Value keep = a[0];
  int64_t start, stop;
  seqBounds(a, 2, int64_t(l->items.size()), start, stop);
  for (int64_t i = start; i < stop && i < int64_t(l->items.size()); ++i) {
    Value item = l->items[size_t(i)];
    if (vm.sameOrEquals(item, a[1])) return Value::integer(i);
  }
  raiseValue(vm.repr(a[1]) + " is not in list");
}

Value l_sort(Interpreter& vm, Args a, const Value&) {
  ListObj* l = selfList(a, "sort");
  // Clinic counts all the arguments first, against key and reverse:
  // [].sort(1, 2, 3) is "takes at most 2 arguments (3 given)" ("keyword
  // arguments" when none is positional); only then "no positional arguments".
  const size_t total = a.size() - 1 + a.kw.size();
  if (total > 2)
    raiseType("sort() takes at most 2 " + std::string(a.size() > 1 ? "" : "keyword ") + "arguments (" +
              std::to_string(total) + " given)");
  if (a.size() > 1) raiseType("sort() takes no positional arguments");
  allowKwargs(a, "sort", {"key", "reverse"});
  const Value* key = kwarg(a, "key");
  const Value* rev = kwarg(a, "reverse");
  const bool reverse = rev && intFlag(*rev);
  Value keep = a[0];
  // As CPython: the list looks empty while Python code runs during the sort.
  std::vector<Value> items = std::move(l->items);
  l->items.clear();
  try {
    sortValues(vm, items, key ? *key : Value(), reverse);
  } catch (...) {
    l->items = std::move(items);
    throw;
  }
  bool modified = !l->items.empty();
  l->items = std::move(items);
  if (modified) raiseValue("list modified during sort");
  return {};
}

Value l_reverse(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "reverse");
  methodCount(a, "reverse", 0, 0);
  std::reverse(l->items.begin(), l->items.end());
  return {};
}

Value l_copy(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "copy");
  methodCount(a, "copy", 0, 0);
  return newList(l->items);
}

Value l_clear(Interpreter&, Args a, const Value&) {
  ListObj* l = selfList(a, "clear");
  methodCount(a, "clear", 0, 0);
  // As _list_clear: the list is empty before its items go, last to first.
  std::vector<Value> old = std::move(l->items);
  l->items.clear();
  l->resized();
  releaseBackToFront(old);
  return {};
}

// ================================================================ list and tuple

// What list and tuple share: the type's name (in messages) and self.
template <class O>
struct Seq;
template <>
struct Seq<ListObj> {
  static constexpr const char* name = "list";
  static ListObj* self(Args a, const char* method) { return selfList(a, method); }
};
template <>
struct Seq<TupleObj> {
  static constexpr const char* name = "tuple";
  static TupleObj* self(Args a, const char* method) { return selfTuple(a, method); }
};

template <class O>
Value seqLen(Interpreter&, Args a, const Value&) {
  O* s = Seq<O>::self(a, "__len__");
  lenSlotArgs(a);
  return Value::integer(int64_t(s->items.size()));
}

template <class O>
Value seqGetitemMethod(Interpreter& vm, Args a, const Value&) {
  Seq<O>::self(a, "__getitem__");
  // list.__getitem__ is a method (METH_O), tuple's only the slot wrapper.
  if constexpr (std::is_same_v<O, TupleObj>) slotArgs(a, "__getitem__", 1);
  return subscriptMethod(vm, a);
}

// __contains__ and count read the items by index and hold each one while
// __eq__ runs, since that may change a list under them.
template <class O>
Value seqContains(Interpreter& vm, Args a, const Value&) {
  O* s = Seq<O>::self(a, "__contains__");
  slotArgs(a, "__contains__", 1);  // a slot wrapper for list and tuple alike
  Value keep = a[0];
  for (size_t i = 0; i < s->items.size(); ++i) {
    Value item = s->items[i];
    if (vm.sameOrEquals(item, a[1])) return boolean(true);
  }
  return boolean(false);
}

template <class O>
Value seqCount(Interpreter& vm, Args a, const Value&) {
  O* s = Seq<O>::self(a, "count");
  methodExactlyOne(a, std::string(Seq<O>::name) + ".count");
  Value keep = a[0];
  int64_t n = 0;
  for (size_t i = 0; i < s->items.size(); ++i) {
    Value item = s->items[i];
    if (vm.sameOrEquals(item, a[1])) ++n;
  }
  return Value::integer(n);
}

// ================================================================ tuple

Value t_index(Interpreter& vm, Args a, const Value&) {
  TupleObj* t = selfTuple(a, "index");
  noKwargs(a, "tuple.index");
  methodCount(a, "index", 1, 3);
  int64_t start, stop;
  seqBounds(a, 2, int64_t(t->items.size()), start, stop);
  for (int64_t i = start; i < stop; ++i)
    if (vm.sameOrEquals(t->items[size_t(i)], a[1])) return Value::integer(i);
  raiseValue("tuple.index(x): x not in tuple");
}

}  // namespace

void installListMethods(const BuiltinTypes& t) {
  addMethods(t.list, {{"append", l_append},
                      {"extend", l_extend},
                      {"insert", l_insert},
                      {"pop", l_pop},
                      {"remove", l_remove},
                      {"index", l_index},
                      {"count", seqCount<ListObj>},
                      {"sort", l_sort},
                      {"reverse", l_reverse},
                      {"copy", l_copy},
                      {"clear", l_clear},
                      {"__len__", seqLen<ListObj>},
                      {"__contains__", seqContains<ListObj>},
                      {"__getitem__", seqGetitemMethod<ListObj>}});
  addMethods(t.tuple, {{"index", t_index},
                       {"count", seqCount<TupleObj>},
                       {"__len__", seqLen<TupleObj>},
                       {"__contains__", seqContains<TupleObj>},
                       {"__getitem__", seqGetitemMethod<TupleObj>}});
}

}  // namespace ys
