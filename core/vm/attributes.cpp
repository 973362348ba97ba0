// attributes.cpp — attribute access: obj.name, setattr, delattr, super().
//
// An instance looks in its class (properties first), its own dict, then
// __getattr__; a class in its MRO. The attributes that built-in objects carry
// themselves (a function's __name__, a generator's gi_running, a code
// object's co_name...) are one table per kind below, as CPython's tp_getset
// and tp_members are: a row is the attribute's name and how to read it.
#include <span>

#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"
#include "core/runtime/memory.h"
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

Value bindAttr(const Value& attr, const Value& self) {
  if (attr.is(ObjKind::Function)) return Value::adopt(make<BoundMethodObj>(self, attr));
  if (attr.is(ObjKind::Builtin) && attr.as<BuiltinObj>()->binds())
    return Value::adopt(make<BoundMethodObj>(self, attr));
  if (attr.is(ObjKind::StaticMethod)) return attr.as<StaticMethodObj>()->func;
  if (attr.is(ObjKind::ClassMethod))
    return Value::adopt(make<BoundMethodObj>(Value::object(typeOf(self)), attr.as<StaticMethodObj>()->func));
  return attr;
}

Value mroTuple(const ClassObj* c) {
  std::vector<Value> items;
  for (ClassObj* k : c->mro) items.push_back(Value::object(k));
  return newTuple(std::move(items));
}

Value strTuple(const std::vector<std::string>& names) {
  std::vector<Value> items;
  for (const auto& s : names) items.push_back(newStr(s));
  return newTuple(std::move(items));
}

// ---------------------------------------------------------------- native attributes

// How a built-in object's own attribute is read; it may raise (an empty cell).
using NativeGetter = Value (*)(const Value& self);

struct NativeAttr {
  std::string_view name;
  NativeGetter get;
};

template <typename T>
T* as(const Value& v) {
  return v.as<T>();
}

const NativeAttr kFunctionAttrs[] = {
    {"__name__", [](const Value& o) { return newStr(as<FunctionObj>(o)->name); }},
    {"__qualname__", [](const Value& o) { return newStr(as<FunctionObj>(o)->qualname); }},
    {"__module__", [](const Value&) { return newStr("__main__"); }},
    {"__doc__",
     [](const Value& o) {
       const auto& consts = as<FunctionObj>(o)->code->consts;
       return !consts.empty() && consts[0].is(ObjKind::Str) ? consts[0] : Value();
     }},
    {"__closure__",
     [](const Value& o) {
       // The cells of the free variables, or None for a function without any.
       const auto& closure = as<FunctionObj>(o)->closure;
       if (closure.empty()) return Value();
       std::vector<Value> cells;
       for (const auto& c : closure) cells.push_back(Value::object(c.get()));
       return newTuple(std::move(cells));
     }},
    {"__defaults__",
     [](const Value& o) {
       const auto& defaults = as<FunctionObj>(o)->defaults;
       return defaults.empty() ? Value() : newTuple(defaults);
     }},
    {"__kwdefaults__",
     [](const Value& o) {
       const auto& kw = as<FunctionObj>(o)->kwdefaults;
       return kw ? Value::object(kw.get()) : Value();
     }},
    {"__code__", [](const Value& o) { return Value::object(as<FunctionObj>(o)->code.get()); }},
    {"__globals__", [](const Value& o) { return Value::object(as<FunctionObj>(o)->globals.get()); }},
    {"__dict__",
     [](const Value& o) {
       FunctionObj* fn = as<FunctionObj>(o);
       if (!fn->attrs) fn->attrs = Ref<DictObj>(make<DictObj>());
       return Value::object(fn->attrs.get());
     }},
    {"__class__", [](const Value&) { return Value::object(T().function); }},
};

