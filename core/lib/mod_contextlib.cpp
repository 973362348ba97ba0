// mod_contextlib.cpp — contextlib's contextmanager, the generator that is a
// with-statement (its code before the yield is __enter__, after it
// __exit__), with suppress and nullcontext beside it. The methods follow
// _GeneratorContextManager in CPython's Lib/contextlib.py step by step, so
// the generator runs, and is told of an exception, exactly when it is there.
#include <mutex>

#include "core/lib/builtins_util.h"

namespace ys {

namespace {

ClassObj* g_generatorCM = nullptr;
ClassObj* g_suppress = nullptr;
ClassObj* g_nullcontext = nullptr;

void exitArgs(Args a, const char* name) {
  if (a.size() != 4)
    raiseType(std::string(name) + ".__exit__() takes 4 positional arguments but " + std::to_string(a.size()) +
              " were given");
}

bool isA(Interpreter& vm, const Value& v, ClassObj* cls) {
  return isInstance(vm, v, Value::object(cls));
}

// contextmanager(func)(*args, **kwds): the generator is made at once, as
// _GeneratorContextManager.__init__ makes it. The state is a tuple of the
// generator and what made it (func, args, kwargs: _recreate_cm makes a new
// one from them for each call of a function it decorates); entering keeps
// only the generator, as __enter__ begins with `del self.args, self.kwds,
// self.func`, so a second with statement on the same object fails there.
Value makeCM(Interpreter& vm, const Value& func, std::span<const Value> args, std::span<const KwArg> kw) {
  InstanceObj* cm = make<InstanceObj>(g_generatorCM);
  Value keep = Value::adopt(cm);
  Value gen = vm.call(func, args, kw);
  Value kwargs = newDict();
  for (const KwArg& k : kw) kwargs.as<DictObj>()->set(k.name, k.value);
  cm->args = newTuple({gen, func, newTuple(std::vector<Value>(args.begin(), args.end())), kwargs});
  return keep;
}

Value cmCall(Interpreter& vm, Args a, const Value& func) {
  return makeCM(vm, func, a.pos, a.kw);
}

bool entered(const Value& self) {
  return nativeState(self).as<TupleObj>()->items.size() == 1;
}

const Value& cmGenerator(const Value& self) {
  return nativeState(self).as<TupleObj>()->items[0];
}

Value cmEnter(Interpreter& vm, Args a, const Value&) {
  methodCount(a, "__enter__", 0, 0);
  if (entered(a[0])) throwError(T().AttributeError, "'_GeneratorContextManager' object has no attribute 'args'");
  Value& state = nativeState(a[0]);
  state = newTuple({cmGenerator(a[0])});
  Value first;
  if (!vm.iterNext(cmGenerator(a[0]), first)) throwError(T().RuntimeError, "generator didn't yield");
  return first;
}

// A generator that yielded again is closed as __exit__ raises about it
// (`raise RuntimeError(...)` with `finally: self.gen.close()`), so its
// finally blocks run before the error leaves the with statement.
void closeGenerator(Interpreter& vm, const Value& gen) {
  vm.call(vm.getAttr(gen, "close"), {});
}

// True swallows the exception that left the with block; False lets it go on.
Value cmExit(Interpreter& vm, Args a, const Value&) {
  exitArgs(a, "_GeneratorContextManager");
  const Value gen = cmGenerator(a[0]);
  Value ignored;
  if (a[1].isNone()) {
    if (vm.iterNext(gen, ignored)) {
      closeGenerator(vm, gen);
      throwError(T().RuntimeError, "generator didn't stop");
    }
    return boolean(false);
  }
  const Value value = a[2].isNone() ? vm.call(a[1], {}) : a[2];
  // Passing through the generator adds its frame to the traceback;
  // contextlib puts back the one the exception had (exc.__traceback__ = tb).
  std::vector<TracebackEntry> traceback;
  if (value.is(ObjKind::Instance)) traceback = value.as<InstanceObj>()->traceback;
  try {
    vm.call(vm.getAttr(gen, "throw"), std::span<const Value>(&value, 1));
  } catch (const PyErr& e) {
    // The generator returned: it handled the exception, unless the
    // StopIteration is the exception itself.
    if (isA(vm, e.exc, T().StopIteration)) return boolean(!e.exc.identical(value));
    if (e.exc.identical(value)) {  // it passed through: the with statement re-raises it
      value.as<InstanceObj>()->traceback = std::move(traceback);
      return boolean(false);
    }
    if (isA(vm, e.exc, T().RuntimeError) && isA(vm, value, T().StopIteration) &&
        e.exc.as<InstanceObj>()->cause.identical(value)) {
      value.as<InstanceObj>()->traceback = std::move(traceback);
      return boolean(false);  // PEP 479 turned the StopIteration into this RuntimeError
    }
    throw;
  }
  closeGenerator(vm, gen);
  throwError(T().RuntimeError, "generator didn't stop after throw()");
}

// What CPython writes as a Python function (contextmanager's helper,
// ContextDecorator's inner): named after the function it wraps, and bound to
// an instance when read from one, so a decorated method gets its self.
Value functionLike(const Value& wrapped, NativeFn fn, Value data) {
  std::string name = wrapped.is(ObjKind::Function) ? wrapped.as<FunctionObj>()->name : "contextmanager";
  Value f = newBuiltin(std::move(name), fn, std::move(data));
  f.as<BuiltinObj>()->bindsLikeFunction = true;
  return f;
}

// ContextDecorator's inner(*args, **kwds): `with self._recreate_cm(): return
// func(*args, **kwds)`, the with statement written out.
Value decoratedCall(Interpreter& vm, Args a, const Value& data) {
  const auto& parts = data.as<TupleObj>()->items;  // (the decorating cm, func)
  if (entered(parts[0])) throwError(T().AttributeError, "'_GeneratorContextManager' object has no attribute 'func'");
  const auto& recipe = nativeState(parts[0]).as<TupleObj>()->items;
  std::vector<KwArg> kwargs;
  for (const auto& e : recipe[3].as<DictObj>()->entries)
    if (e.live) kwargs.push_back({e.key, e.value});
  const Value cm = makeCM(vm, recipe[1], recipe[2].as<TupleObj>()->items, kwargs);
  const Value self[] = {cm};
  cmEnter(vm, Args{self, {}}, Value());
  Value result;
  try {
    result = vm.call(parts[1], a.pos, a.kw);
  } catch (PyErr& e) {
    const Value type = Value::object(typeOf(e.exc));
    const Value exitArgs[] = {cm, type, e.exc, Value()};
    if (vm.truthy(cmExit(vm, Args{exitArgs, {}}, Value()))) return Value();
    throw;
  }
  const Value exitArgs[] = {cm, Value(), Value(), Value()};
  cmExit(vm, Args{exitArgs, {}}, Value());
  return result;
}

// _GeneratorContextManager used as a decorator (ContextDecorator.__call__).
Value cmDecorate(Interpreter&, Args a, const Value&) {
  methodCount(a, "__call__", 1, 1);
  return functionLike(a[1], decoratedCall, newTuple({a[0], a[1]}));
}

Value contextmanager(Interpreter&, Args a, const Value&) {
  noKwargs(a, "contextmanager");
  if (a.size() != 1)
    raiseType("contextmanager() takes 1 positional argument but " + std::to_string(a.size()) + " were given");
  return functionLike(a[0], cmCall, a[0]);
}

// suppress(*exceptions): an exception of one of those types ends the with
// block quietly.
Value suppressConstruct(Interpreter&, Args a, const Value&) {
  noKwargs(a, "suppress");
  InstanceObj* s = make<InstanceObj>(g_suppress);
  s->args = newTuple(std::vector<Value>(a.pos.begin(), a.pos.end()));
  return Value::adopt(s);
}
Value suppressEnter(Interpreter&, Args a, const Value&) {
  methodCount(a, "__enter__", 0, 0);
  return {};
}
Value suppressExit(Interpreter&, Args a, const Value&) {
  exitArgs(a, "suppress");
  if (!a[1].is(ObjKind::Class)) return boolean(false);
  for (const Value& e : nativeState(a[0]).as<TupleObj>()->items) {
    if (!e.is(ObjKind::Class)) raiseType("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    if (a[1].as<ClassObj>()->isSubclassOf(e.as<ClassObj>())) return boolean(true);
  }
  return boolean(false);
}

// nullcontext(enter_result=None): a with-statement that does nothing.
Value nullConstruct(Interpreter&, Args a, const Value&) {
  allowKwargs(a, "nullcontext", {"enter_result"});
  if (a.size() > 1) raiseType("nullcontext() takes from 1 to 2 positional arguments");
  const Value* result = argOrKwarg(a, 0, "enter_result");
  InstanceObj* n = make<InstanceObj>(g_nullcontext);
  n->args = result ? *result : Value();
  return Value::adopt(n);
}
Value nullEnter(Interpreter&, Args a, const Value&) {
  methodCount(a, "__enter__", 0, 0);
  return nativeState(a[0]);
}
Value nullExit(Interpreter&, Args a, const Value&) {
  exitArgs(a, "nullcontext");
  return {};
}

void makeClasses() {
  g_generatorCM = newNativeClass("_GeneratorContextManager", "contextlib");
  g_generatorCM->instancesTakeAttributes = true;
  addMethods(g_generatorCM, {{"__enter__", cmEnter}, {"__exit__", cmExit}, {"__call__", cmDecorate}});
  g_suppress = newNativeClass("suppress", "contextlib");
  g_suppress->instancesTakeAttributes = true;
  g_suppress->construct = suppressConstruct;
  addMethods(g_suppress, {{"__enter__", suppressEnter}, {"__exit__", suppressExit}});
  g_nullcontext = newNativeClass("nullcontext", "contextlib");
  g_nullcontext->instancesTakeAttributes = true;
  g_nullcontext->construct = nullConstruct;
  addMethods(g_nullcontext, {{"__enter__", nullEnter}, {"__exit__", nullExit}});
}

}  // namespace

Value makeContextlibModule(Interpreter&) {
  static std::once_flag once;
  std::call_once(once, makeClasses);
  return newModule("contextlib", {{"contextmanager", contextmanager}},
                   {{"suppress", Value::object(g_suppress)}, {"nullcontext", Value::object(g_nullcontext)}});
}

}  // namespace ys
