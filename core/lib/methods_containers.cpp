// methods_containers.cpp — the methods of list, tuple, dict, set/frozenset
// and range, and the dict view types (dict_keys, dict_values, dict_items).
//
// Mutating methods change `items`/the tables through the containers' own
// methods or call ListObj::resized() afterwards, so the CPython-equivalent
// allocation (what sys.getsizeof and the memory chart read) follows the same
// resize steps as CPython's listobject.c. Dict views are InstanceObj values of
// small built-in classes whose state (`args`) is the dict itself, so they see
// the dict live, as CPython's views do.
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "core/lib/builtins_util.h"

namespace ys {

void dictUpdateFrom(Interpreter& vm, DictObj& d, const Value& src);  // builtins.cpp

namespace {

ListObj* selfList(Args a, const char* m) {
  return selfOf<ListObj>(a, ObjKind::List, "list", m);
}
TupleObj* selfTuple(Args a, const char* m) {
  return selfOf<TupleObj>(a, ObjKind::Tuple, "tuple", m);
}
DictObj* selfDict(Args a, const char* m) {
  return selfOf<DictObj>(a, ObjKind::Dict, "dict", m);
}
// self of a positional-only dict method, once its arguments are checked.
DictObj* dictMethodArgs(Args a, const char* m, size_t min, size_t max) {
  DictObj* d = selfDict(a, m);
  noKwargs(a, std::string("dict.") + m);
  methodCount(a, m, min, max);
  return d;
}
RangeObj* selfRange(Args a, const char* m) {
  return selfOf<RangeObj>(a, ObjKind::Range, "range", m);
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
  noKwargs(a, "list.append");
  if (a.size() != 2) raiseType("list.append() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
  l->append(a[1]);
  return {};
}

Value l_extend(Interpreter& vm, Args a, const Value&) {
  ListObj* l = selfList(a, "extend");
  noKwargs(a, "list.extend");
  if (a.size() != 2) raiseType("list.extend() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
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
  noKwargs(a, "list.remove");
  if (a.size() != 2) raiseType("list.remove() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
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

// __len__ is a slot wrapper in CPython (wrap_lenfunc), not a method:
// {1}.__len__(5) is an error, not 1. So are __contains__ and __getitem__
// where the type defines no method of that name (tuple, range, the dict views).
void lenSlotArgs(Args a) {
  slotArgs(a, "__len__", 0);
}

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
  const std::string method = std::string(Seq<O>::name) + ".count";
  noKwargs(a, method);
  if (a.size() != 2) raiseType(method + "() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
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

// ================================================================ dict

[[noreturn]] void keyError(const Value& key) {
  throw PyErr{newException(T().KeyError, {key})};
}

Value d_get(Interpreter&, Args a, const Value&) {
  DictObj* d = dictMethodArgs(a, "get", 1, 2);
  Value out;
  if (d->get(a[1], out)) return out;
  return a.size() == 3 ? a[2] : Value();
}

Value d_pop(Interpreter&, Args a, const Value&) {
  DictObj* d = dictMethodArgs(a, "pop", 1, 2);
  Value out;
  if (d->get(a[1], out)) {
    d->remove(a[1]);
    return out;
  }
  if (a.size() == 3) return a[2];
  keyError(a[1]);
}

Value d_popitem(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "popitem");
  methodCount(a, "popitem", 0, 0);
  if (d->count > 0) d->combine(6);  // a split table becomes combined, at the shared keys' size
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].live) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    d->remove(k);
    return newTuple({k, v});
  }
  keyError(str("popitem(): dictionary is empty"));
}

Value d_setdefault(Interpreter&, Args a, const Value&) {
  DictObj* d = dictMethodArgs(a, "setdefault", 1, 2);
  Value out;
  if (d->get(a[1], out)) return out;
  Value v = a.size() == 3 ? a[2] : Value();
  d->set(a[1], v);
  return v;
}

Value d_update(Interpreter& vm, Args a, const Value&) {
  DictObj* d = selfDict(a, "update");
  if (a.size() > 2) raiseType("update expected at most 1 argument, got " + std::to_string(a.size() - 1));
  Value keep = a[0];
  if (a.size() == 2) dictUpdateFrom(vm, *d, a[1]);
  for (const KwArg& k : a.kw) d->set(k.name, k.value);
  return {};
}

Value d_copy(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "copy");
  methodCount(a, "copy", 0, 0);
  return dictCopy(*d);  // PyDict_Copy: a clone of the table, or a fresh dict merged from d
}

Value d_clear(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "clear");
  methodCount(a, "clear", 0, 0);
  d->clear();
  return {};
}

Value d_len(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "__len__");
  lenSlotArgs(a);
  return Value::integer(int64_t(d->size()));
}