const NativeAttr kCodeAttrs[] = {
    {"co_name", [](const Value& o) { return newStr(as<CodeObj>(o)->name); }},
    {"co_qualname", [](const Value& o) { return newStr(as<CodeObj>(o)->qualname); }},
    {"co_filename", [](const Value& o) { return newStr(as<CodeObj>(o)->filename); }},
    {"co_firstlineno", [](const Value& o) { return Value::integer(as<CodeObj>(o)->firstLine); }},
    {"co_argcount", [](const Value& o) { return Value::integer(as<CodeObj>(o)->argcount); }},
    {"co_varnames", [](const Value& o) { return strTuple(as<CodeObj>(o)->varnames); }},
};

const NativeAttr kClassAttrs[] = {
    {"__name__", [](const Value& o) { return newStr(as<ClassObj>(o)->name); }},
    {"__qualname__", [](const Value& o) { return newStr(as<ClassObj>(o)->qualifiedName()); }},
    {"__module__", [](const Value& o) { return newStr(as<ClassObj>(o)->module); }},
    {"__mro__", [](const Value& o) { return mroTuple(as<ClassObj>(o)); }},
    {"__bases__",
     [](const Value& o) {
       std::vector<Value> items;
       for (const auto& b : as<ClassObj>(o)->bases) items.push_back(Value::object(b.get()));
       return newTuple(std::move(items));
     }},
    {"__base__",
     [](const Value& o) {
       ClassObj* base = bestBase(as<ClassObj>(o)->bases);
       return base ? Value::object(base) : Value();
     }},
    {"__dict__", [](const Value& o) { return Value::object(as<ClassObj>(o)->dict.get()); }},
    {"__doc__", [](const Value&) { return Value(); }},
    {"__class__", [](const Value&) { return Value::object(T().type); }},
};

// An exception instance's attributes, read after its class and its dict.
const NativeAttr kExceptionAttrs[] = {
    {"args",
     [](const Value& o) {
       const Value& args = as<InstanceObj>(o)->args;
       return args.isNone() ? emptyTuple() : args;
     }},
    {"__cause__", [](const Value& o) { return as<InstanceObj>(o)->cause; }},
    {"__context__", [](const Value& o) { return as<InstanceObj>(o)->context; }},
    {"__suppress_context__", [](const Value& o) { return Value::boolean(as<InstanceObj>(o)->suppressContext); }},
    {"__traceback__", [](const Value& o) { return tracebackObject(o); }},
};

const NativeAttr kBoundMethodAttrs[] = {
    {"__self__", [](const Value& o) { return as<BoundMethodObj>(o)->self; }},
    {"__func__", [](const Value& o) { return as<BoundMethodObj>(o)->func; }},
};

const NativeAttr kBuiltinAttrs[] = {
    {"__name__", [](const Value& o) { return newStr(as<BuiltinObj>(o)->name); }},
    {"__qualname__",
     [](const Value& o) {
       const BuiltinObj* b = as<BuiltinObj>(o);
       return newStr(b->ownerType ? b->ownerType->name + "." + b->name : b->name);
     }},
    {"__doc__", [](const Value&) { return Value(); }},
};

const NativeAttr kCellAttrs[] = {
    {"cell_contents",
     [](const Value& o) {
       const CellObj* c = as<CellObj>(o);
       if (!c->bound) raise(T().ValueError, "Cell is empty");
       return c->value;
     }},
};

const NativeAttr kGeneratorAttrs[] = {
    {"__name__", [](const Value& o) { return newStr(as<GeneratorObj>(o)->name); }},
    {"__qualname__", [](const Value& o) { return newStr(as<GeneratorObj>(o)->qualname); }},
    {"gi_running", [](const Value& o) { return Value::boolean(as<GeneratorObj>(o)->state == GenState::Running); }},
    {"gi_suspended", [](const Value& o) { return Value::boolean(as<GeneratorObj>(o)->state == GenState::Suspended); }},
    {"gi_code", [](const Value& o) { return Value::object(as<GeneratorObj>(o)->code.get()); }},
    {"gi_yieldfrom",
     [](const Value& o) {
       const GeneratorObj* g = as<GeneratorObj>(o);
       return g->state == GenState::Suspended ? g->yieldFrom : Value();
     }},
    // None once finished, as in CPython.
    {"gi_frame",
     [](const Value& o) { return as<GeneratorObj>(o)->state == GenState::Closed ? Value() : generatorFrame(o); }},
};

