// methods_set.cpp — the methods of set and frozenset: the shared ones on
// both classes, the mutators on set alone, as in CPython's setobject.c.
#include <algorithm>

#include "core/lib/builtins_util.h"

namespace ys {

Value setOf(Interpreter& vm, const Value& v) {
  if (v.is(ObjKind::Set)) return v;
  Value s = newSet();
  setUpdateFrom(vm, *s.as<SetObj>(), v);
  return s;
}

namespace {

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

Value s_add(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "add");
  methodExactlyOne(a, "set.add");
  s->add(a[1]);
  return {};
}

Value s_remove(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "remove");
  methodCount(a, "remove", 1, 1);
  if (!s->discard(a[1])) raiseKeyError(a[1]);
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
  if (!s->pop(out)) raiseKeyError(str("pop from an empty set"));
  return out;
}

Value s_clear(Interpreter&, Args a, const Value&) {
  SetObj* s = mutableSet(a, "clear");
  methodCount(a, "clear", 0, 0);
  s->clear();
  return {};
}

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
  methodExactlyOne(a, setMethod(s, "symmetric_difference"));
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
  return boolean(forEach(vm, a[1], [&](const Value& v) { return s->contains(v); }));
}

Value s_isdisjoint(Interpreter& vm, Args a, const Value&) {
  SetObj* s = anySet(a, "isdisjoint");
  methodCount(a, "isdisjoint", 1, 1);
  return boolean(forEach(vm, a[1], [&](const Value& v) { return !s->contains(v); }));
}

}  // namespace

void installSetMethods(const BuiltinTypes& t) {
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
}

}  // namespace ys
