// mod_dataclasses.cpp — @dataclass and field(), following CPython 3.11's
// Lib/dataclasses.py for what lessons use: fields from the class body's
// annotations (after those of dataclass bases), defaults and
// field(default_factory=...), a generated __init__ / __repr__ / __eq__,
// order=True comparisons, frozen=True (FrozenInstanceError) and the
// __hash__ rule, plus fields() and asdict(). Generated methods are native
// methods of the class that read its __dataclass_fields__ when called.
//
// A Field is an instance of the native class Field whose state tuple is
// (name, has_default, default, default_factory or None).
#include <mutex>

#include "core/ast.h"
#include "core/builtins_util.h"
#include "core/vm_internal.h"

namespace ys {

namespace {

ClassObj* g_fieldClass = nullptr;
ClassObj* g_frozenError = nullptr;

bool isField(const Value& v) { return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls.get() == g_fieldClass; }
const std::vector<Value>& fieldState(const Value& f) { return nativeState(f).as<TupleObj>()->items; }
std::string fieldName(const Value& f) { return std::string(strView(fieldState(f)[0])); }

Value makeField(Value name, bool hasDefault, Value def, Value factory) {
  InstanceObj* f = make<InstanceObj>(g_fieldClass);
  f->args = newTuple({std::move(name), boolean(hasDefault), std::move(def), std::move(factory)});
  return Value::adopt(f);
}

Value notImplemented(VM& vm) {
  Value v;
  vm.impl().builtins->getStr("NotImplemented", v);
  return v;
}

// The fields of a dataclass, in order.
std::vector<Value> fieldsOf(const Value& cls) {
  Value d;
  std::vector<Value> out;
  if (cls.is(ObjKind::Class) && cls.as<ClassObj>()->lookup("__dataclass_fields__", d) && d.is(ObjKind::Dict))
    for (auto& e : d.as<DictObj>()->entries)
      if (e.live) out.push_back(e.value);
  return out;
}

std::string joinNames(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    s += "'" + names[i] + "'";
  }
  return s;
}

void storeField(VM& vm, const Value& self, const std::string& name, const Value& v, bool frozen) {
  if (frozen && self.is(ObjKind::Instance)) {
    InstanceObj* inst = self.as<InstanceObj>();
    if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
    inst->dict->setStr(name, v);  // object.__setattr__, as the generated code does
  } else {
    vm.setAttr(self, name, v);
  }
}

Value dc_init(VM& vm, Args a, const Value& cls) {
  ClassObj* c = cls.as<ClassObj>();
  const std::string fn = c->name + ".__init__()";
  std::vector<Value> fields = fieldsOf(cls);
  const Value& self = a[0];
  const size_t npos = a.size() - 1;
  if (npos > fields.size()) {
    size_t required = 0;
    for (const Value& f : fields)
      if (!fieldState(f)[1].asBool() && fieldState(f)[3].isNone()) ++required;
    const std::string count = required == fields.size()
                                  ? std::to_string(fields.size() + 1)
                                  : "from " + std::to_string(required + 1) + " to " + std::to_string(fields.size() + 1);
    raiseType(fn + " takes " + count + " positional argument" + (fields.size() ? "s" : "") + " but " +
              std::to_string(npos + 1) + " were given");
  }
  std::vector<Value> values(fields.size());
  std::vector<bool> given(fields.size(), false);
  for (size_t i = 0; i < npos; ++i) values[i] = a[i + 1], given[i] = true;
  for (const KwArg& k : a.kw) {
    size_t i = 0;
    while (i < fields.size() && fieldName(fields[i]) != strView(k.name)) ++i;
    if (i == fields.size()) raiseType(fn + " got an unexpected keyword argument '" + std::string(strView(k.name)) + "'");
    if (given[i]) raiseType(fn + " got multiple values for argument '" + fieldName(fields[i]) + "'");
    values[i] = k.value, given[i] = true;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (given[i]) continue;
    const auto& st = fieldState(fields[i]);
    if (st[1].asBool()) values[i] = st[2];
    else if (!st[3].isNone()) values[i] = vm.call(st[3], {});
    else missing.push_back(fieldName(fields[i]));
  }
  if (!missing.empty())
    raiseType(fn + " missing " + std::to_string(missing.size()) + " required positional argument" +
              (missing.size() > 1 ? "s" : "") + ": " + joinNames(missing));
  Value frozen;
  const bool isFrozen = c->lookup("__dataclass_frozen__", frozen) && vm.truthy(frozen);
  for (size_t i = 0; i < fields.size(); ++i) storeField(vm, self, fieldName(fields[i]), values[i], isFrozen);
  if (vm.hasAttr(self, "__post_init__")) vm.call(vm.getAttr(self, "__post_init__"), {});
  return {};
}

Value dc_repr(VM& vm, Args a, const Value& cls) {
  const Value& self = a[0];
  std::string s = std::string(strView(vm.getAttr(Value::object(typeOf(self)), "__qualname__"))) + "(";
  bool first = true;
  for (const Value& f : fieldsOf(cls)) {
    if (!first) s += ", ";
    first = false;
    s += fieldName(f) + "=" + vm.repr(vm.getAttr(self, fieldName(f)));
  }
  return str(s + ")");
}

Value fieldTuple(VM& vm, const Value& obj, const Value& cls) {
  std::vector<Value> items;
  for (const Value& f : fieldsOf(cls)) items.push_back(vm.getAttr(obj, fieldName(f)));
  return newTuple(std::move(items));
}

// __eq__ and the order methods: tuples of fields, NotImplemented for another class.
Value compareMethod(VM& vm, Args a, const Value& data, int op) {
  const Value& cls = nativeState(data).as<TupleObj>()->items[0];
  if (a.size() != 2) raiseType("expected 1 argument");
  if (typeOf(a[1]) != typeOf(a[0])) return notImplemented(vm);
  Value x = fieldTuple(vm, a[0], cls), y = fieldTuple(vm, a[1], cls);
  return vm.impl().compare(op, x, y);
}

Value dc_setattr(VM&, Args a, const Value&) {
  throwError(g_frozenError, "cannot assign to field '" + std::string(a.size() > 1 && a[1].is(ObjKind::Str) ? strView(a[1]) : "") + "'");
}
Value dc_delattr(VM&, Args a, const Value&) {
  throwError(g_frozenError, "cannot delete field '" + std::string(a.size() > 1 && a[1].is(ObjKind::Str) ? strView(a[1]) : "") + "'");
}
Value dc_hash(VM& vm, Args a, const Value& cls) {
  return Value::integer(int64_t(hashValue(fieldTuple(vm, a[0], cls))));
}

void addDcMethod(ClassObj* c, const std::string& name, NativeFn fn, Value data) {
  Value b = newBuiltin(name, fn, std::move(data));
  b.as<BuiltinObj>()->ownerType = c;
  c->dict->setStr(name, b);
}

struct Options {
  bool init = true, repr = true, eq = true, order = false, frozen = false;
};

Value process(VM& vm, const Value& clsV, const Options& o) {
  if (!clsV.is(ObjKind::Class)) raiseType("dataclass() should be called on a class");
  ClassObj* c = clsV.as<ClassObj>();
  Value fields = newDict();
  DictObj* fd = fields.as<DictObj>();
  for (size_t i = c->mro.size(); i-- > 1;) {
    Value base = Value::object(c->mro[i]);
    Value own;
    if (c->mro[i]->dict->getStr("__dataclass_fields__", own))
      for (const Value& f : fieldsOf(base)) fd->setStr(fieldName(f), f);
  }
  Value ann;
  if (c->dict->getStr("__annotations__", ann) && ann.is(ObjKind::Dict)) {
    for (auto& e : ann.as<DictObj>()->entries) {
      if (!e.live || !e.key.is(ObjKind::Str)) continue;
      std::string name(strView(e.key));
      Value def;
      Value f;
      if (c->dict->getStr(name, def)) {
        if (isField(def)) {
          const auto& st = fieldState(def);
          f = makeField(e.key, st[1].asBool(), st[2], st[3]);
          if (st[1].asBool()) c->dict->setStr(name, st[2]);
          else c->dict->remove(e.key);
        } else {
          if (def.is(ObjKind::List) || def.is(ObjKind::Dict) || (def.is(ObjKind::Set) && !def.as<SetObj>()->frozen))
            raiseValue("mutable default <class '" + typeName(def) + "'> for field " + name +
                       " is not allowed: use default_factory");
          f = makeField(e.key, true, def, Value());
        }
      } else {
        f = makeField(e.key, false, Value(), Value());
      }
      fd->setStr(name, f);
    }
  }
  bool seenDefault = false;
  for (auto& e : fd->entries) {
    if (!e.live) continue;
    const auto& st = fieldState(e.value);
    const bool hasDefault = st[1].asBool() || !st[3].isNone();
    if (!hasDefault && seenDefault)
      raiseType("non-default argument '" + fieldName(e.value) + "' follows default argument");
    seenDefault = seenDefault || hasDefault;
  }
  c->dict->setStr("__dataclass_fields__", fields);
  c->dict->setStr("__dataclass_frozen__", boolean(o.frozen));
  Value tmp;
  if (o.init) addDcMethod(c, "__init__", dc_init, clsV);
  if (o.repr && !c->dict->getStr("__repr__", tmp)) addDcMethod(c, "__repr__", dc_repr, clsV);
  auto cmp = [&](const char* name, int op) {
    InstanceObj* holder = make<InstanceObj>(g_fieldClass);
    holder->args = newTuple({clsV, Value::integer(op)});
    Value data = Value::adopt(holder);
    static const NativeFn fns[] = {
        [](VM& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Eq)); },
        [](VM& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Lt)); },
        [](VM& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::LtE)); },
        [](VM& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Gt)); },
        [](VM& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::GtE)); },
    };
    addDcMethod(c, name, fns[op], data);
  };
  if (o.eq && !c->dict->getStr("__eq__", tmp)) cmp("__eq__", 0);
  if (o.order) {
    const char* names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    for (int i = 0; i < 4; ++i) {
      if (c->dict->getStr(names[i], tmp))
        raiseType(std::string("Cannot overwrite attribute ") + names[i] + " in class " + c->name +
                  ". Consider using functools.total_ordering");
      cmp(names[i], i + 1);
    }
  }
  if (o.frozen) {
    addDcMethod(c, "__setattr__", dc_setattr, clsV);
    addDcMethod(c, "__delattr__", dc_delattr, clsV);
  }
  if (!c->dict->getStr("__hash__", tmp) || tmp.isNone()) {
    if (o.eq && o.frozen) addDcMethod(c, "__hash__", dc_hash, clsV);
    else if (o.eq) c->dict->setStr("__hash__", Value());
  }
  return clsV;
}