const NativeAttr kPropertyAttrs[] = {
    {"fget", [](const Value& o) { return as<PropertyObj>(o)->getter; }},
    {"fset", [](const Value& o) { return as<PropertyObj>(o)->setter; }},
    {"fdel", [](const Value& o) { return as<PropertyObj>(o)->deleter; }},
};

const NativeAttr kStaticOrClassMethodAttrs[] = {
    {"__func__", [](const Value& o) { return as<StaticMethodObj>(o)->func; }},
    {"__wrapped__", [](const Value& o) { return as<StaticMethodObj>(o)->func; }},  // 3.10's functools-style wrap
};

// The table of a kind of object (exceptions and classes are read at their own
// point of lookupAttr's order, not here).
std::span<const NativeAttr> nativeAttrsOf(ObjKind kind) {
  switch (kind) {
    case ObjKind::Function:
      return kFunctionAttrs;
    case ObjKind::Code:
      return kCodeAttrs;
    case ObjKind::BoundMethod:
      return kBoundMethodAttrs;
    case ObjKind::Builtin:
      return kBuiltinAttrs;
    case ObjKind::Cell:
      return kCellAttrs;
    case ObjKind::Generator:
      return kGeneratorAttrs;
    case ObjKind::Property:
      return kPropertyAttrs;
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      return kStaticOrClassMethodAttrs;
    default:
      return {};
  }
}

bool readNativeAttr(std::span<const NativeAttr> table, const Value& o, std::string_view name, Value& out) {
  for (const NativeAttr& attr : table)
    if (attr.name == name) {
      out = attr.get(o);
      return true;
    }
  return false;
}

// property.getter, .setter and .deleter: bound builtins that copy the
// property with one accessor replaced (made once, immortal like the type objects).
Value propertyAccessorCopier(std::string_view which) {
  static const auto makeCopier = [](const char* name, int slot) {
    HeapAccount* saved = currentHeapAccount();
    currentHeapAccount() = nullptr;
    Value b = newBuiltin(
        name,
        [](Interpreter&, Args a, const Value& setterSlot) -> Value {
          if (a.size() != 2) throwError(T().TypeError, "setter() takes exactly one argument");
          const PropertyObj* old = a[0].as<PropertyObj>();
          auto* copy = make<PropertyObj>();
          Value result = Value::adopt(copy);
          copy->getter = old->getter;
          copy->setter = old->setter;
          copy->deleter = old->deleter;
          const int64_t slot = setterSlot.asInt();
          (slot == 2 ? copy->deleter : slot == 1 ? copy->setter : copy->getter) = a[1];
          return result;
        },
        Value::integer(slot));
    b.asObj()->refcount += 1u << 30;
    currentHeapAccount() = saved;
    return b;
  };
  static const Value setterFn = makeCopier("setter", 1);
  static const Value getterFn = makeCopier("getter", 0);
  static const Value deleterFn = makeCopier("deleter", 2);
  return which == "setter" ? setterFn : which == "deleter" ? deleterFn : getterFn;
}

}  // namespace