Value d_contains(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "__contains__");
  methodCount(a, "__contains__", 1, 1);
  Value out;
  return boolean(d->get(a[1], out));
}

Value d_getitem(Interpreter&, Args a, const Value&) {
  DictObj* d = selfDict(a, "__getitem__");
  methodCount(a, "__getitem__", 1, 1);
  Value out;
  if (d->get(a[1], out)) return out;
  keyError(a[1]);
}

Value d_fromkeys(Interpreter& vm, Args a, const Value&) {
  // Called as a classmethod: args[0] is the class.
  if (!a.kw.empty()) raiseType("dict.fromkeys() takes no keyword arguments");
  methodCount(a, "fromkeys", 1, 2);
  Value r = newDict();
  Value v = a.size() == 3 ? a[2] : Value();
  // _PyDict_FromKeys sizes a plain dict for a dict's or a set's keys up front
  // (a set's as a table of any keys).
  if (a[0].isObj() && a[0].asObj() == T().dict) {
    if (a[1].is(ObjKind::Dict))
      r.as<DictObj>()->presize(a[1].as<DictObj>()->size(), a[1].as<DictObj>()->cpyUnicodeKeys);
    else if (a[1].is(ObjKind::Set))
      r.as<DictObj>()->presize(a[1].as<SetObj>()->size(), false);
  }
  forEach(vm, a[1], [&](const Value& k) {
    r.as<DictObj>()->set(k, v);
    return true;
  });
  return r;
}

// ---------------------------------------------------------------- dict views

enum class ViewKind { Keys, Values, Items };
ClassObj* g_viewClass[3] = {nullptr, nullptr, nullptr};
const char* const kViewName[3] = {"dict_keys", "dict_values", "dict_items"};
// OrderedDict's views: subclasses of the dict views in CPython, with their own
// names in repr (odict_keys(['a'])) and type(...).__name__.
ClassObj* g_odictViewClass[3] = {nullptr, nullptr, nullptr};
const char* const kOdictViewName[3] = {"odict_keys", "odict_values", "odict_items"};
const char* const kViewIterName[3] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};

struct DictViewIter : SizeCheckedIter<DictObj> {
  DictViewIter(Value d, ViewKind k) : SizeCheckedIter(kViewIterName[int(k)], std::move(d)), kind(k), left(startSize) {}
  ViewKind kind;
  // Entries still expected, as CPython's di->len: a live entry found after
  // that many means keys were deleted and others added in their place (the
  // size check cannot see it).
  size_t left;
  bool next(Interpreter&, Value& out) override {
    if (done) return false;
    DictObj* d = checkedContainer("dictionary changed size during iteration");
    while (pos < d->entries.size() && !d->entries[pos].live) ++pos;
    if (pos >= d->entries.size()) {
      done = true;
      return false;
    }
    if (left == 0) {
      done = true;
      throwError(T().RuntimeError, "dictionary keys changed during iteration");
    }
    --left;
    const DictObj::Entry& e = d->entries[pos++];
    if (kind == ViewKind::Keys)
      out = e.key;
    else if (kind == ViewKind::Values)
      out = e.value;
    else
      out = newTuple({e.key, e.value});
    return true;
  }
};

