// generator.cpp — resuming generators: next, send, throw, close, yield from
// delegation and close, with CPython 3.11's rules and messages.
//
// One function, resume(), does the work (as CPython's gen_send_ex2): it
// checks the guards (already executing, non-None send before start,
// finished), links the generator's own frame on top of the resumer, runs it
// in a nested dispatch loop until it yields, returns or raises, and updates
// the state. next/send/throw/close and the generator's methods wrap it.
#include <mutex>

#include "core/lib/builtins_util.h"
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

bool isInstanceOf(const Value& exc, ClassObj* cls) {
  return exc.is(ObjKind::Instance) && exc.as<InstanceObj>()->cls->isSubclassOf(cls);
}

}  // namespace

bool VM::Impl::enterGenerator(GeneratorObj* g, const Value& send, const Value* throwExc, bool fromNative) {
  if (g->state == GenState::Running) raise(T().ValueError, "generator already executing");
  if (g->state == GenState::Closed || !g->frame) return false;
  if (g->state == GenState::Created && !send.isNone() && !throwExc)
    raise(T().TypeError, "can't send non-None value to a just-started generator");
  Frame* f = g->frame.get();
  bool wasStarted = f->started;
  if (wasStarted && !throwExc) f->stack[size_t(f->sp++)] = send;
  resumeSent = throwExc ? throwExc : wasStarted && !send.isNone() ? &f->stack[size_t(f->sp - 1)] : nullptr;
  resumeThrown = throwExc != nullptr;
  GenState before = g->state;
  g->state = GenState::Running;
  try {
    pushFrame(f, fromNative);
  } catch (PyErr&) {
    // No room to run it (RecursionError): CPython's frame unwinds at once
    // and the generator is finished, so nothing is left for its finaliser.
    generatorFinished(g);
    throw;
  } catch (...) {
    // pushFrame links the frame before it reports the call/resume event, and
    // that event may raise a stop or the step budget: unlink it here, so that
    // no one (a finaliser freeing the generator's frame) leaves a freed frame
    // on the stack for the abort's unwinding to pop.
    if (current == f) popFrame(f);
    reenterAsCall = false;
    if (wasStarted && !throwExc) f->stack[size_t(--f->sp)] = Value();
    g->state = before;
    throw;
  }
  return true;
}

void VM::Impl::generatorFinished(GeneratorObj* g) {
  g->state = GenState::Closed;
  g->yieldFrom = Value();
  g->frame.reset();
}

Value VM::Impl::generatorRaised(GeneratorObj* g, Value exc) {
  generatorFinished(g);
  if (!isInstanceOf(exc, T().StopIteration)) return exc;
  // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
  Value rt = newException(T().RuntimeError, {newStr("generator raised StopIteration")});
  rt.as<InstanceObj>()->cause = exc;
  rt.as<InstanceObj>()->context = exc;
  rt.as<InstanceObj>()->suppressContext = true;
  return rt;
}

Value VM::Impl::resume(GeneratorObj* g, const Value& send, const Value* throwExc, bool& yielded) {
  yielded = false;
  if (!enterGenerator(g, send, throwExc, true)) {
    if (throwExc) throw PyErr{*throwExc};
    return Value();
  }
  Value result;
  try {
    result = execute(g->frame.get(), yielded, throwExc);
  } catch (PyErr& e) {
    Value exc = generatorRaised(g, e.exc);
    if (exc.identical(e.exc)) throw;
    throw PyErr{exc};  // a new exception (PEP 479): its context is still to be found
  }
  // YIELD_VALUE has marked a yielding generator suspended.
  if (!yielded) generatorFinished(g);
  return result;
}

bool VM::Impl::genNext(GeneratorObj* g, Value& out) {
  bool yielded = false;
  Value v = resume(g, Value(), nullptr, yielded);
  if (!yielded) return false;
  out = std::move(v);
  return true;
}

namespace {

[[noreturn]] void stopIteration(const Value& value) {
  if (value.isNone()) throw PyErr{newException(T().StopIteration, {})};
  throw PyErr{newException(T().StopIteration, {value})};
}

}  // namespace

Value VM::Impl::genSend(GeneratorObj* g, const Value& v) {
  bool yielded = false;
  Value r = resume(g, v, nullptr, yielded);
  if (!yielded) stopIteration(r);
  return r;
}

Value VM::Impl::delegateYieldFrom(GeneratorObj* g) {
  if (g->state != GenState::Suspended || !g->frame) return Value::unbound();
  if (g->yieldFrom.isNone()) return Value::unbound();
  return g->yieldFrom;
}