bool VM::Impl::lookupAttr(const Value& o, const Value& nameV, Value& out, bool getattrRaises, bool classHook) {
  std::string_view name = nameV.as<StrObj>()->view();
  if (o.is(ObjKind::Instance)) return lookupInstanceAttr(o, nameV, out, getattrRaises, classHook);
  if (o.is(ObjKind::Class)) {
    ClassObj* cls = o.as<ClassObj>();
    Value a;
    if (cls->lookup(name, a)) {
      if (a.is(ObjKind::ClassMethod))
        out = Value::adopt(make<BoundMethodObj>(o, a.as<StaticMethodObj>()->func));
      else if (a.is(ObjKind::StaticMethod))
        out = a.as<StaticMethodObj>()->func;
      else if (Value get; a.is(ObjKind::Instance) && lookupSpecial(a, "__get__", get))
        out = callMethod(a, get, {Value(), o});  // a descriptor read from the class: __get__(None, cls)
      else
        out = a;
      return true;
    }
    if (readNativeAttr(kClassAttrs, o, name, out)) return true;
    // Methods of `type` itself (mro(), __subclasses__...)
    Value tm;
    if (T().type->lookup(name, tm)) {
      out = bindAttr(tm, o);
      return true;
    }
    return false;
  }
  if (o.is(ObjKind::Module)) return o.as<ModuleObj>()->dict->get(nameV, out);
  if (o.is(ObjKind::Function)) {
    FunctionObj* fn = o.as<FunctionObj>();
    if (fn->attrs && fn->attrs->get(nameV, out)) return true;
  }
  if (o.isObj()) {
    if (readNativeAttr(nativeAttrsOf(o.asObj()->kind), o, name, out)) return true;
    if (o.is(ObjKind::BoundMethod) && (name == "__name__" || name == "__qualname__" || name == "__doc__"))
      return lookupAttr(o.as<BoundMethodObj>()->func, nameV, out);
    if (o.is(ObjKind::Property) && (name == "setter" || name == "getter" || name == "deleter")) {
      out = Value::adopt(make<BoundMethodObj>(o, propertyAccessorCopier(name)));
      return true;
    }
  }
  // Methods and properties of the value's type.
  ClassObj* cls = typeOf(o);
  Value a;
  if (cls && cls->lookup(name, a)) {
    if (a.is(ObjKind::Property)) {
      out = callObject(a.as<PropertyObj>()->getter, &o, 1, nullptr, 0);
      return true;
    }
    out = bindAttr(a, o);
    return true;
  }
  if (name == "__class__") {
    out = Value::object(cls);
    return true;
  }
  return false;
}

// The last resort of an instance's lookup: its class's __getattr__, if it
// has one. Its AttributeError means "absent" unless getattrRaises.
bool VM::Impl::callGetattr(const Value& o, const Value& nameV, Value& out, bool getattrRaises) {
  Value hook;
  if (!o.as<InstanceObj>()->cls->lookup("__getattr__", hook) || hook.is(ObjKind::Builtin)) return false;
  try {
    out = callMethod(o, hook, {nameV});
    return true;
  } catch (PyErr& e) {
    if (!getattrRaises && exceptionMatches(e.exc, Value::object(T().AttributeError))) return false;
    throw;
  }
}

// slot_tp_getattr_hook for a class that defines __getattribute__: it answers,
// and when it raises AttributeError the class's __getattr__ has a go.
bool VM::Impl::callGetattribute(const Value& o, const Value& nameV, Value& out, bool getattrRaises) {
  Value hook;
  o.as<InstanceObj>()->cls->lookup("__getattribute__", hook);
  try {
    out = callMethod(o, hook, {nameV});
    return true;
  } catch (PyErr& e) {
    if (!exceptionMatches(e.exc, Value::object(T().AttributeError))) throw;
    Value getattr;
    if (getattrRaises && (!o.as<InstanceObj>()->cls->lookup("__getattr__", getattr) || getattr.is(ObjKind::Builtin)))
      throw;
  }
  return callGetattr(o, nameV, out, getattrRaises);
}