Value makeView(const Value& dict, ViewKind k) {
  InstanceObj* inst = make<InstanceObj>(g_viewClass[int(k)]);
  inst->args = dict;
  return Value::adopt(inst);
}

Value d_keys(Interpreter&, Args a, const Value&) {
  selfDict(a, "keys");
  methodCount(a, "keys", 0, 0);
  return makeView(a[0], ViewKind::Keys);
}
Value d_values(Interpreter&, Args a, const Value&) {
  selfDict(a, "values");
  methodCount(a, "values", 0, 0);
  return makeView(a[0], ViewKind::Values);
}
Value d_items(Interpreter&, Args a, const Value&) {
  selfDict(a, "items");
  methodCount(a, "items", 0, 0);
  return makeView(a[0], ViewKind::Items);
}

ViewKind viewSelf(Args a, const Value*& dict) {
  if (a.size() == 0 || !a[0].is(ObjKind::Instance)) raiseType("descriptor requires a dict view");
  InstanceObj* inst = a[0].as<InstanceObj>();
  for (int k = 0; k < 3; ++k)
    if (inst->cls.get() == g_viewClass[k] || inst->cls.get() == g_odictViewClass[k]) {
      dict = &inst->args;
      return ViewKind(k);
    }
  raiseType("descriptor requires a dict view");
}

Value v_iter(Interpreter&, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  return newNative<DictViewIter>(*d, k);
}

Value v_len(Interpreter&, Args a, const Value&) {
  const Value* d;
  viewSelf(a, d);
  lenSlotArgs(a);
  return Value::integer(int64_t(d->as<DictObj>()->size()));
}

std::vector<Value> viewItems(const Value& dict, ViewKind k) {
  std::vector<Value> out;
  for (auto& e : dict.as<DictObj>()->entries) {
    if (!e.live) continue;
    if (k == ViewKind::Keys)
      out.push_back(e.key);
    else if (k == ViewKind::Values)
      out.push_back(e.value);
    else
      out.push_back(newTuple({e.key, e.value}));
  }
  return out;
}

Value v_contains(Interpreter& vm, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  slotArgs(a, "__contains__", 1);
  DictObj* dict = d->as<DictObj>();
  Value out;
  if (k == ViewKind::Keys) return boolean(dict->get(a[1], out));
  if (k == ViewKind::Items) {
    if (!a[1].is(ObjKind::Tuple) || a[1].as<TupleObj>()->items.size() != 2) return boolean(false);
    const auto& kv = a[1].as<TupleObj>()->items;
    return boolean(dict->get(kv[0], out) && vm.sameOrEquals(out, kv[1]));
  }
  for (const Value& v : viewItems(*d, k))
    if (vm.sameOrEquals(v, a[1])) return boolean(true);
  return boolean(false);
}

Value v_repr(Interpreter& vm, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  return str(a[0].as<InstanceObj>()->cls->name + "(" + vm.repr(newList(viewItems(*d, k))) + ")");
}

Value v_reversed(Interpreter&, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  std::vector<Value> items = viewItems(*d, k);
  std::reverse(items.begin(), items.end());
  static const char* const names[3] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                       "dict_reverseitemiterator"};
  return newNative<VectorIter>(names[int(k)], std::move(items));
}

Value setOf(Interpreter& vm, const Value& v);

// Set algebra on keys/items views, with CPython's dictobject.c steps (the
// result is a set whose iteration order depends on how it was filled).
Value viewToSet(Interpreter& vm, const Value& dict, ViewKind k) {
  Value r = newSet();
  if (k == ViewKind::Keys)
    setUpdateFrom(vm, *r.as<SetObj>(), dict);
  else
    for (auto& v : viewItems(dict, k)) r.as<SetObj>()->add(v);
  return r;
}