namespace {

// The delegating generator's subiterator finished with `value`: leave the
// SEND loop as the SEND instruction itself would have, and resume.
Value finishYieldFrom(VM::Impl& vm, GeneratorObj* g, const Value& value, bool& yielded) {
  Frame* f = g->frame.get();
  f->stack[size_t(--f->sp)] = Value();  // the subiterator
  const Instr& send = f->code->code[size_t(f->ip - 2)];
  f->ip = send.arg;
  g->yieldFrom = Value();
  // CPython resumes past the SEND loop, skipping the RESUME that would
  // report the resumption: no 'resume' event here.
  vm.silentResume = true;
  return vm.resume(g, value, nullptr, yielded);
}

// Closes any iterator: generators directly, others through their close().
void closeIter(VM::Impl& vm, const Value& it) {
  if (it.is(ObjKind::Generator)) {
    vm.genClose(it.as<GeneratorObj>());
    return;
  }
  Value m;
  if (vm.lookupAttr(it, internStr("close"), m)) vm.callObject(m, nullptr, 0, nullptr, 0);
}

// `thrownArgs`: the arguments throw() was called with, which a delegate's own
// throw() method receives as they were, as CPython's _gen_throw passes them
// (g.throw(KeyError) hands it the class, not an instance). Empty: exc alone.
Value throwInto(VM::Impl& vm, GeneratorObj* g, const Value& exc, bool& yielded,
                std::span<const Value> thrownArgs = {}) {
  Value yf = vm.delegateYieldFrom(g);
  if (!yf.isUnbound()) {
    if (isInstanceOf(exc, T().GeneratorExit)) {
      g->state = GenState::Running;
      try {
        closeIter(vm, yf);
      } catch (PyErr& e) {
        g->state = GenState::Suspended;
        yf = Value();  // g's stack holds it: it goes when g's frame lets it go
        return vm.resume(g, Value(), &e.exc, yielded);
      }
      g->state = GenState::Suspended;
      yf = Value();
      return vm.resume(g, Value(), &exc, yielded);
    }
    // A delegate without throw() (a list's iterator): the exception is
    // raised at g's own paused `yield from`.
    Value throwMethod;
    if (!yf.is(ObjKind::Generator) && !vm.lookupAttr(yf, internStr("throw"), throwMethod)) {
      yf = Value();
      return vm.resume(g, Value(), &exc, yielded);
    }
    Value r;
    bool subYielded = false;
    g->state = GenState::Running;
    try {
      if (yf.is(ObjKind::Generator)) {
        r = throwInto(vm, yf.as<GeneratorObj>(), exc, subYielded, thrownArgs);
      } else if (thrownArgs.empty()) {
        r = vm.callObject(throwMethod, &exc, 1, nullptr, 0);
        subYielded = true;
      } else {
        r = vm.callObject(throwMethod, thrownArgs.data(), thrownArgs.size(), nullptr, 0);
        subYielded = true;
      }
    } catch (PyErr& e) {
      g->state = GenState::Suspended;
      if (isInstanceOf(e.exc, T().StopIteration)) {
        Value value = vm.getAttr(e.exc, internStr("value"));
        return finishYieldFrom(vm, g, value, yielded);
      }
      // CPython's _gen_throw ends the SEND loop (the frame leaves its yield)
      // before throwing the subiterator's exception in: its tracer sees a
      // 'call', not a resumption.
      vm.reenterAsCall = vm.tracer != nullptr;  // consumed by pushFrame's traced branch
      yf = Value();
      return vm.resume(g, Value(), &e.exc, yielded);
    }
    g->state = GenState::Suspended;
    if (subYielded) {
      yielded = true;
      return r;
    }
    return finishYieldFrom(vm, g, r, yielded);
  }
  return vm.resume(g, Value(), &exc, yielded);
}

}  // namespace

Value VM::Impl::genThrow(GeneratorObj* g, const Value& exc, std::span<const Value> thrownArgs) {
  bool yielded = false;
  Value r = throwInto(*this, g, exc, yielded, thrownArgs);
  if (!yielded) stopIteration(r);
  return r;
}

void VM::Impl::genClose(GeneratorObj* g) {
  // CPython 3.11 closes even a never-started generator by throwing
  // GeneratorExit into its frame (a tracer sees call/exception/return).
  if (g->state == GenState::Closed || !g->frame) return;
  if (g->state == GenState::Running) raise(T().ValueError, "generator already executing");
  Value exc = newException(T().GeneratorExit, {});
  bool yielded = false;
  try {
    throwInto(*this, g, exc, yielded);
  } catch (PyErr& e) {
    if (isInstanceOf(e.exc, T().GeneratorExit) || isInstanceOf(e.exc, T().StopIteration)) return;
    throw;
  }
  if (yielded) raise(T().RuntimeError, "generator ignored GeneratorExit");
}

// ---------------------------------------------------------------- methods