bool VM::Impl::lookupInstanceAttr(const Value& o, const Value& nameV, Value& out, bool getattrRaises, bool classHook) {
  std::string_view name = nameV.as<StrObj>()->view();
  InstanceObj* inst = o.as<InstanceObj>();
  ClassObj* cls = inst->cls.get();
  if (classHook && cls->customGetattribute) return callGetattribute(o, nameV, out, getattrRaises);
  if (cls == superType()) {
    if (superLookup(o, name, out)) return true;
    if (name == "__class__") {
      out = Value::object(cls);
      return true;
    }
    return false;
  }
  Value clsAttr;
  bool found = cls->lookup(name, clsAttr);
  if (found && clsAttr.is(ObjKind::Property)) {
    PropertyObj* p = clsAttr.as<PropertyObj>();
    if (p->getter.isNone())
      raise(T().AttributeError, "property '" + std::string(name) + "' of '" + cls->name + "' object has no getter");
    out = callObject(p->getter, &o, 1, nullptr, 0);
    return true;
  }
  // A descriptor written in Python: one with __set__ or __delete__ (a data
  // descriptor) answers before the instance's dict, one with only __get__ after.
  Value get;
  if (found && clsAttr.is(ObjKind::Instance) && lookupSpecial(clsAttr, "__get__", get)) {
    Value unused;
    const bool data = lookupSpecial(clsAttr, "__set__", unused) || lookupSpecial(clsAttr, "__delete__", unused);
    if (!data && inst->dict && inst->dict->get(nameV, out)) return true;
    out = callMethod(clsAttr, get, {o, Value::object(cls)});
    return true;
  }
  if (inst->dict && inst->dict->get(nameV, out)) return true;
  if (found) {
    out = bindAttr(clsAttr, o);
    return true;
  }
  if (name == "__class__") {
    out = Value::object(cls);
    return true;
  }
  if (name == "__dict__" && !cls->slotted) {
    inst->materializeDict();
    if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
    out = Value::object(inst->dict.get());
    return true;
  }
  if (cls->isException && readNativeAttr(kExceptionAttrs, o, name, out)) return true;
  return classHook && callGetattr(o, nameV, out, getattrRaises);
}

Value VM::Impl::getAttr(const Value& o, const Value& nameV, bool classHook) {
  Value out;
  if (lookupAttr(o, nameV, out, true, classHook)) return out;
  std::string name = strOf(nameV);
  if (o.is(ObjKind::Module)) {
    refuseMissingModuleName(o.as<ModuleObj>()->name, name);
    raiseAttributeError(o, nameV, "module '" + o.as<ModuleObj>()->name + "' has no attribute '" + name + "'");
  }
  refuseMissingTypeName(o, name);
  if (o.is(ObjKind::Class))
    raiseAttributeError(o, nameV,
                        "type object '" + o.as<ClassObj>()->messageName() + "' has no attribute '" + name + "'");
  if (o.is(ObjKind::Instance) && o.as<InstanceObj>()->cls.get() == superType())
    raiseAttributeError(o, nameV, "'super' object has no attribute '" + name + "'");
  raiseAttributeError(o, nameV, "'" + typeName(o) + "' object has no attribute '" + name + "'");
}

// ---------------------------------------------------------------- super

// super is a type, as in CPython (print(super) is <class 'super'>); calling it
// makes a super object.
ClassObj* superType() {
  static ClassObj* t = [] {
    HeapAccount* saved = currentHeapAccount();
    currentHeapAccount() = nullptr;
    auto* c = new ClassObj();
    c->refcount = 1u << 30;
    c->name = "super";
    c->isBuiltin = true;
    c->construct = superBuiltin;
    c->dict = Ref<DictObj>(new DictObj());
    c->dict->refcount += 1u << 30;
    c->bases.push_back(Ref<ClassObj>(T().object));
    c->mro = {c, T().object};
    currentHeapAccount() = saved;
    return c;
  }();
  return t;
}