bool viewContains(Interpreter& vm, const Value& dict, ViewKind k, const Value& x) {
  Value out;
  if (k == ViewKind::Keys) return dict.as<DictObj>()->get(x, out);
  if (!x.is(ObjKind::Tuple) || x.as<TupleObj>()->items.size() != 2) return false;
  const auto& kv = x.as<TupleObj>()->items;
  return dict.as<DictObj>()->get(kv[0], out) && vm.sameOrEquals(out, kv[1]);
}

enum class SetOp { And, Or, Sub, Xor };

// keys() and items() views' & | - ^ : a new set.
template <SetOp Op>
Value viewSetOp(Interpreter& vm, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  methodCount(a, "__and__", 1, 1);
  const Value& other = a[1];
  if (Op == SetOp::And) {
    if (other.is(ObjKind::Set) && d->as<DictObj>()->size() <= other.as<SetObj>()->size()) {
      Value r = newSet();
      SetObj* o = other.as<SetObj>();
      forEach(vm, a[0], [&](const Value& v) {
        if (o->contains(v)) r.as<SetObj>()->add(v);
        return true;
      });
      return r;
    }
    Value r = newSet();
    Value dict = *d;
    forEach(vm, other, [&](const Value& v) {
      if (viewContains(vm, dict, k, v)) r.as<SetObj>()->add(v);
      return true;
    });
    return r;
  }
  Value r = viewToSet(vm, *d, k);
  SetObj* out = r.as<SetObj>();
  if (Op == SetOp::Or) {
    setUpdateFrom(vm, *out, other);
  } else if (Op == SetOp::Sub) {
    forEach(vm, other, [&](const Value& v) {
      out->discard(v);
      return true;
    });
  } else {  // SetOp::Xor
    Value os = other.is(ObjKind::Set) ? other : setOf(vm, other);
    for (auto& v : os.as<SetObj>()->items())
      if (!out->discard(v)) out->add(v);
  }
  return r;
}

Value v_eq(Interpreter& vm, Args a, const Value&) {
  const Value* d;
  ViewKind k = viewSelf(a, d);
  methodCount(a, "__eq__", 1, 1);
  if (k == ViewKind::Values) return boolean(a[0].identical(a[1]));
  const Value& o = a[1];
  Value otherSet;
  if (o.is(ObjKind::Set))
    otherSet = o;
  else if (o.is(ObjKind::Instance) && (o.as<InstanceObj>()->cls->isSubclassOf(g_viewClass[0]) ||
                                       o.as<InstanceObj>()->cls->isSubclassOf(g_viewClass[2]))) {
    otherSet = newSet();
    forEach(vm, o, [&](const Value& v) {
      otherSet.as<SetObj>()->add(v);
      return true;
    });
  } else {
    return boolean(false);
  }
  std::vector<Value> mine = viewItems(*d, k);
  SetObj* os = otherSet.as<SetObj>();
  if (mine.size() != os->size()) return boolean(false);
  for (auto& v : mine)
    if (!os->contains(v)) return boolean(false);
  return boolean(true);
}

void installViews(ClassObj* object) {
  for (int k = 0; k < 3; ++k) {
    ClassObj* c = newNativeClass(kViewName[k], "builtins", object);
    g_viewClass[k] = c;
    addMethods(c, {{"__iter__", v_iter},
                   {"__len__", v_len},
                   {"__contains__", v_contains},
                   {"__repr__", v_repr},
                   {"__reversed__", v_reversed}});
    if (k != int(ViewKind::Values)) {
      addMethods(c, {{"__and__", viewSetOp<SetOp::And>},
                     {"__or__", viewSetOp<SetOp::Or>},
                     {"__sub__", viewSetOp<SetOp::Sub>},
                     {"__xor__", viewSetOp<SetOp::Xor>},
                     {"__eq__", v_eq}});
    }
    g_odictViewClass[k] = newNativeClass(kOdictViewName[k], "builtins", c);
  }
}

