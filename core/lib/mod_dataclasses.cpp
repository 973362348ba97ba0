// mod_dataclasses.cpp — @dataclass and field(), following CPython 3.11's
// Lib/dataclasses.py for what lessons use: fields from the class body's
// annotations (after those of dataclass bases), defaults and
// field(default_factory=...), a generated __init__ / __repr__ / __eq__,
// order=True comparisons, frozen=True (FrozenInstanceError) and the
// __hash__ rule, plus fields() and asdict(). Generated methods are native
// methods of the class that read its __dataclass_fields__ when called.
//
// A Field is an instance of the native class Field whose state tuple is
// (name, has_default, default, default_factory or None, init, repr, compare,
// kw_only (None until the class decides), kind, hash, type); kind tells a
// real field from a ClassVar or InitVar pseudo-field, as dataclasses'
// _field_type does. __dataclass_fields__ holds all three kinds; fields(),
// repr, eq, order and hash see only real fields.
#include <algorithm>
#include <iterator>
#include <mutex>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"

namespace ys {

bool typingIsClassVar(const Value& annotation);  // mod_typing.cpp

namespace {

ClassObj* g_fieldClass = nullptr;
ClassObj* g_frozenError = nullptr;

ClassObj* g_initVarClass = nullptr;   // InitVar[int]: state = the type
ClassObj* g_sentinelClass = nullptr;  // KW_ONLY and MISSING
Value g_kwOnly, g_missing;

enum FieldSlot { kName, kHasDefault, kDefault, kFactory, kInit, kRepr, kCompare, kKwOnly, kKind, kHash, kType, kSlots };
enum FieldKind { kField = 0, kClassVar = 1, kInitVar = 2 };

bool isField(const Value& v) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls.get() == g_fieldClass;
}
const std::vector<Value>& fieldState(const Value& f) {
  return nativeState(f).as<TupleObj>()->items;
}
std::string fieldName(const Value& f) {
  return std::string(strView(fieldState(f)[kName]));
}
bool fieldFlag(const Value& f, FieldSlot s) {
  return fieldState(f)[s].isBool() && fieldState(f)[s].asBool();
}
int fieldKind(const Value& f) {
  return int(fieldState(f)[kKind].asInt());
}
bool hasDefault(const Value& f) {
  return fieldFlag(f, kHasDefault) || !fieldState(f)[kFactory].isNone();
}

Value makeField(std::vector<Value> state) {
  InstanceObj* f = make<InstanceObj>(g_fieldClass);
  f->args = newTuple(std::move(state));
  return Value::adopt(f);
}
Value plainField(Value name, bool hasDef, Value def) {
  return makeField({std::move(name), boolean(hasDef), std::move(def), Value(), boolean(true), boolean(true),
                    boolean(true), Value(), Value::integer(kField), Value(), Value()});
}

// The fields of a dataclass, in order (with kind < 0: all, pseudo-fields too).
std::vector<Value> fieldsOf(const Value& cls, int kind = kField) {
  Value d;
  std::vector<Value> out;
  if (cls.is(ObjKind::Class) && cls.as<ClassObj>()->lookup("__dataclass_fields__", d) && d.is(ObjKind::Dict))
    for (auto& e : d.as<DictObj>()->entries)
      if (e.live && (kind < 0 || fieldKind(e.value) == kind)) out.push_back(e.value);
  return out;
}

// The __init__ parameters: init fields and InitVars, positional ones first.
std::vector<Value> initFields(const Value& cls, bool kwOnly) {
  std::vector<Value> out;
  for (const Value& f : fieldsOf(cls, -1))
    if (fieldKind(f) != kClassVar && fieldFlag(f, kInit) && fieldFlag(f, kKwOnly) == kwOnly) out.push_back(f);
  return out;
}

void storeField(Interpreter& vm, const Value& self, const std::string& name, const Value& v, bool frozen) {
  if (frozen && self.is(ObjKind::Instance)) {
    InstanceObj* inst = self.as<InstanceObj>();
    if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
    inst->dict->setStr(name, v);  // object.__setattr__, as the generated code does
  } else {
    vm.setAttr(self, name, v);
  }
}

Value defaultOf(Interpreter& vm, const Value& f) {
  const auto& st = fieldState(f);
  return fieldFlag(f, kHasDefault) ? st[kDefault] : vm.call(st[kFactory], {});
}

std::string countText(size_t required, size_t total) {
  return required == total ? std::to_string(total)
                           : "from " + std::to_string(required) + " to " + std::to_string(total);
}

// The generated __init__(self, a, b=1, *, k): CPython's argument errors, then
// the fields (init=False ones from their default), then __post_init__ with
// the InitVars.
Value dc_init(Interpreter& vm, Args a, const Value& cls) {
  ClassObj* c = cls.as<ClassObj>();
  const std::string fn = c->name + ".__init__()";
  std::vector<Value> pos = initFields(cls, false), kw = initFields(cls, true), params = pos;
  params.insert(params.end(), kw.begin(), kw.end());
  const Value& self = a[0];
  const size_t npos = a.size() - 1;
  if (npos > pos.size()) {
    size_t required = 0;
    for (const Value& f : pos)
      if (!hasDefault(f)) ++required;
    raiseType(fn + " takes " + countText(required + 1, pos.size() + 1) + " positional argument" +
              (pos.empty() ? "" : "s") + " but " + std::to_string(npos + 1) + " were given");
  }
  std::vector<Value> values(params.size());
  std::vector<bool> given(params.size(), false);
  for (size_t i = 0; i < npos; ++i) values[i] = a[i + 1], given[i] = true;
  for (const KwArg& k : a.kw) {
    size_t i = 0;
    while (i < params.size() && fieldName(params[i]) != strView(k.name)) ++i;
    if (i == params.size())
      raiseType(fn + " got an unexpected keyword argument '" + std::string(strView(k.name)) + "'");
    if (given[i]) raiseType(fn + " got multiple values for argument '" + fieldName(params[i]) + "'");
    values[i] = k.value, given[i] = true;
  }
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::string> missing;
    for (size_t i = pass ? pos.size() : 0; i < (pass ? params.size() : pos.size()); ++i)
      if (!given[i] && !hasDefault(params[i])) missing.push_back(fieldName(params[i]));
    if (!missing.empty())
      raiseType(fn + " missing " + std::to_string(missing.size()) + " required " +
                (pass ? "keyword-only" : "positional") + " argument" + (missing.size() > 1 ? "s" : "") + ": " +
                quotedNames(missing));
  }
  for (size_t i = 0; i < params.size(); ++i)
    if (!given[i]) values[i] = defaultOf(vm, params[i]);
  Value frozen;
  const bool isFrozen = c->lookup("__dataclass_frozen__", frozen) && vm.truthy(frozen);
  std::vector<Value> initVars;
  for (const Value& f : fieldsOf(cls, -1)) {
    if (fieldKind(f) == kClassVar) continue;
    size_t i = 0;
    while (i < params.size() && !params[i].identical(f)) ++i;
    if (fieldKind(f) == kInitVar) {
      initVars.push_back(i < params.size() ? values[i] : Value());
      continue;
    }
    if (i < params.size())
      storeField(vm, self, fieldName(f), values[i], isFrozen);
    else if (hasDefault(f))
      storeField(vm, self, fieldName(f), defaultOf(vm, f), isFrozen);
  }
  if (vm.hasAttr(self, "__post_init__")) {
    Value post = vm.getAttr(self, "__post_init__");
    vm.call(post, initVars);
  }
  return {};
}

