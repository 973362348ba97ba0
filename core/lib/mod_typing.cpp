// mod_typing.cpp — the typing module, for annotations: the names lessons
// write (Iterator[int], Generator[int, None, None], Optional[str],
// ClassVar[int] ...) exist, can be subscripted and print as CPython prints
// them; like CPython, nothing is checked at run time. dataclasses asks
// typingIsClassVar() to leave ClassVar annotations out of the fields.
//
// A special form (typing.List) is an instance of the native class
// _SpecialForm whose state is its name; subscripting it gives a
// _GenericAlias whose state is (form, args tuple).
#include <mutex>

#include "core/lib/builtins_util.h"

namespace ys {

namespace {

ClassObj* g_special = nullptr;
ClassObj* g_alias = nullptr;

bool isA(const Value& v, ClassObj* c) {
  return v.is(ObjKind::Instance) && v.as<InstanceObj>()->cls.get() == c;
}

std::string formName(const Value& form) {
  return std::string(strView(nativeState(form)));
}

// typing._type_repr: a class by its (module-qualified) name, None as NoneType.
std::string typeRepr(Interpreter& vm, const Value& v) {
  if (v.is(ObjKind::Class)) {
    ClassObj* c = v.as<ClassObj>();
    return c->module == "builtins" ? c->name : c->module + "." + c->name;
  }
  if (v.isNone()) return "NoneType";  // typing turns None into type(None)
  if (v.is(ObjKind::List)) {
    std::string s = "[";
    const auto& items = v.as<ListObj>()->items;
    for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + typeRepr(vm, items[i]);
    return s + "]";
  }
  return vm.repr(v);
}

Value special_getitem(Interpreter&, Args a, const Value&) {
  needOther(a, "__getitem__");
  Value params = a[1].is(ObjKind::Tuple) ? a[1] : newTuple({a[1]});
  InstanceObj* alias = make<InstanceObj>(g_alias);
  alias->args = newTuple({a[0], params});
  return Value::adopt(alias);
}

Value special_repr(Interpreter&, Args a, const Value&) {
  return str("typing." + formName(selfArg(a)));
}

Value alias_repr(Interpreter& vm, Args a, const Value&) {
  const auto& st = nativeState(selfArg(a)).as<TupleObj>()->items;
  std::string s = "typing." + formName(st[0]) + "[";
  const auto& params = st[1].as<TupleObj>()->items;
  for (size_t i = 0; i < params.size(); ++i) s += (i ? ", " : "") + typeRepr(vm, params[i]);
  return str(s + "]");
}

Value alias_origin(Interpreter&, Args a, const Value&) {
  return nativeState(selfArg(a)).as<TupleObj>()->items[0];
}
Value alias_args(Interpreter&, Args a, const Value&) {
  return nativeState(selfArg(a)).as<TupleObj>()->items[1];
}

Value typing_cast(Interpreter&, Args a, const Value&) {
  if (a.size() != 2) raiseType("cast() missing required argument");
  return a[1];
}

}  // namespace

bool typingIsClassVar(const Value& annotation) {
  if (!g_special) return false;
  if (isA(annotation, g_special)) return formName(annotation) == "ClassVar";
  if (isA(annotation, g_alias)) return formName(nativeState(annotation).as<TupleObj>()->items[0]) == "ClassVar";
  return false;
}

Value makeTypingModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_special = newNativeClass("_SpecialForm", "typing");
    addMethod(g_special, "__getitem__", special_getitem);
    addMethod(g_special, "__repr__", special_repr);
    g_alias = newNativeClass("_GenericAlias", "typing");
    addMethod(g_alias, "__repr__", alias_repr);
    addProperty(g_alias, "__origin__", alias_origin);
    addProperty(g_alias, "__args__", alias_args);
  });
  Value m = newModule("typing");
  DictObj& d = moduleDict(m);
  static const char* kForms[] = {"Any",       "Callable",    "ClassVar", "Dict",        "Final",      "FrozenSet",
                                 "Generator", "Iterable",    "Iterator", "List",        "Literal",    "Mapping",
                                 "Optional",  "Sequence",    "Set",      "Tuple",       "Type",       "Union",
                                 "Deque",     "DefaultDict", "Counter",  "OrderedDict", "Reversible", "Collection",
                                 "Container", "Hashable",    "Sized"};
  withoutAccount([&] {
    for (const char* name : kForms) {
      InstanceObj* form = make<InstanceObj>(g_special);
      form->args = internStr(name);
      d.setStr(name, Value::adopt(form));
    }
  });
  d.setStr("TYPE_CHECKING", boolean(false));
  addFunction(d, "cast", typing_cast);
  return m;
}

}  // namespace ys