Options optionsOf(Args a) {
  Options o;
  for (const KwArg& k : a.kw) {
    std::string_view n = strView(k.name);
    bool v = k.value.isBool() ? k.value.asBool() : !k.value.isNone();
    if (n == "init") o.init = v;
    else if (n == "repr") o.repr = v;
    else if (n == "eq") o.eq = v;
    else if (n == "order") o.order = v;
    else if (n == "frozen") o.frozen = v;
    else raiseType("dataclass() got an unexpected keyword argument '" + std::string(n) + "'");
  }
  if (o.order && !o.eq) raiseValue("eq must be true if order is true");
  return o;
}

Value dc_apply(VM& vm, Args a, const Value& opts) {
  if (a.size() != 1) raiseType("wrap() takes 1 positional argument");
  const auto& t = opts.as<TupleObj>()->items;
  Options o{t[0].asBool(), t[1].asBool(), t[2].asBool(), t[3].asBool(), t[4].asBool()};
  return process(vm, a[0], o);
}

Value dc_dataclass(VM& vm, Args a, const Value&) {
  Options o = optionsOf(a);
  if (a.size() == 1) return process(vm, a[0], o);
  if (a.size() > 1) raiseType("dataclass() takes from 0 to 1 positional arguments but " + std::to_string(a.size()) + " were given");
  return newBuiltin("wrap", dc_apply,
                    newTuple({boolean(o.init), boolean(o.repr), boolean(o.eq), boolean(o.order), boolean(o.frozen)}));
}