Value dc_repr(Interpreter& vm, Args a, const Value& cls) {
  const Value& self = a[0];
  std::string s = std::string(strView(vm.getAttr(Value::object(typeOf(self)), "__qualname__"))) + "(";
  bool first = true;
  for (const Value& f : fieldsOf(cls)) {
    if (!fieldFlag(f, kRepr)) continue;
    if (!first) s += ", ";
    first = false;
    s += fieldName(f) + "=" + vm.repr(vm.getAttr(self, fieldName(f)));
  }
  return str(s + ")");
}

// The values compare=True fields hold (hash=None follows compare).
Value fieldTuple(Interpreter& vm, const Value& obj, const Value& cls, bool forHash = false) {
  std::vector<Value> items;
  for (const Value& f : fieldsOf(cls)) {
    const Value& h = fieldState(f)[kHash];
    if (forHash && !h.isNone() ? !vm.truthy(h) : !fieldFlag(f, kCompare)) continue;
    items.push_back(vm.getAttr(obj, fieldName(f)));
  }
  return newTuple(std::move(items));
}

// __eq__ and the order methods: tuples of fields, NotImplemented for another class.
Value compareMethod(Interpreter& vm, Args a, const Value& data, int op) {
  const Value& cls = nativeState(data).as<TupleObj>()->items[0];
  if (a.size() != 2) raiseType("expected 1 argument");
  if (typeOf(a[1]) != typeOf(a[0])) return notImplemented(vm);
  Value x = fieldTuple(vm, a[0], cls), y = fieldTuple(vm, a[1], cls);
  return vm.compare(op, x, y);
}