// ================================================================ set

SetObj* anySet(Args a, const char* m) {
  return selfOf<SetObj>(a, ObjKind::Set, "set", m);
}

// A frozenset only reaches a mutator through the set class (`set.add(fs, 1)`):
// the instance itself has no such attribute.
SetObj* mutableSet(Args a, const char* m) {
  SetObj* s = anySet(a, m);
  if (s->frozen) raiseDescriptorMismatch(m, "set", "frozenset");
  return s;
}

// The class a shared set method belongs to in CPython's messages: a
// frozenset's union is frozenset.union ("frozenset.union() takes no keyword
// arguments").
std::string setMethod(const SetObj* s, const char* m) {
  return std::string(s->frozen ? "frozenset." : "set.") + m;
}

Value setOf(Interpreter& vm, const Value& v) {
  if (v.is(ObjKind::Set)) return v;
  Value s = newSet();
  setUpdateFrom(vm, *s.as<SetObj>(), v);
  return s;
}

Value s_add(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "add");
  noKwargs(a, "set.add");
  if (a.size() != 2) raiseType("set.add() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
  s->add(a[1]);
  return {};
}

Value s_remove(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "remove");
  methodCount(a, "remove", 1, 1);
  if (!s->discard(a[1])) keyError(a[1]);
  return {};
}

Value s_discard(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "discard");
  methodCount(a, "discard", 1, 1);
  s->discard(a[1]);
  return {};
}

Value s_pop(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "pop");
  methodCount(a, "pop", 0, 0);
  Value out;
  if (!s->pop(out)) keyError(str("pop from an empty set"));
  return out;
}

Value s_clear(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "clear");
  methodCount(a, "clear", 0, 0);
  s->clear();
  return {};
}

Value setCopy(const SetObj& s, bool frozen);
Value s_copy(Interpreter&, Args a, const Value&) {
  SetObj* s = anySet(a, "copy");
  methodCount(a, "copy", 0, 0);
  if (s->frozen) return a[0];
  return setCopy(*s, false);
}

Value s_len(Interpreter&, Args a, const Value&) {
  SetObj* s = anySet(a, "__len__");
  lenSlotArgs(a);
  return Value::integer(int64_t(s->size()));
}

Value s_contains(Interpreter&, Args a, const Value&) {
  SetObj* s = anySet(a, "__contains__");
  methodCount(a, "__contains__", 1, 1);
  return boolean(s->contains(a[1]));
}

Value s_union(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "union");
  noKwargs(a, setMethod(s, "union"));
  Value r = newSet(s->frozen);
  r.as<SetObj>()->update(*s);
  for (size_t i = 1; i < a.size(); ++i) setUpdateFrom(vm, *r.as<SetObj>(), a[i]);
  return r;
}

Value setCopy(const SetObj& s, bool frozen);
Value intersect2(Interpreter& vm, const Value& self, const Value& other, bool frozen) {
  Value r = newSet(frozen);
  SetObj* out = r.as<SetObj>();
  SetObj* s = self.as<SetObj>();
  if (other.is(ObjKind::Set)) {
    SetObj* o = other.as<SetObj>();
    if (o == s) return setCopy(*s, frozen);
    // CPython iterates the argument unless it is the larger set.
    SetObj* small = o->size() > s->size() ? s : o;
    SetObj* big = small == s ? o : s;
    for (auto& v : small->items())
      if (big->contains(v)) out->add(v);
    return r;
  }
  forEach(vm, other, [&](const Value& v) {
    if (s->contains(v)) out->add(v);
    return true;
  });
  return r;
}

Value s_intersection(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "intersection");
  noKwargs(a, setMethod(s, "intersection"));
  if (a.size() == 1) return setCopy(*s, s->frozen);
  Value r = a[0];
  for (size_t i = 1; i < a.size(); ++i) r = intersect2(vm, r, a[i], s->frozen);
  return r;
}