Value dc_field(VM&, Args a, const Value&) {
  allowKwargs(a, "field", {"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"});
  if (a.size()) raiseType("field() takes 0 positional arguments but " + std::to_string(a.size()) + " were given");
  const Value* def = kwarg(a, "default");
  const Value* factory = kwarg(a, "default_factory");
  if (def && factory) raiseValue("cannot specify both default and default_factory");
  return makeField(Value(), def != nullptr, def ? *def : Value(), factory ? *factory : Value());
}

Value dc_fields(VM&, Args a, const Value&) {
  if (a.size() != 1) raiseType("fields() takes 1 positional argument");
  Value cls = a[0].is(ObjKind::Class) ? a[0] : Value::object(typeOf(a[0]));
  Value d;
  if (!cls.as<ClassObj>()->lookup("__dataclass_fields__", d)) raiseType("must be called with a dataclass type or instance");
  return newTuple(fieldsOf(cls));
}

Value asdictValue(VM& vm, const Value& v) {
  if (v.is(ObjKind::Instance)) {
    Value d;
    if (typeOf(v)->lookup("__dataclass_fields__", d)) {
      Value out = newDict();
      for (const Value& f : fieldsOf(Value::object(typeOf(v))))
        out.as<DictObj>()->setStr(fieldName(f), asdictValue(vm, vm.getAttr(v, fieldName(f))));
      return out;
    }
  }
  if (v.is(ObjKind::List) || v.is(ObjKind::Tuple)) {
    std::vector<Value> items;
    for (const Value& x : v.is(ObjKind::List) ? v.as<ListObj>()->items : v.as<TupleObj>()->items)
      items.push_back(asdictValue(vm, x));
    return v.is(ObjKind::List) ? newList(std::move(items)) : newTuple(std::move(items));
  }
  if (v.is(ObjKind::Dict)) {
    Value out = newDict();
    for (auto& e : v.as<DictObj>()->entries)
      if (e.live) out.as<DictObj>()->set(asdictValue(vm, e.key), asdictValue(vm, e.value));
    return out;
  }
  return v;
}