Value dc_setattr(Interpreter&, Args a, const Value&) {
  throwError(g_frozenError, "cannot assign to field '" +
                                std::string(a.size() > 1 && a[1].is(ObjKind::Str) ? strView(a[1]) : "") + "'");
}
Value dc_delattr(Interpreter&, Args a, const Value&) {
  throwError(g_frozenError,
             "cannot delete field '" + std::string(a.size() > 1 && a[1].is(ObjKind::Str) ? strView(a[1]) : "") + "'");
}
Value dc_hash(Interpreter& vm, Args a, const Value& cls) {
  return Value::integer(int64_t(hashValue(fieldTuple(vm, a[0], cls, true))));
}

void addDcMethod(ClassObj* c, const std::string& name, NativeFn fn, Value data) {
  Value b = newBuiltin(name, fn, std::move(data));
  b.as<BuiltinObj>()->ownerType = c;
  c->dict->setStr(name, b);
}

struct Options {
  bool init = true, repr = true, eq = true, order = false, frozen = false, kwOnly = false, matchArgs = true;
};

Value process(const Value& clsV, const Options& o) {
  if (!clsV.is(ObjKind::Class)) raiseType("dataclass() should be called on a class");
  ClassObj* c = clsV.as<ClassObj>();
  Value fields = newDict();
  DictObj* fd = fields.as<DictObj>();
  for (size_t i = c->mro.size(); i-- > 1;) {
    Value base = Value::object(c->mro[i]);
    Value own;
    if (c->mro[i]->dict->getStr("__dataclass_fields__", own))
      for (const Value& f : fieldsOf(base, -1)) fd->setStr(fieldName(f), f);
  }
  Value ann;
  bool kwOnlyHere = o.kwOnly;
  if (c->dict->getStr("__annotations__", ann) && ann.is(ObjKind::Dict)) {
    for (auto& e : ann.as<DictObj>()->entries) {
      if (!e.live || !e.key.is(ObjKind::Str)) continue;
      std::string name(strView(e.key));
      if (e.value.identical(g_kwOnly)) {  // `_: KW_ONLY`: the fields after it are keyword-only
        kwOnlyHere = true;
        continue;
      }
      int kind = typingIsClassVar(e.value) ? kClassVar
                 : (e.value.is(ObjKind::Instance) && e.value.as<InstanceObj>()->cls.get() == g_initVarClass) ||
                         (e.value.is(ObjKind::Class) && e.value.as<ClassObj>() == g_initVarClass)
                     ? kInitVar
                     : kField;
      Value def;
      std::vector<Value> st;
      if (c->dict->getStr(name, def) && isField(def)) {
        st = fieldState(def);
        if (fieldFlag(def, kHasDefault))
          c->dict->setStr(name, st[kDefault]);
        else
          c->dict->remove(e.key);
      } else if (c->dict->getStr(name, def)) {
        if (kind == kField &&
            (def.is(ObjKind::List) || def.is(ObjKind::Dict) || (def.is(ObjKind::Set) && !def.as<SetObj>()->frozen)))
          raiseValue("mutable default <class '" + typeName(def) + "'> for field " + name +
                     " is not allowed: use default_factory");
        st = fieldState(plainField(Value(), true, def));
      } else {
        st = fieldState(plainField(Value(), false, Value()));
      }
      st[kName] = e.key;
      st[kKind] = Value::integer(kind);
      st[kType] = e.value;
      if (kind == kField && st[kKwOnly].isNone()) st[kKwOnly] = boolean(kwOnlyHere);
      if (kind != kField) st[kKwOnly] = boolean(false);
      if (kind == kClassVar && !st[kFactory].isNone()) raiseType("field " + name + " cannot have a default factory");
      fd->setStr(name, makeField(std::move(st)));
    }
  }
  bool seenDefault = false;
  for (auto& e : fd->entries) {
    if (!e.live) continue;
    const Value& f = e.value;
    if (fieldKind(f) == kClassVar || !fieldFlag(f, kInit) || fieldFlag(f, kKwOnly)) continue;
    if (!hasDefault(f) && seenDefault)
      raiseType("non-default argument '" + fieldName(f) + "' follows default argument");
    seenDefault = seenDefault || hasDefault(f);
  }
  c->dict->setStr("__dataclass_fields__", fields);
  c->dict->setStr("__dataclass_frozen__", boolean(o.frozen));
  Value tmpMatch;
  if (o.matchArgs && !c->dict->getStr("__match_args__", tmpMatch)) {
    std::vector<Value> names;
    for (const Value& f : initFields(clsV, false)) names.push_back(fieldState(f)[kName]);
    c->dict->setStr("__match_args__", newTuple(std::move(names)));
  }
  Value tmp;
  if (o.init) addDcMethod(c, "__init__", dc_init, clsV);
  if (o.repr && !c->dict->getStr("__repr__", tmp)) addDcMethod(c, "__repr__", dc_repr, clsV);
  auto cmp = [&](const char* name, int op) {
    InstanceObj* holder = make<InstanceObj>(g_fieldClass);
    holder->args = newTuple({clsV, Value::integer(op)});
    Value data = Value::adopt(holder);
    static const NativeFn fns[] = {
        [](Interpreter& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Eq)); },
        [](Interpreter& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Lt)); },
        [](Interpreter& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::LtE)); },
        [](Interpreter& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::Gt)); },
        [](Interpreter& vm, Args a, const Value& d) { return compareMethod(vm, a, d, int(ast::CmpOpKind::GtE)); },
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
    if (o.eq && o.frozen)
      addDcMethod(c, "__hash__", dc_hash, clsV);
    else if (o.eq)
      c->dict->setStr("__hash__", Value());
  }
  return clsV;
}