Value superBuiltin(Interpreter& vm, Args a, const Value&) {
  VM::Impl& I = implOf(vm);
  Value start, self;
  if (a.size() == 0) {
    Frame* f = I.current;
    if (!f || !f->code) raise(T().RuntimeError, "super(): no current frame");
    // super_init_without_args's checks, in its order.
    CodeObj* co = f->code.get();
    if (co->argcount == 0 || f->locals.empty()) raise(T().RuntimeError, "super(): no arguments");
    self = f->locals[0];
    if (self.is(ObjKind::Cell)) self = self.as<CellObj>()->value;
    if (self.isUnbound()) raise(T().RuntimeError, "super(): arg[0] deleted");
    int classSlot = -1;
    for (size_t i = 0; i < co->freevars.size(); ++i)
      if (co->freevars[i] == "__class__") classSlot = co->freeStart + int(i);
    if (classSlot < 0) raise(T().RuntimeError, "super(): __class__ cell not found");
    Value cell = f->locals[size_t(classSlot)];
    if (!cell.is(ObjKind::Cell) || !cell.as<CellObj>()->bound) raise(T().RuntimeError, "super(): empty __class__ cell");
    start = cell.as<CellObj>()->value;
  } else if (a.size() == 2) {
    start = a[0];
    self = a[1];
    if (!start.is(ObjKind::Class)) raise(T().TypeError, "super() argument 1 must be a type, not " + typeName(start));
  } else {
    raise(T().TypeError, "super() takes 0 or 2 arguments");
  }
  InstanceObj* inst = make<InstanceObj>(superType());
  Value sv = Value::adopt(inst);
  inst->args = newTuple({start, self});
  return sv;
}

bool VM::Impl::superLookup(const Value& superObj, std::string_view name, Value& out) {
  const auto& items = superObj.as<InstanceObj>()->args.as<TupleObj>()->items;
  ClassObj* start = items[0].as<ClassObj>();
  const Value& self = items[1];
  ClassObj* selfType = self.is(ObjKind::Class) ? self.as<ClassObj>() : typeOf(self);
  const auto& mro = selfType->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != start) ++i;
  for (++i; i < mro.size(); ++i) {
    Value a;
    if (!mro[i]->dict || !mro[i]->dict->getStr(name, a)) continue;
    if (a.is(ObjKind::Function)) {
      out = self.is(ObjKind::Class) ? a : Value::adopt(make<BoundMethodObj>(self, a));
    } else if (a.is(ObjKind::Builtin) && a.as<BuiltinObj>()->binds()) {
      out = Value::adopt(make<BoundMethodObj>(self, a));
    } else if (a.is(ObjKind::ClassMethod)) {
      out = Value::adopt(make<BoundMethodObj>(Value::object(selfType), a.as<StaticMethodObj>()->func));
    } else if (a.is(ObjKind::StaticMethod)) {
      out = a.as<StaticMethodObj>()->func;
    } else if (a.is(ObjKind::Property)) {
      out = callObject(a.as<PropertyObj>()->getter, &self, 1, nullptr, 0);
    } else {
      out = a;
    }
    return true;
  }
  return false;
}

void VM::Impl::loadMethod(const Value& o, const Value& nameV, Value& first, Value& second) {
  if (o.is(ObjKind::Instance) && o.as<InstanceObj>()->cls.get() != superType()) {
    InstanceObj* inst = o.as<InstanceObj>();
    Value a;
    if (!inst->cls->customGetattribute && !(inst->dict && inst->dict->find(nameV)) &&
        inst->cls->lookup(nameV.as<StrObj>()->view(), a) &&
        (a.is(ObjKind::Function) || (a.is(ObjKind::Builtin) && a.as<BuiltinObj>()->binds()))) {
      first = a;
      second = o;
      return;
    }
  } else if (!o.is(ObjKind::Class) && !o.is(ObjKind::Module) && !o.is(ObjKind::Function) && !o.is(ObjKind::Instance)) {
    ClassObj* cls = typeOf(o);
    Value a;
    if (cls && cls->lookup(nameV.as<StrObj>()->view(), a) && a.is(ObjKind::Builtin) && a.as<BuiltinObj>()->ownerType) {
      first = a;
      second = o;
      return;
    }
  }
  first = Value::unbound();
  second = getAttr(o, nameV);
}