Value dc_asdict(VM& vm, Args a, const Value&) {
  if (a.size() != 1) raiseType("asdict() takes 1 positional argument");
  Value d;
  if (!a[0].is(ObjKind::Instance) || !typeOf(a[0])->lookup("__dataclass_fields__", d))
    raiseType("asdict() should be called on dataclass instances");
  return asdictValue(vm, a[0]);
}

Value field_repr(VM& vm, Args a, const Value&) {
  const auto& st = fieldState(a[0]);
  return str("Field(name=" + vm.repr(st[0]) + ",default=" + (st[1].asBool() ? vm.repr(st[2]) : "<dataclasses._MISSING_TYPE object>") + ")");
}
Value field_name(VM&, Args a, const Value&) { return fieldState(a[0])[0]; }

}  // namespace

Value makeDataclassesModule(VM&) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_fieldClass = newNativeClass("Field", "dataclasses");
    addMethod(g_fieldClass, "__repr__", field_repr);
    addProperty(g_fieldClass, "name", field_name);
    g_frozenError = newNativeClass("FrozenInstanceError", "dataclasses", T().AttributeError);
  });
  Value m = newModule("dataclasses");
  DictObj& d = moduleDict(m);
  addFunction(d, "dataclass", dc_dataclass);
  addFunction(d, "field", dc_field);
  addFunction(d, "fields", dc_fields);
  addFunction(d, "asdict", dc_asdict);
  d.setStr("Field", Value::object(g_fieldClass));
  d.setStr("FrozenInstanceError", Value::object(g_frozenError));
  return m;
}

}  // namespace ys