Options optionsOf(Args a) {
  // dataclass()'s keyword arguments and the option each one sets.
  static constexpr std::pair<std::string_view, bool Options::*> kFlags[] = {
      {"init", &Options::init},
      {"repr", &Options::repr},
      {"eq", &Options::eq},
      {"order", &Options::order},
      {"frozen", &Options::frozen},
      {"kw_only", &Options::kwOnly},
      {"match_args", &Options::matchArgs},
  };
  Options o;
  for (const KwArg& k : a.kw) {
    std::string_view n = strView(k.name);
    bool v = k.value.isBool() ? k.value.asBool() : !k.value.isNone();
    auto flag = std::find_if(std::begin(kFlags), std::end(kFlags), [&](const auto& f) { return f.first == n; });
    if (flag != std::end(kFlags))
      o.*(flag->second) = v;
    else if (n == "unsafe_hash" || n == "slots" || n == "weakref_slot") {
      if (v) raiseType("Yieldscope does not support dataclass(" + std::string(n) + "=True) yet");
    } else
      raiseType("dataclass() got an unexpected keyword argument '" + std::string(n) + "'");
  }
  if (o.order && !o.eq) raiseValue("eq must be true if order is true");
  return o;
}

Value dc_apply(Interpreter&, Args a, const Value& opts) {
  if (a.size() != 1) raiseType("wrap() takes 1 positional argument");
  const auto& t = opts.as<TupleObj>()->items;
  Options o{t[0].asBool(), t[1].asBool(), t[2].asBool(), t[3].asBool(), t[4].asBool(), t[5].asBool(), t[6].asBool()};
  return process(a[0], o);
}

Value dc_dataclass(Interpreter&, Args a, const Value&) {
  Options o = optionsOf(a);
  if (a.size() == 1) return process(a[0], o);
  if (a.size() > 1)
    raiseType("dataclass() takes from 0 to 1 positional arguments but " + std::to_string(a.size()) + " were given");
  return newBuiltin("wrap", dc_apply,
                    newTuple({boolean(o.init), boolean(o.repr), boolean(o.eq), boolean(o.order), boolean(o.frozen),
                              boolean(o.kwOnly), boolean(o.matchArgs)}));
}