namespace {

// A set or delete the descriptor cannot take, in CPython's words: a
// property's "has no setter", a built-in getset's "attribute 'maxlen' of
// 'collections.deque' objects is not writable" (its own type's name, also
// for a subclass), a member's "readonly attribute", a namedtuple field's
// "can't set attribute".
[[noreturn]] void refuseDescriptor(const PropertyObj& p, std::string_view name, const ClassObj& cls,
                                   const char* missing) {
  if (p.kind == DescriptorKind::Member) throwError(T().AttributeError, "readonly attribute");
  if (p.kind == DescriptorKind::TupleGetter)
    throwError(T().AttributeError,
               std::string("can't ") + (missing == std::string_view("setter") ? "set" : "delete") + " attribute");
  if (p.kind == DescriptorKind::GetSet) {
    const ClassObj* owner = p.getter.as<BuiltinObj>()->ownerType;
    throwError(T().AttributeError, "attribute '" + std::string(name) + "' of '" +
                                       (owner ? owner : &cls)->messageName() + "' objects is not writable");
  }
  throwError(T().AttributeError, "property '" + std::string(name) + "' of '" + cls.name + "' object has no " + missing);
}

// The same for a value that is no instance (an int's real, a range's start).
void refuseTypeDescriptor(const Value& o, std::string_view name, const char* missing) {
  ClassObj* type = typeOf(o);
  Value descriptor;
  if (type && type->lookup(name, descriptor) && descriptor.is(ObjKind::Property))
    refuseDescriptor(*descriptor.as<PropertyObj>(), name, *type, missing);
}

}  // namespace

void VM::Impl::setAttr(const Value& o, const Value& nameV, const Value& v, bool classHook) {
  std::string_view name = nameV.as<StrObj>()->view();
  if (o.is(ObjKind::Instance)) {
    InstanceObj* inst = o.as<InstanceObj>();
    Value a;
    if (inst->cls->lookup(name, a) && a.is(ObjKind::Property)) {
      PropertyObj* p = a.as<PropertyObj>();
      if (p->setter.isNone()) refuseDescriptor(*p, name, *inst->cls, "setter");
      Value args[2] = {o, v};
      callObject(p->setter, args, 2, nullptr, 0);
      return;
    }
    Value set;
    if (a.is(ObjKind::Instance) && lookupSpecial(a, "__set__", set)) {
      callMethod(a, set, {o, v});
      return;
    }
    Value sa;
    if (classHook && inst->cls->lookup("__setattr__", sa) && isUserMethod(sa)) {
      callMethod(o, sa, {nameV, v});
      return;
    }
    // A slot's name was answered by its descriptor. A built-in exception has
    // a __dict__ as in CPython (err.code = 2, e.__notes__ = [...]).
    const ClassObj& cls = *inst->cls;
    if ((cls.isBuiltin && !cls.isException && !cls.instancesTakeAttributes) || cls.slotted)
      raise(T().AttributeError, "'" + cls.messageName() + "' object has no attribute '" + std::string(name) + "'");
    if (inst->cls->isException && name == "__cause__") {
      inst->cause = v;
      inst->suppressContext = true;
      return;
    }
    if (inst->cls->isException && name == "__traceback__") {
      if (!setTraceback(o, v)) raise(T().TypeError, "__traceback__ must be a traceback or None");
      return;
    }
    if (inst->cls->isException && name == "__context__") {
      inst->context = v;
      return;
    }
    if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
    inst->attachSharedKeys();
    inst->dict->set(nameV, v);
    inst->setAccounted(getsizeofObject(*inst));
    return;
  }
  if (o.is(ObjKind::Class)) {
    ClassObj* c = o.as<ClassObj>();
    if (c->isBuiltin)
      raise(T().TypeError,
            "cannot set '" + std::string(name) + "' attribute of immutable type '" + c->messageName() + "'");
    if (name == "__qualname__") {
      if (!v.is(ObjKind::Str))
        raise(T().TypeError, "can only assign string to " + c->name + ".__qualname__, not '" + typeName(v) + "'");
      c->qualname = strOf(v);
      return;
    }
    c->dict->set(nameV, v);
    return;
  }
  if (o.is(ObjKind::Function)) {
    FunctionObj* fn = o.as<FunctionObj>();
    if (name == "__name__" && v.is(ObjKind::Str)) {
      fn->name = strOf(v);
      return;
    }
    if (name == "__qualname__" && v.is(ObjKind::Str)) {
      fn->qualname = strOf(v);
      return;
    }
    if (!fn->attrs) fn->attrs = Ref<DictObj>(make<DictObj>());
    fn->attrs->set(nameV, v);
    return;
  }
  if (o.is(ObjKind::Module)) {
    o.as<ModuleObj>()->dict->set(nameV, v);
    return;
  }
  if (o.is(ObjKind::Generator)) {
    // gen_getsetlist: __name__ and __qualname__ have setters that want a
    // str; the other gi_* getters have none; gi_code is a read-only member.
    GeneratorObj* g = o.as<GeneratorObj>();
    if (name == "__name__" || name == "__qualname__") {
      if (!v.is(ObjKind::Str)) raise(T().TypeError, std::string(name) + " must be set to a string object");
      (name == "__name__" ? g->name : g->qualname) = strOf(v);
      return;
    }
    if (name == "gi_code") raise(T().AttributeError, "readonly attribute");
    if (name == "gi_running" || name == "gi_suspended" || name == "gi_yieldfrom" || name == "gi_frame")
      raise(T().AttributeError, "attribute '" + std::string(name) + "' of 'generator' objects is not writable");
  }
  Value dummy;
  refuseTypeDescriptor(o, name, "setter");
  if (lookupAttr(o, nameV, dummy))
    raise(T().AttributeError, "'" + typeName(o) + "' object attribute '" + std::string(name) + "' is read-only");
  raise(T().AttributeError, "'" + typeName(o) + "' object has no attribute '" + std::string(name) + "'");
}

