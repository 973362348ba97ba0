// methods_dict.cpp — the methods of dict, and the dict view types
// (dict_keys, dict_values, dict_items). Views are InstanceObj values of small
// built-in classes whose state (`args`) is the dict itself, so they see the
// dict live, as CPython's views do.
#include "core/lib/builtins_util.h"

namespace ys {

namespace {

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

// ================================================================ dict

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
  raiseKeyError(a[1]);
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
  raiseKeyError(str("popitem(): dictionary is empty"));
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
  raiseKeyError(a[1]);
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

}  // namespace

Value newDictKeyIterator(const Value& dict) {
  return newNative<DictViewIter>(dict, ViewKind::Keys);
}

ClassObj* odictViewClass(int kind) {
  return g_odictViewClass[kind];
}

void installDictMethods(const BuiltinTypes& t) {
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
  installViews(t.object);
}

}  // namespace ys