namespace {

GeneratorObj* selfGen(Args a, const char* name) {
  // Called through the type (generator.send(5)): the slot wrappers
  // (__next__, __iter__) and the method descriptors word it differently.
  const bool slot = name[0] == '_';
  if (a.size() == 0)
    raise(T().TypeError, slot ? std::string("descriptor '") + name + "' of 'generator' object needs an argument"
                              : std::string("unbound method generator.") + name + "() needs an argument");
  if (!a[0].is(ObjKind::Generator))
    raise(T().TypeError, slot ? std::string("descriptor '") + name +
                                    "' requires a 'generator' object but received a '" + typeName(a[0]) + "'"
                              : std::string("descriptor '") + name + "' for 'generator' objects doesn't apply to a '" +
                                    typeName(a[0]) + "' object");
  // __next__ and __iter__ are slot wrappers in CPython, the rest methods.
  if (!slot) noKwargs(a, std::string("generator.") + name);
  return a[0].as<GeneratorObj>();
}

Value gen_next(Interpreter& vm, Args a, const Value&) {
  GeneratorObj* g = selfGen(a, "__next__");
  slotArgs(a, "__next__", 0);
  bool yielded = false;
  Value r = implOf(vm).resume(g, Value(), nullptr, yielded);
  if (!yielded) stopIteration(r);
  return r;
}

Value gen_send(Interpreter& vm, Args a, const Value&) {
  GeneratorObj* g = selfGen(a, "send");
  if (a.size() != 2)
    raise(T().TypeError, "generator.send() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
  return implOf(vm).genSend(g, a[1]);
}

Value gen_throw(Interpreter& vm, Args a, const Value&) {
  GeneratorObj* g = selfGen(a, "throw");
  if (a.size() < 2) raise(T().TypeError, "throw expected at least 1 argument, got " + std::to_string(a.size() - 1));
  if (a.size() > 4) raise(T().TypeError, "throw expected at most 3 arguments, got " + std::to_string(a.size() - 1));
  // _gen_throw checks the traceback before the exception; the exception
  // then carries tb's frames (an instance keeps its own when tb is absent).
  const bool hasTb = a.size() == 4 && !a[3].isNone();
  if (hasTb && !isTracebackObject(a[3])) raise(T().TypeError, "throw() third argument must be a traceback object");
  Value typ = a[1];
  Value exc;
  if (typ.is(ObjKind::Class)) {
    if (!typ.as<ClassObj>()->isException)
      raise(T().TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
    std::vector<Value> args;
    if (a.size() >= 3 && !a[2].isNone()) {
      if (a[2].is(ObjKind::Instance) && a[2].as<InstanceObj>()->cls->isSubclassOf(typ.as<ClassObj>())) {
        exc = a[2];
      } else if (a[2].is(ObjKind::Tuple)) {
        args = a[2].as<TupleObj>()->items;
      } else {
        args.push_back(a[2]);
      }
    }
    if (exc.isNone()) exc = implOf(vm).callObject(typ, args.data(), args.size(), nullptr, 0);
  } else if (typ.is(ObjKind::Instance) && typ.as<InstanceObj>()->cls->isException) {
    if (a.size() >= 3 && !a[2].isNone()) raise(T().TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    raise(T().TypeError, "exceptions must be classes or instances deriving from BaseException, not " + typeName(typ));
  }
  // The class form restores (type, value, tb) as a fresh raise: a value
  // instance that was raised before loses its old frames unless tb is given.
  if (hasTb || typ.is(ObjKind::Class)) setTraceback(exc, hasTb ? a[3] : Value());
  return implOf(vm).genThrow(g, exc, a.pos.subspan(1));
}

Value gen_close(Interpreter& vm, Args a, const Value&) {
  GeneratorObj* g = selfGen(a, "close");
  if (a.size() != 1)
    raise(T().TypeError, "generator.close() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
  implOf(vm).genClose(g);
  return Value();
}

Value gen_iter(Interpreter&, Args a, const Value&) {
  selfGen(a, "__iter__");
  slotArgs(a, "__iter__", 0);
  return a[0];
}

void installGeneratorMethods() {
  static std::once_flag once;
  std::call_once(once, [] {
    ClassObj* t = T().generator;
    HeapAccount* saved = currentHeapAccount();
    currentHeapAccount() = nullptr;
    auto add = [t](const char* name, NativeFn fn) {
      Value b = newBuiltin(name, fn);
      b.as<BuiltinObj>()->ownerType = t;
      b.asObj()->refcount += 1u << 30;  // immortal, shared by every VM
      t->dict->setStr(name, b);
    };
    add("__next__", gen_next);
    add("send", gen_send);
    add("throw", gen_throw);
    add("close", gen_close);
    add("__iter__", gen_iter);
    currentHeapAccount() = saved;
  });
}

}  // namespace

void ensureGeneratorMethods() {
  installGeneratorMethods();
}

}  // namespace ys