Value dc_field(Interpreter& vm, Args a, const Value&) {
  defParams(a, "field", {"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"},
            {.maxPositional = 0});
  const Value* def = kwarg(a, "default");
  const Value* factory = kwarg(a, "default_factory");
  if (def && factory) raiseValue("cannot specify both default and default_factory");
  // Field.metadata is a read-only mapping (mappingproxy) the engine lacks.
  if (const Value* metadata = kwarg(a, "metadata"); metadata && !metadata->isNone())
    throwError(T().NotImplementedError, "Yieldscope does not support dataclasses.field(metadata=...) yet");
  auto flag = [&](const char* name, bool dflt) {
    const Value* v = kwarg(a, name);
    return boolean(v ? vm.truthy(*v) : dflt);
  };
  const Value* hash = kwarg(a, "hash");
  const Value* kwOnly = kwarg(a, "kw_only");
  return makeField({Value(), boolean(def != nullptr), def ? *def : Value(), factory ? *factory : Value(),
                    flag("init", true), flag("repr", true), flag("compare", true),
                    kwOnly ? boolean(vm.truthy(*kwOnly)) : Value(), Value::integer(kField), hash ? *hash : Value(),
                    Value()});
}

Value dc_fields(Interpreter&, Args a, const Value&) {
  defParams(a, "fields", {"class_or_instance"}, {.required = 1});
  const Value& target = *argOrKwarg(a, 0, "class_or_instance");
  Value cls = target.is(ObjKind::Class) ? target : Value::object(typeOf(target));
  Value d;
  if (!cls.as<ClassObj>()->lookup("__dataclass_fields__", d))
    raiseType("must be called with a dataclass type or instance");
  return newTuple(fieldsOf(cls));
}

Value asdictValue(Interpreter& vm, const Value& v) {
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

Value dc_asdict(Interpreter& vm, Args a, const Value&) {
  defParams(a, "asdict", {"obj", "dict_factory"}, {.required = 1, .maxPositional = 1});
  if (kwarg(a, "dict_factory"))
    throwError(T().NotImplementedError, "Yieldscope does not support dataclasses.asdict with dict_factory yet");
  const Value& obj = *argOrKwarg(a, 0, "obj");
  Value d;
  if (!obj.is(ObjKind::Instance) || !typeOf(obj)->lookup("__dataclass_fields__", d))
    raiseType("asdict() should be called on dataclass instances");
  return asdictValue(vm, obj);
}

// replace(obj, /, **changes): a new instance from the class's __init__, each
// init field not changed taken from obj (CPython's dataclasses.replace).
Value dc_replace(Interpreter& vm, Args a, const Value&) {
  if (a.size() != 1) raiseType("replace() takes 1 positional argument but " + std::to_string(a.size()) + " were given");
  Value d;
  if (!a[0].is(ObjKind::Instance) || !typeOf(a[0])->lookup("__dataclass_fields__", d))
    raiseType("replace() should be called on dataclass instances");
  std::vector<KwArg> changes(a.kw.begin(), a.kw.end());
  auto changed = [&](const std::string& name) {
    return std::any_of(changes.begin(), changes.end(), [&](const KwArg& k) { return strView(k.name) == name; });
  };
  for (const Value& f : fieldsOf(Value::object(typeOf(a[0])), -1)) {
    const std::string name = fieldName(f);
    if (fieldKind(f) == kClassVar) continue;
    if (!fieldFlag(f, kInit)) {
      if (changed(name))
        raiseValue("field " + name + " is declared with init=False, it cannot be specified with replace()");
      continue;
    }
    if (changed(name)) continue;
    if (fieldKind(f) == kInitVar && !hasDefault(f))
      raiseValue("InitVar '" + name + "' must be specified with replace()");
    changes.push_back({str(name), vm.getAttr(a[0], name)});
  }
  return vm.call(Value::object(typeOf(a[0])), {}, changes);
}

Value field_repr(Interpreter& vm, Args a, const Value&) {
  const auto& st = fieldState(a[0]);
  return str("Field(name=" + vm.repr(st[kName]) + ",default=" +
             (st[kHasDefault].asBool() ? vm.repr(st[kDefault]) : "<dataclasses._MISSING_TYPE object>") + ")");
}
Value field_name(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kName];
}
Value field_type(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kType];
}
Value field_default(Interpreter&, Args a, const Value&) {
  return fieldFlag(a[0], kHasDefault) ? fieldState(a[0])[kDefault] : g_missing;
}
Value field_factory(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kFactory].isNone() ? g_missing : fieldState(a[0])[kFactory];
}
Value field_init(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kInit];
}
Value field_reprFlag(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kRepr];
}
Value field_compare(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kCompare];
}
Value field_hash(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kHash];
}
Value field_kwOnly(Interpreter&, Args a, const Value&) {
  return fieldState(a[0])[kKwOnly].isNone() ? g_missing : fieldState(a[0])[kKwOnly];
}

