// mod_inspect.cpp — the generator part of the inspect module, the staple of
// generator lessons: getgeneratorstate / getgeneratorlocals with the four
// GEN_* constants, isgenerator / isgeneratorfunction, and the few other
// is*() predicates lessons pair with them. The functions follow the pure
// Python code of CPython's Lib/inspect.py, so a non-generator argument fails
// the way it does there (getgeneratorstate reads gi_running through getattr).
#include <mutex>

#include "core/lib/builtins_util.h"

namespace ys {

namespace {

// Python-function argument checking as Lib/inspect.py's def gives it.
void oneArg(Args a, std::string_view fname, std::string_view param) {
  if (!a.kw.empty()) {
    if (a.size() == 0 && a.kw.size() == 1 && strView(a.kw[0].name) == param) return;
    for (const KwArg& k : a.kw)
      if (strView(k.name) != param)
        raiseType(std::string(fname) + "() got an unexpected keyword argument '" + std::string(strView(k.name)) + "'");
    raiseType(std::string(fname) + "() got multiple values for argument '" + std::string(param) + "'");
  }
  if (a.size() == 0)
    raiseType(std::string(fname) + "() missing 1 required positional argument: '" + std::string(param) + "'");
  if (a.size() > 1)
    raiseType(std::string(fname) + "() takes 1 positional argument but " + std::to_string(a.size()) + " were given");
}

const Value& theArg(Args a) {
  return a.size() ? a[0] : a.kw[0].value;
}

// The `object` parameter of the is*() predicates, checked as their def checks it.
const Value& objectArg(Args a, std::string_view fname) {
  oneArg(a, fname, "object");
  return theArg(a);
}

Value in_getgeneratorstate(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "getgeneratorstate", "generator");
  const Value& g = theArg(a);
  if (!g.is(ObjKind::Generator)) {
    // As inspect.py: the attribute reads raise AttributeError for a non-generator.
    vm.getAttr(g, "gi_running");
    raiseType("getgeneratorstate() needs a generator");
  }
  return str(genStateName(g.as<GeneratorObj>()->state));
}

// ---------------------------------------------------------------- gi_frame

ClassObj* g_frameClass = nullptr;

// A generator's frame, seen from Python (gi_frame): where it stands, its
// locals and its code. It reads the generator each time, so it is never stale.
GeneratorObj& frameGenerator(const Value& frame) {
  return *nativeState(frame).as<GeneratorObj>();
}
Value frameLineno(Interpreter&, Args a, const Value&) {
  GeneratorObj& g = frameGenerator(a[0]);
  return Value::integer(g.frame ? g.frame->currentLine() : g.code->firstLine);
}
// A generator's locals as a dict; {} once it is closed (it has no frame).
Value generatorLocals(const GeneratorObj& g) {
  Value d = newDict();
  if (g.frame && g.state != GenState::Closed)
    for (auto& [name, v] : functionFrameLocals(*g.frame)) d.as<DictObj>()->setStr(name, v);
  return d;
}
Value frameLocals(Interpreter&, Args a, const Value&) {
  return generatorLocals(frameGenerator(a[0]));
}
Value frameCode(Interpreter&, Args a, const Value&) {
  return Value::object(frameGenerator(a[0]).code.get());
}
Value frameBack(Interpreter&, Args, const Value&) {
  return {};  // a suspended generator's frame has no caller
}
Value frameRepr(Interpreter& vm, Args a, const Value&) {
  GeneratorObj& g = frameGenerator(a[0]);
  return str("<frame at " + hexAddress(a[0].asObj()) + ", file " + vm.repr(str(g.code->filename)) + ", line " +
             std::to_string(frameLineno(vm, a, {}).asInt()) + ", code " + g.code->name + ">");
}

Value in_getgeneratorlocals(Interpreter& vm, Args a, const Value&) {
  oneArg(a, "getgeneratorlocals", "generator");
  const Value& g = theArg(a);
  if (!g.is(ObjKind::Generator)) raiseType(vm.repr(g) + " is not a Python generator");
  return generatorLocals(*g.as<GeneratorObj>());
}

Value in_isgenerator(Interpreter&, Args a, const Value&) {
  return boolean(objectArg(a, "isgenerator").is(ObjKind::Generator));
}

// inspect._has_code_flag: partials and methods are unwrapped to their
// function first.
Value in_isgeneratorfunction(Interpreter&, Args a, const Value&) {
  oneArg(a, "isgeneratorfunction", "obj");
  Value f = unwrapPartial(theArg(a));
  while (f.is(ObjKind::BoundMethod)) f = f.as<BoundMethodObj>()->func;
  f = unwrapPartial(f);
  return boolean(f.is(ObjKind::Function) && f.as<FunctionObj>()->code->isGenerator);
}

Value in_isfunction(Interpreter&, Args a, const Value&) {
  return boolean(objectArg(a, "isfunction").is(ObjKind::Function));
}

Value in_ismethod(Interpreter&, Args a, const Value&) {
  const Value& m = objectArg(a, "ismethod");
  return boolean(m.is(ObjKind::BoundMethod) && m.as<BoundMethodObj>()->func.is(ObjKind::Function));
}

Value in_isclass(Interpreter&, Args a, const Value&) {
  return boolean(objectArg(a, "isclass").is(ObjKind::Class));
}

Value in_ismodule(Interpreter&, Args a, const Value&) {
  return boolean(objectArg(a, "ismodule").is(ObjKind::Module));
}

Value in_isbuiltin(Interpreter&, Args a, const Value&) {
  const Value& b = objectArg(a, "isbuiltin");
  return boolean(b.is(ObjKind::Builtin) && !b.as<BuiltinObj>()->ownerType);
}

}  // namespace

Value generatorFrame(const Value& generator) {
  static std::once_flag once;
  std::call_once(once, [] {
    g_frameClass = newNativeClass("frame", "builtins");
    addMethod(g_frameClass, "__repr__", frameRepr);
    addProperties(g_frameClass,
                  {{"f_lineno", frameLineno}, {"f_locals", frameLocals}, {"f_code", frameCode}, {"f_back", frameBack}});
  });
  InstanceObj* frame = make<InstanceObj>(g_frameClass);
  frame->args = generator;
  return Value::adopt(frame);
}

Value makeInspectModule(Interpreter&) {
  static const NativeEntry fns[] = {
      {"getgeneratorstate", in_getgeneratorstate},
      {"getgeneratorlocals", in_getgeneratorlocals},
      {"isgenerator", in_isgenerator},
      {"isgeneratorfunction", in_isgeneratorfunction},
      {"isfunction", in_isfunction},
      {"ismethod", in_ismethod},
      {"isclass", in_isclass},
      {"ismodule", in_ismodule},
      {"isbuiltin", in_isbuiltin},
  };
  // getgeneratorstate's answers are module constants holding their own names.
  auto state = [](GenState s) { return ModuleAttribute{genStateName(s), str(genStateName(s))}; };
  return newModule(
      "inspect", fns,
      {state(GenState::Created), state(GenState::Running), state(GenState::Suspended), state(GenState::Closed)});
}

}  // namespace ys