Value setCopy(const SetObj& s, bool frozen) {
  Value r = newSet(frozen);
  r.as<SetObj>()->update(s);
  return r;
}

// CPython's set_difference: a copy then discards when the other operand is
// not a set/dict or is much smaller; else the members of self not in other,
// added in self's order.
Value difference2(Interpreter& vm, const Value& self, const Value& other, bool frozen) {
  SetObj* s = self.as<SetObj>();
  bool setLike = other.is(ObjKind::Set) || other.is(ObjKind::Dict);
  size_t otherSize = other.is(ObjKind::Set)    ? other.as<SetObj>()->size()
                     : other.is(ObjKind::Dict) ? other.as<DictObj>()->size()
                                               : 0;
  if (!setLike || (s->size() >> 2) > otherSize) {
    Value r = setCopy(*s, frozen);  // set_copy_and_difference
    forEach(vm, other, [&](const Value& v) {
      r.as<SetObj>()->discard(v);
      return true;
    });
    setResizeAwayDummies(*r.as<SetObj>());
    return r;
  }
  Value r = newSet(frozen);
  for (auto& v : s->items()) {
    bool in = other.is(ObjKind::Set) ? other.as<SetObj>()->contains(v) : [&] {
      Value tmp;
      return other.as<DictObj>()->get(v, tmp);
    }();
    if (!in) r.as<SetObj>()->add(v);
  }
  return r;
}

Value s_difference(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "difference");
  noKwargs(a, setMethod(s, "difference"));
  if (a.size() == 1) return setCopy(*s, s->frozen);
  Value r = difference2(vm, a[0], a[1], s->frozen);
  for (size_t i = 2; i < a.size(); ++i) {
    forEach(vm, a[i], [&](const Value& v) {
      r.as<SetObj>()->discard(v);
      return true;
    });
    setResizeAwayDummies(*r.as<SetObj>());
  }
  return r;
}

// CPython: set(other), then each member of self toggled in it.
Value s_symdiff(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "symmetric_difference");
  noKwargs(a, setMethod(s, "symmetric_difference"));
  if (a.size() != 2)
    raiseType(setMethod(s, "symmetric_difference") + "() takes exactly one argument (" + std::to_string(a.size() - 1) +
              " given)");
  Value r = newSet(s->frozen);
  SetObj* out = r.as<SetObj>();
  setUpdateFrom(vm, *out, a[1]);
  for (auto& v : s->items())
    if (!out->discard(v)) out->add(v);
  return r;
}

Value s_update(Interpreter& vm, Args a, const Value&) {
  SetObj* s = mutableSet(a, "update");
  noKwargs(a, "set.update");
  Value keep = a[0];
  for (size_t i = 1; i < a.size(); ++i) setUpdateFrom(vm, *s, a[i]);
  return {};
}

// CPython's set_swap_bodies: `s` takes the table of the computed result.
Value replaceWith(SetObj* s, const Value& r) {
  SetObj* t = r.as<SetObj>();
  std::swap(s->slots, t->slots);
  std::swap(s->used, t->used);
  std::swap(s->cpyTableSize, t->cpyTableSize);
  std::swap(s->cpyFill, t->cpyFill);
  s->finger = 0;
  t->finger = 0;
  s->setAccounted(getsizeofObject(*s));
  t->setAccounted(getsizeofObject(*t));
  return {};
}
Value s_intersection_update(Interpreter& vm, Args a, const Value& d) {
  SetObj* s = mutableSet(a, "intersection_update");
  return replaceWith(s, s_intersection(vm, a, d));
}
// In place, as CPython's set_difference_update_internal: discard each.
Value s_difference_update(Interpreter& vm, Args a, const Value&) {
  SetObj* s = mutableSet(a, "difference_update");
  Value keep = a[0];
  for (size_t i = 1; i < a.size(); ++i) {
    for (auto& v : collect(vm, a[i].is(ObjKind::Set) ? newList(a[i].as<SetObj>()->items()) : a[i])) s->discard(v);
    setResizeAwayDummies(*s);  // after each argument, as set_difference_update_internal
  }
  return {};
}
// In place, as CPython: for each member of the other set, discard it or add it.
Value s_symdiff_update(Interpreter& vm, Args a, const Value&) {
  SetObj* s = mutableSet(a, "symmetric_difference_update");
  methodCount(a, "symmetric_difference_update", 1, 1);
  Value keep = a[0];
  Value other = a[1].is(ObjKind::Set) ? a[1] : setOf(vm, a[1]);
  if (other.asObj() == s) {
    s->clear();
    return {};
  }
  for (auto& v : other.as<SetObj>()->items())
    if (!s->discard(v)) s->add(v);
  return {};
}