// InitVar[int] and InitVar(int): an InitVar holding int; repr dataclasses.InitVar[int].
Value makeInitVar(const Value& type) {
  InstanceObj* iv = make<InstanceObj>(g_initVarClass);
  iv->args = type;
  return Value::adopt(iv);
}
Value initvar_getitem(Interpreter&, Args a, const Value&) {
  if (a.size() != 1) raiseType("InitVar[...] takes one type");
  return makeInitVar(a[0]);
}
// InitVar is a Python class in dataclasses.py: its errors are its __init__'s.
Value initvar_construct(Interpreter&, Args a, const Value&) {
  for (const KwArg& k : a.kw) {
    const std::string name(strView(k.name));
    if (name != "type") raiseType("InitVar.__init__() got an unexpected keyword argument '" + name + "'");
    if (a.size()) raiseType("InitVar.__init__() got multiple values for argument 'type'");
  }
  if (a.size() > 1)
    raiseType("InitVar.__init__() takes 2 positional arguments but " + std::to_string(a.size() + 1) + " were given");
  const Value* type = argOrKwarg(a, 0, "type");
  if (!type) raiseType("InitVar.__init__() missing 1 required positional argument: 'type'");
  return makeInitVar(*type);
}
Value initvar_type(Interpreter&, Args a, const Value&) {
  return nativeState(a[0]);
}
Value initvar_repr(Interpreter& vm, Args a, const Value&) {
  const Value& t = nativeState(a[0]);
  std::string inner = t.is(ObjKind::Class) ? t.as<ClassObj>()->name : vm.repr(t);
  return str("dataclasses.InitVar[" + inner + "]");
}
Value sentinel_repr(Interpreter&, Args a, const Value&) {
  return nativeState(a[0]);
}

}  // namespace

Value makeDataclassesModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_fieldClass = newNativeClass("Field", "dataclasses");
    addMethod(g_fieldClass, "__repr__", field_repr);
    addProperties(g_fieldClass, {{"name", field_name},
                                 {"type", field_type},
                                 {"default", field_default},
                                 {"default_factory", field_factory},
                                 {"init", field_init},
                                 {"repr", field_reprFlag},
                                 {"compare", field_compare},
                                 {"hash", field_hash},
                                 {"kw_only", field_kwOnly}});
    g_frozenError = newNativeClass("FrozenInstanceError", "dataclasses", T().AttributeError);
    g_initVarClass = newNativeClass("InitVar", "dataclasses");
    g_initVarClass->dict->setStr("__class_getitem__", newBuiltin("__class_getitem__", initvar_getitem));
    addMethod(g_initVarClass, "__repr__", initvar_repr);
    addProperty(g_initVarClass, "type", initvar_type);
    g_initVarClass->construct = initvar_construct;
    g_sentinelClass = newNativeClass("_SENTINEL", "dataclasses");
    addMethod(g_sentinelClass, "__repr__", sentinel_repr);
    withoutAccount([] {
      InstanceObj* kw = make<InstanceObj>(g_sentinelClass);
      kw->args = internStr("<dataclasses._KW_ONLY_TYPE object>");
      g_kwOnly = Value::adopt(kw);
      InstanceObj* missing = make<InstanceObj>(g_sentinelClass);
      missing->args = internStr("<dataclasses._MISSING_TYPE object>");
      g_missing = Value::adopt(missing);
    });
  });
  return newModule("dataclasses",
                   {{"dataclass", dc_dataclass},
                    {"field", dc_field},
                    {"fields", dc_fields},
                    {"asdict", dc_asdict},
                    {"replace", dc_replace}},
                   {{"Field", Value::object(g_fieldClass)},
                    {"FrozenInstanceError", Value::object(g_frozenError)},
                    {"InitVar", Value::object(g_initVarClass)},
                    {"KW_ONLY", g_kwOnly},
                    {"MISSING", g_missing}});
}

}  // namespace ys