void VM::Impl::delAttr(const Value& o, const Value& nameV, bool classHook) {
  std::string_view name = nameV.as<StrObj>()->view();
  if (o.is(ObjKind::Instance)) {
    InstanceObj* inst = o.as<InstanceObj>();
    Value a;
    // The class's own __delattr__ (a Python one, or a frozen dataclass's) decides.
    if (classHook && inst->cls->lookup("__delattr__", a) && isUserMethod(a)) {
      callMethod(o, a, {nameV});
      return;
    }
    if (inst->cls->lookup(name, a) && a.is(ObjKind::Property)) {
      const Value deleter = a.as<PropertyObj>()->deleter;
      if (deleter.isNone()) refuseDescriptor(*a.as<PropertyObj>(), name, *inst->cls, "deleter");
      callObject(deleter, &o, 1, nullptr, 0);
      return;
    }
    Value del;
    if (a.is(ObjKind::Instance) && lookupSpecial(a, "__delete__", del)) {
      callMethod(a, del, {o});
      return;
    }
    if (inst->dict && inst->dict->remove(nameV)) return;
    raise(T().AttributeError, "'" + inst->cls->name + "' object has no attribute '" + std::string(name) + "'");
  }
  if (o.is(ObjKind::Class) && o.as<ClassObj>()->isBuiltin)
    raise(T().TypeError, "cannot set '" + std::string(name) + "' attribute of immutable type '" +
                             o.as<ClassObj>()->messageName() + "'");
  if (o.is(ObjKind::Class)) {
    if (o.as<ClassObj>()->dict->remove(nameV)) return;
    raise(T().AttributeError,
          "type object '" + o.as<ClassObj>()->messageName() + "' has no attribute '" + std::string(name) + "'");
  }
  if (o.is(ObjKind::Function)) {
    FunctionObj* fn = o.as<FunctionObj>();
    if (fn->attrs && fn->attrs->remove(nameV)) return;
  }
  refuseTypeDescriptor(o, name, "deleter");
  raise(T().AttributeError, "'" + typeName(o) + "' object has no attribute '" + std::string(name) + "'");
}

}  // namespace ys