Value s_issubset(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "issubset");
  methodCount(a, "issubset", 1, 1);
  Value o = setOf(vm, a[1]);
  for (auto& v : s->items())
    if (!o.as<SetObj>()->contains(v)) return boolean(false);
  return boolean(true);
}

Value s_issuperset(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "issuperset");
  methodCount(a, "issuperset", 1, 1);
  bool all = true;
  forEach(vm, a[1], [&](const Value& v) {
    all = s->contains(v);
    return all;
  });
  return boolean(all);
}

Value s_isdisjoint(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "isdisjoint");
  methodCount(a, "isdisjoint", 1, 1);
  bool disjoint = true;
  forEach(vm, a[1], [&](const Value& v) {
    disjoint = !s->contains(v);
    return disjoint;
  });
  return boolean(disjoint);
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

Value newDictKeyIterator(const Value& dict) {
  return newNative<DictViewIter>(dict, ViewKind::Keys);
}

ClassObj* odictViewClass(int kind) {
  return g_odictViewClass[kind];
}

void installContainerMethods(const BuiltinTypes& t) {
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
  addMethods(t.dict, {{"get", d_get},
                      {"pop", d_pop},
                      {"popitem", d_popitem},
                      {"setdefault", d_setdefault},
                      {"update", d_update},
                      {"copy", d_copy},
                      {"clear", d_clear},
                      {"keys", d_keys},
                      {"values", d_values},
                      {"items", d_items},
                      {"__len__", d_len},
                      {"__contains__", d_contains},
                      {"__getitem__", d_getitem}});
  addClassMethod(t.dict, "fromkeys", d_fromkeys);
  static const NativeEntry shared[] = {{"copy", s_copy},
                                       {"union", s_union},
                                       {"intersection", s_intersection},
                                       {"difference", s_difference},
                                       {"symmetric_difference", s_symdiff},
                                       {"issubset", s_issubset},
                                       {"issuperset", s_issuperset},
                                       {"isdisjoint", s_isdisjoint},
                                       {"__len__", s_len},
                                       {"__contains__", s_contains}};
  addMethods(t.set, shared);
  addMethods(t.frozenset, shared);
  addMethods(t.set, {{"add", s_add},
                     {"remove", s_remove},
                     {"discard", s_discard},
                     {"pop", s_pop},
                     {"clear", s_clear},
                     {"update", s_update},
                     {"intersection_update", s_intersection_update},
                     {"difference_update", s_difference_update},
                     {"symmetric_difference_update", s_symdiff_update}});
  addMethods(t.range, {{"count", r_count}, {"index", r_index}, {"__len__", r_len}, {"__getitem__", r_getitem}});
  addProperty(t.range, "start", r_start, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.range, "stop", r_stop, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.range, "step", r_step, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "start", sl_start, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "stop", sl_stop, nullptr, nullptr, DescriptorKind::Member);
  addProperty(t.slice, "step", sl_step, nullptr, nullptr, DescriptorKind::Member);
  installViews(t.object);
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
