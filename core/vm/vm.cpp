// vm.cpp — the dispatch loop, frames, calls and the VM's public API.
//
// One switch over opcodes.h runs every Python frame (the hot instructions
// inline, the others in instructions.cpp). A Python→Python call
// binds arguments into a pooled Frame, links it on top (Frame::back) and
// keeps going in the same loop; RETURN_VALUE pops it and pushes the result
// on the caller's stack. Only native code calling back into Python (a
// builtin's key function, a generator driven by `for`, a user __repr__)
// enters a nested execute(), which returns when its entry frame returns or
// yields. Errors travel as C++ exceptions (PyErr) to the nearest handler in
// the frame's exception table; a frame without one exits and the caller
// continues the search (unwindToHandler), as CPython 3.11's exception_unwind.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <iterator>
#include <new>
#include <pthread.h>
#include <stdexcept>

#include "core/base/format.h"
#include "core/base/text.h"
#include "core/frontend/compiler.h"
#include "core/lib/builtins.h"
#include "core/lib/builtins_util.h"
#include "core/vm/vm_internal.h"

namespace ys {

VM::Impl* currentVM() {
  // The only Interpreter is the VM.
  Interpreter* running = Interpreter::current();
  return running ? &static_cast<VM*>(running)->impl() : nullptr;
}

const char* eventName(EventKind k) {
  switch (k) {
    case EventKind::Call:
      return "call";
    case EventKind::Line:
      return "line";
    case EventKind::Yield:
      return "yield";
    case EventKind::Resume:
      return "resume";
    case EventKind::Return:
      return "return";
    case EventKind::Exception:
      return "exception";
    case EventKind::End:
      return "end";
  }
  return "?";
}

namespace {

// A __hash__ or __eq__ that is not object's: a user class's, or a library
// class's native one (namedtuple's hashes and compares as its tuple, so
// P(0, 0) finds the dict key (0, 0) and two equal points are one set member).
bool hasOwnMethod(const Value& m) {
  if (isUserMethod(m)) return true;
  if (!m.is(ObjKind::Builtin)) return false;
  const ClassObj* owner = m.as<BuiltinObj>()->ownerType;
  return owner && owner != T().object;
}

// User __hash__/__eq__ for dict keys and set members (hashing.cpp's hooks).
bool userHash(const Value& inst, uint64_t& out) {
  VM::Impl* vm = currentVM();
  if (!vm) return false;
  Value m;
  ClassObj* cls = inst.as<InstanceObj>()->cls.get();
  if (!cls->lookup("__hash__", m)) return false;
  if (m.isNone()) throwError(T().TypeError, "unhashable type: '" + cls->name + "'");
  if (!hasOwnMethod(m)) return false;
  Value r = vm->callMethod(inst, m, {});
  if (!(r.isInt() || r.isBool() || r.is(ObjKind::BigInt)))
    throwError(T().TypeError, "__hash__ method should return an integer");
  // As CPython's slot_tp_hash: an int that fits 64 bits is the hash itself
  // (-1 becomes -2), a bigger one is hashed (hash(U()) is 13 for 2**64 + 5).
  if (r.isInt() || r.isBool())
    out = r.asInt() == -1 ? uint64_t(-2) : uint64_t(r.asInt());
  else
    out = hashValue(r);
  return true;
}

bool userEqual(const Value& a, const Value& b, bool& out) {
  VM::Impl* vm = currentVM();
  if (!vm) return false;
  Value m;
  if (a.is(ObjKind::Instance) && a.as<InstanceObj>()->cls->lookup("__eq__", m) && hasOwnMethod(m)) {
    out = vm->compareBool(int(ast::CmpOpKind::Eq), a, b);
    return true;
  }
  if (b.is(ObjKind::Instance) && b.as<InstanceObj>()->cls->lookup("__eq__", m) && hasOwnMethod(m)) {
    out = vm->compareBool(int(ast::CmpOpKind::Eq), a, b);
    return true;
  }
  return false;
}

// Swaps in this VM's heap account, VM pointer and instance hooks for the
// duration of a call from the host (runSource, VM::call from a test).
struct Activate {
  explicit Activate(VM::Impl& vm) : m_vm(vm) {
    m_prevVm = Interpreter::setCurrent(&vm.vm);
    m_prevHeap = currentHeapAccount();
    m_prevHooks = instanceHooks();
    currentHeapAccount() = &vm.heap;
    instanceHooks().hash = userHash;
    instanceHooks().equal = userEqual;
  }
  ~Activate() {
    Interpreter::setCurrent(m_prevVm);
    currentHeapAccount() = m_prevHeap;
    instanceHooks() = m_prevHooks;
  }
  VM::Impl& m_vm;
  Interpreter* m_prevVm;
  HeapAccount* m_prevHeap;
  InstanceHooks m_prevHooks;
};

}  // namespace

// ====================================================================== Impl

VM::Impl::Impl(VM& owner, Budgets b) : vm(owner), budgets(b) {
  nullMarker = Value::unbound();
  setRecursionLimit(b.maxRecursionDepth);
  // The registry is a circular list through the sentinel: O(1) append at the
  // tail (creation order) and O(1) unlink when a generator dies.
  genHead.owner = nullptr;
  genHead.prev = genHead.next = &genHead;
}

VM::Impl::~Impl() {
  // Generators that outlive the VM (held by a RunResult) must not unlink
  // into a dead sentinel.
  GenLink* l = genHead.next;
  while (l && l != &genHead) {
    GenLink* next = l->next;
    l->prev = l->next = nullptr;
    l = next;
  }
  genHead.prev = genHead.next = nullptr;
  for (Frame* f : pool) delete f;
}

Frame* VM::Impl::allocFrame(CodeObj* code) {
  Frame* f;
  if (!pool.empty()) {
    f = pool.back();
    pool.pop_back();
  } else {
    f = new Frame();
  }
  f->code = Ref<CodeObj>(code);
  size_t nlocals = size_t(code->freeStart) + code->freevars.size();
  f->locals.assign(nlocals, Value::unbound());
  f->stack.resize(size_t(code->stacksize));
  f->sp = 0;
  f->ip = 0;
  f->lastLine = -1;
  f->prevIp = -1;
  f->back = nullptr;
  f->generator = nullptr;
  f->started = false;
  return f;
}

void VM::Impl::freeFrame(Frame* f) {
  f->locals.clear();
  for (int32_t i = 0; i < f->sp; ++i) f->stack[size_t(i)] = Value();
  f->sp = 0;
  f->code = Ref<CodeObj>();
  f->function = Ref<FunctionObj>();
  f->globals = Ref<DictObj>();
  f->localsDict = Ref<DictObj>();
  f->currentException = Value();
  f->back = nullptr;
  if (pool.size() < 256)
    pool.push_back(f);
  else
    delete f;
}

void VM::Impl::releaseFrame(Frame* f) {
  if (f->generator) {
    GeneratorObj* g = f->generator;
    g->state = GenState::Closed;
    f->back = nullptr;
    g->frame.reset();
  } else {
    freeFrame(f);
  }
}

void VM::Impl::setRecursionLimit(int64_t limit) {
  recursionLimit = limit;
  depthLimit = int32_t(std::min<int64_t>(limit, kMaxRecursionDepth));
}

void VM::Impl::pushFrame(Frame* f, bool fromNative) {
  const Value* sent = std::exchange(resumeSent, nullptr);  // set by resume() for this push only
  const bool thrown = std::exchange(resumeThrown, false);
  if (depth >= depthLimit || (fromNative && stackNearlyFull())) {
    if (!f->generator) freeFrame(f);
    raise(T().RecursionError, "maximum recursion depth exceeded");
  }
  f->back = current;
  current = f;
  ++depth;
  if (silentResume) {
    silentResume = false;
    f->started = true;
    return;
  }
  if (tracer) {
    if (!f->started) {
      f->started = true;
      event(EventKind::Call, f, f->code->firstLine, f->generator ? sent : nullptr, thrown);
    } else {
      // CPython reports a 'call' (not a resumption) when an exception from a
      // delegated throw() re-enters the delegating generator past its SEND
      // loop (_gen_throw moves the frame off the yield); see throwInto.
      EventKind kind = reenterAsCall ? EventKind::Call : EventKind::Resume;
      reenterAsCall = false;
      event(kind, f, f->lastLine >= 0 ? f->lastLine : f->currentLine(), kind == EventKind::Resume ? sent : nullptr,
            thrown);
    }
  } else {
    f->started = true;
    tick();
  }
}

void VM::Impl::popFrame(Frame* f) {
  current = f->back;
  f->back = nullptr;
  --depth;
}

void VM::Impl::event(EventKind kind, Frame* f, int line, const Value* value, bool thrownIn, bool endsByException) {
  if (aborting) return;
  ++steps;
  if (budgets.maxSteps && steps > budgets.maxSteps) abort(RunStatus::StepBudget);
  if (stopRequested.load(std::memory_order_relaxed)) abort(RunStatus::Stopped);
  if (tracer) {
    TraceEvent ev{kind, f, line, value, thrownIn, endsByException};
    tracer->onEvent(vm, ev);
  }
  if (stopRequested.load(std::memory_order_relaxed)) abort(RunStatus::Stopped);
}

void VM::Impl::abort(RunStatus status) {
  aborting = true;
  throw VMAbort{status, status == RunStatus::StepBudget ? "step budget exhausted" : "stopped"};
}

void VM::Impl::setPendingAbort(VMAbort a) {
  aborting = true;  // no more events or finalisers until it is raised
  if (!pendingAbort) pendingAbort = std::move(a);
  slowPath = true;
}

void VM::Impl::raisePendingAbort() {
  VMAbort a = std::move(*pendingAbort);
  pendingAbort.reset();
  slowPath = tracer != nullptr;
  throw a;
}

void VM::Impl::unwindForAbort(Frame* stopAt) {
  while (current && current != stopAt) {
    Frame* fr = current;
    popFrame(fr);
    releaseFrame(fr);
  }
}

// Cheap budget checks at calls and backward jumps when no tracer counts steps.
void VM::Impl::tick() {
  if (aborting) return;
  if (budgets.maxSteps && ++steps > budgets.maxSteps) abort(RunStatus::StepBudget);
  if (stopRequested.load(std::memory_order_relaxed)) abort(RunStatus::Stopped);
}

void VM::Impl::checkBudgets() {
  if (budgets.maxMemoryBytes && heap.liveBytes > budgets.maxMemoryBytes) throwErrorNoArgs(T().MemoryError);
}

// ---------------------------------------------------------------- arguments

namespace {

// "f() takes 1 positional argument but 2 were given", as CPython's
// too_many_positional, which also counts the keyword-only ones given.
[[noreturn]] void raiseTooManyPositional(const FunctionObj* fn, size_t npos, const KwArg* kw, size_t nkw) {
  const CodeObj* co = fn->code.get();
  const size_t argc = size_t(co->argcount), kwonly = size_t(co->kwonlyargcount);
  const size_t ndef = fn->defaults.size();
  size_t kwGiven = 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kn = kw[k].name.as<StrObj>()->view();
    for (size_t j = argc; j < argc + kwonly; ++j)
      if (co->varnames[j] == kn) ++kwGiven;
  }
  raise(T().TypeError, tooManyPositionalMessage(fn->qualname, argc - ndef, argc, npos, kwGiven));
}

}  // namespace

void VM::Impl::bindArguments(FunctionObj* fn, Frame* f, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  CodeObj* co = fn->code.get();
  const size_t argc = size_t(co->argcount);
  const size_t kwonly = size_t(co->kwonlyargcount);
  const std::string& fname = fn->qualname;
  Value* L = f->locals.data();
  size_t n = std::min(npos, argc);
  for (size_t i = 0; i < n; ++i) L[i] = args[i];
  size_t slot = argc + kwonly;
  if (co->varargs) {
    std::vector<Value> rest;
    for (size_t i = n; i < npos; ++i) rest.push_back(args[i]);
    L[slot++] = newTuple(std::move(rest));
  }
  DictObj* kwdict = nullptr;
  if (co->varkeywords) {
    Value d = newDict();
    kwdict = d.as<DictObj>();
    L[slot] = d;
  }
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view kn = kw[k].name.as<StrObj>()->view();
    size_t found = SIZE_MAX;
    for (size_t j = size_t(co->posonlyargcount); j < argc + kwonly; ++j)
      if (co->varnames[j] == kn) {
        found = j;
        break;
      }
    if (found == SIZE_MAX) {
      if (kwdict) {
        kwdict->set(kw[k].name, kw[k].value);
        continue;
      }
      // Every keyword naming a positional-only parameter, as CPython reports them.
      std::vector<std::string> positionalOnly;
      for (size_t j = 0; j < size_t(co->posonlyargcount); ++j)
        for (size_t other = 0; other < nkw; ++other)
          if (co->varnames[j] == kw[other].name.as<StrObj>()->view()) positionalOnly.push_back(co->varnames[j]);
      if (!positionalOnly.empty()) raise(T().TypeError, positionalOnlyAsKeywordsMessage(fname, positionalOnly));
      raise(T().TypeError, fname + "() got an unexpected keyword argument '" + std::string(kn) + "'");
    }
    if (!L[found].isUnbound())
      raise(T().TypeError, fname + "() got multiple values for argument '" + std::string(kn) + "'");
    L[found] = kw[k].value;
  }
  // After the keywords, as initialize_locals: f(1, 2, zz=3) is about zz.
  if (!co->varargs && npos > argc) raiseTooManyPositional(fn, npos, kw, nkw);
  // Defaults and missing arguments.
  if (npos < argc) {
    size_t ndef = fn->defaults.size();
    size_t firstDefault = argc - ndef;
    std::vector<std::string> missing;
    for (size_t i = npos; i < argc; ++i) {
      if (!L[i].isUnbound()) continue;
      if (i >= firstDefault)
        L[i] = fn->defaults[i - firstDefault];
      else
        missing.push_back(co->varnames[i]);
    }
    if (!missing.empty()) raise(T().TypeError, missingArgumentsMessage(fname, missing, false));
  }
  if (kwonly) {
    std::vector<std::string> missing;
    for (size_t i = argc; i < argc + kwonly; ++i) {
      if (!L[i].isUnbound()) continue;
      Value d;
      if (fn->kwdefaults && fn->kwdefaults->getStr(co->varnames[i], d))
        L[i] = d;
      else
        missing.push_back(co->varnames[i]);
    }
    if (!missing.empty()) raise(T().TypeError, missingArgumentsMessage(fname, missing, true));
  }
  // Cells (captured locals) and the closure's free variables.
  for (int32_t s : co->cellSlots) {
    CellObj* c = make<CellObj>();
    Value cell = Value::adopt(c);
    if (!L[s].isUnbound()) {
      c->value = L[s];
      c->bound = true;
    }
    L[s] = cell;
  }
  for (size_t i = 0; i < fn->closure.size(); ++i) L[size_t(co->freeStart) + i] = fn->closure[i].value();
}

Frame* VM::Impl::frameForCall(FunctionObj* fn, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  CodeObj* co = fn->code.get();
  Frame* f;
  if (co->isGenerator) {
    f = new Frame();
    f->code = Ref<CodeObj>(co);
    f->locals.assign(size_t(co->freeStart) + co->freevars.size(), Value::unbound());
    f->stack.resize(size_t(co->stacksize));
  } else {
    f = allocFrame(co);
  }
  f->function = Ref<FunctionObj>(fn);
  f->globals = fn->globals;
  try {
    bindArguments(fn, f, args, npos, kw, nkw);
  } catch (...) {
    if (co->isGenerator)
      delete f;
    else
      freeFrame(f);
    throw;
  }
  return f;
}

Value VM::Impl::makeGenerator(Frame* f, FunctionObj* fn) {
  GeneratorObj* g = make<GeneratorObj>();
  Value gv = Value::adopt(g);
  g->frame.reset(f);
  g->code = fn->code;
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->state = GenState::Created;
  g->id = nextGenId++;
  g->suspendedLine = fn->code->firstLine;
  f->generator = g;
  // Registry: append at the tail (creation order).
  GenLink* tail = genHead.prev;
  tail->next = &g->link;
  g->link.prev = tail;
  g->link.next = &genHead;
  genHead.prev = &g->link;
  g->setAccounted(getsizeofObject(*g));
  return gv;
}

// ---------------------------------------------------------------- calls

namespace {

// `self` then the call's positional arguments, as a bound method or __init__
// receives them: on the stack for up to seven arguments, else on the heap.
class ArgsAfterSelf {
 public:
  ArgsAfterSelf(const Value& self, const Value* args, size_t npos) : m_size(npos + 1) {
    if (m_size > std::size(m_small)) {
      m_big.resize(m_size);
      m_all = m_big.data();
    }
    m_all[0] = self;
    for (size_t i = 0; i < npos; ++i) m_all[i + 1] = args[i];
  }
  ArgsAfterSelf(const ArgsAfterSelf&) = delete;
  ArgsAfterSelf& operator=(const ArgsAfterSelf&) = delete;
  const Value* data() const { return m_all; }
  size_t size() const { return m_size; }

 private:
  Value m_small[8];
  std::vector<Value> m_big;
  Value* m_all = m_small;
  size_t m_size;
};

}  // namespace

Value VM::Impl::callPython(FunctionObj* fn, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  Frame* f = frameForCall(fn, args, npos, kw, nkw);
  if (fn->code->isGenerator) {
    // CPython 3.11 runs a generator function's frame up to its
    // RETURN_GENERATOR, so making the generator needs a free unit of the
    // recursion budget: at the limit it is this call that fails, not the
    // first next() (which would leave an unstarted generator to close).
    if (depth >= depthLimit) {
      delete f;
      raise(T().RecursionError, "maximum recursion depth exceeded");
    }
    return makeGenerator(f, fn);
  }
  pushFrame(f, true);
  bool yielded = false;
  return execute(f, yielded, nullptr);
}

Value VM::Impl::callObject(const Value& callee, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  if (callee.isObj()) {
    Object* o = callee.asObj();
    switch (o->kind) {
      case ObjKind::Function:
        return callPython(static_cast<FunctionObj*>(o), args, npos, kw, nkw);
      case ObjKind::Builtin: {
        auto* b = static_cast<BuiltinObj*>(o);
        Args a{std::span<const Value>(args, npos), std::span<const KwArg>(kw, nkw)};
        AskingNative asking(*this, b->name, npos, false);
        return b->fn(vm, a, b->data);
      }
      case ObjKind::BoundMethod: {
        auto* m = static_cast<BoundMethodObj*>(o);
        ArgsAfterSelf all(m->self, args, npos);
        Value func = m->func;
        return callObject(func, all.data(), all.size(), kw, nkw);
      }
      case ObjKind::Class:
        return instantiate(static_cast<ClassObj*>(o), args, npos, kw, nkw);
      case ObjKind::StaticMethod: {  // sm_call: a staticmethod calls what it wraps
        Value func = static_cast<StaticMethodObj*>(o)->func;
        return callObject(func, args, npos, kw, nkw);
      }
      case ObjKind::Instance: {
        Value method;
        if (lookupSpecial(callee, "__call__", method)) {
          ArgsAfterSelf all(callee, args, npos);
          return callObject(method, all.data(), all.size(), kw, nkw);
        }
        break;
      }
      default:
        break;
    }
  }
  raise(T().TypeError, "'" + typeName(callee) + "' object is not callable");
}

Value VM::Impl::instantiate(ClassObj* cls, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  if (cls == T().property || cls == T().staticmethod || cls == T().classmethod)
    return makeDescriptor(cls, args, npos, kw, nkw);
  if (cls->isBuiltin) {
    if (!cls->construct) raise(T().TypeError, "cannot create '" + cls->name + "' instances");
    std::vector<KwArg> kws(kw, kw + nkw);
    Args a{std::span<const Value>(args, npos), std::span<const KwArg>(kws)};
    return cls->construct(vm, a, Value::object(cls));
  }
  // A user class: the nearest built-in base constructs the instance (object
  // makes a plain InstanceObj; exceptions also fill args), then __init__.
  Value newFn;
  bool userNew = false;
  // As CPython's object.__init__, which ignores arguments when the type's
  // __new__ is not object's: complex's or partial's took them.
  bool newTakesArguments = false;
  for (ClassObj* c : cls->mro) {
    if (c->isBuiltin) break;
    Value v;
    if (c->dict && c->dict->getStr("__new__", v)) {
      newFn = v;
      userNew = true;
      break;
    }
  }
  Value inst;
  if (userNew) {
    Value f = newFn;
    if (f.is(ObjKind::StaticMethod)) f = f.as<StaticMethodObj>()->func;
    ArgsAfterSelf all(Value::object(cls), args, npos);  // __new__(cls, *args)
    inst = callObject(f, all.data(), all.size(), kw, nkw);
    if (!inst.is(ObjKind::Instance) || !inst.as<InstanceObj>()->cls->isSubclassOf(cls)) return inst;
  } else {
    ClassObj* base = nullptr;
    for (ClassObj* c : cls->mro)
      if (c->isBuiltin && c->construct) {
        base = c;
        break;
      }
    if (base == nullptr || base == T().object) {
      inst = Value::adopt(make<InstanceObj>(cls));
    } else {
      newTakesArguments = true;
      // The base's tp_new sees the keywords too: a namedtuple's fields by
      // name; deque and the dict-likes leave every argument to __init__.
      Args a{std::span<const Value>(args, npos), std::span<const KwArg>(kw, nkw)};
      inst = base->construct(vm, a, Value::object(cls));
    }
  }
  Value init;
  if (cls->lookup("__init__", init)) {
    if (isUserMethod(init)) {
      ArgsAfterSelf all(inst, args, npos);
      Value r = callObject(init, all.data(), all.size(), kw, nkw);
      if (!r.isNone()) raise(T().TypeError, "__init__() should return None, not '" + typeName(r) + "'");
    } else if (init.is(ObjKind::Builtin)) {
      // A built-in base's own __init__ (an exception's, deque's, the
      // dict-likes') takes every argument; object's takes none.
      const bool objectInit = init.as<BuiltinObj>()->ownerType == T().object;
      if (cls->isException || !objectInit || (npos == 0 && nkw == 0)) {
        ArgsAfterSelf all(inst, args, npos);
        callObject(init, all.data(), all.size(), kw, nkw);
      } else if (!userNew && !newTakesArguments) {
        raise(T().TypeError, cls->name + "() takes no arguments");
      }
    }
  } else if ((npos > 0 || nkw > 0) && !userNew && !cls->isException) {
    raise(T().TypeError, cls->name + "() takes no arguments");
  }
  return inst;
}

// property(fget, fset, fdel), staticmethod(f), classmethod(f).
Value VM::Impl::makeDescriptor(ClassObj* cls, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  if (cls == T().property) {
    auto* p = make<PropertyObj>();
    Value pv = Value::adopt(p);
    if (npos > 0) p->getter = args[0];
    if (npos > 1) p->setter = args[1];
    if (npos > 2) p->deleter = args[2];
    for (size_t i = 0; i < nkw; ++i) {
      std::string_view k = kw[i].name.as<StrObj>()->view();
      if (k == "fget")
        p->getter = kw[i].value;
      else if (k == "fset")
        p->setter = kw[i].value;
      else if (k == "fdel")
        p->deleter = kw[i].value;
    }
    return pv;
  }
  const char* name = cls == T().staticmethod ? "staticmethod" : "classmethod";
  if (npos != 1 || nkw != 0)
    raise(T().TypeError, std::string(name) + " expected 1 argument, got " + std::to_string(npos + nkw));
  return Value::adopt(make<StaticMethodObj>(args[0], cls == T().classmethod));
}

Value VM::Impl::runClassBody(FunctionObj* body, DictObj* ns) {
  Frame* f = allocFrame(body->code.get());
  f->function = Ref<FunctionObj>(body);
  f->globals = body->globals;
  f->localsDict = Ref<DictObj>(ns);
  CodeObj* co = body->code.get();
  for (int32_t s : co->cellSlots) f->locals[size_t(s)] = Value::adopt(make<CellObj>());
  for (size_t i = 0; i < body->closure.size(); ++i) f->locals[size_t(co->freeStart) + i] = body->closure[i].value();
  pushFrame(f, false);
  bool yielded = false;
  return execute(f, yielded, nullptr);
}

namespace {

// C3 linearisation; empty when the bases admit no consistent order.
bool c3(ClassObj* cls, std::vector<ClassObj*>& out) {
  std::vector<std::vector<ClassObj*>> seqs;
  for (auto& b : cls->bases) seqs.push_back(b->mro);
  std::vector<ClassObj*> bases;
  for (auto& b : cls->bases) bases.push_back(b.get());
  seqs.push_back(bases);
  out.push_back(cls);
  for (;;) {
    bool empty = true;
    for (auto& s : seqs)
      if (!s.empty()) empty = false;
    if (empty) return true;
    ClassObj* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      ClassObj* h = s[0];
      bool inTail = false;
      for (auto& t : seqs)
        for (size_t i = 1; i < t.size(); ++i)
          if (t[i] == h) inTail = true;
      if (!inTail) {
        cand = h;
        break;
      }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
}

}  // namespace

// A base CPython refuses is a TypeError. The built-in types whose values are
// not instances (list, int, str ...) are refused by name: a subclass would
// need values that are both, which the engine does not model, and without
// this it built a plain list or an instance without the list in it.
// Exceptions, object and the instance-based built-ins (deque, Counter,
// OrderedDict, defaultdict, complex) subclass as usual. So do map, enumerate,
// zip, filter, reversed and super in CPython; here they are refused by name.
void VM::Impl::checkBaseType(ClassObj* base) {
  const BuiltinTypes& t = T();
  for (ClassObj* refused :
       {t.bool_, t.generator, t.function, t.NoneType, t.builtin_function, t.method, t.code, t.cell, t.range, t.slice})
    if (base == refused) raise(t.TypeError, "type '" + base->name + "' is not an acceptable base type");
  bool unmodelled = base->nativeIterator || base == superType();
  for (ClassObj* type : {t.type, t.int_, t.float_, t.str, t.list, t.tuple, t.dict, t.set, t.frozenset, t.bytes,
                         t.bytearray, t.module, t.property, t.staticmethod, t.classmethod})
    unmodelled = unmodelled || base == type;
  if (unmodelled)
    raise(t.NotImplementedError, "Yieldscope does not support subclassing the built-in type '" + base->name + "' yet");
}

Value VM::Impl::buildClass(const Value& bodyFn, const Value& name, const Value& bases, const DictObj* given) {
  auto* cls = make<ClassObj>();
  Value clsVal = Value::adopt(cls);
  cls->name = strOf(name);
  cls->module = "__main__";
  Value ns = newDict();
  cls->dict = Ref<DictObj>(ns.as<DictObj>());
  Value cell;
  // The body runs first: type() checks the bases only when it makes the
  // class from the namespace the body filled (type_new).
  if (given) {
    ns.as<DictObj>()->setStr("__module__", internStr("__main__"));
    ns.as<DictObj>()->merge(*given);
  } else {
    cell = runClassBody(bodyFn.as<FunctionObj>(), ns.as<DictObj>());
  }
  for (const Value& b : bases.as<TupleObj>()->items) {
    if (!b.is(ObjKind::Class)) raise(T().TypeError, "bases must be types");
    ClassObj* bc = b.as<ClassObj>();
    checkBaseType(bc);
    cls->bases.push_back(Ref<ClassObj>(bc));
  }
  if (cls->bases.empty()) cls->bases.push_back(Ref<ClassObj>(T().object));
  bool layoutConflict = false;
  bestBase(cls->bases, &layoutConflict);
  if (layoutConflict) raise(T().TypeError, "multiple bases have instance lay-out conflict");
  for (size_t i = 0; i < cls->bases.size(); ++i)  // mro_implementation's check_duplicates
    for (size_t j = 0; j < i; ++j)
      if (cls->bases[i].get() == cls->bases[j].get())
        raise(T().TypeError, "duplicate base class " + cls->bases[i]->name);
  std::vector<ClassObj*> mro;
  if (!c3(cls, mro)) {
    std::string names;
    for (size_t i = 0; i < cls->bases.size(); ++i) names += (i ? ", " : "") + cls->bases[i]->name;
    raise(T().TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
  }
  cls->mro = mro;
  for (ClassObj* c : mro)
    if (c->isException) cls->isException = true;
  // A class that defines __eq__ without __hash__ is unhashable (CPython
  // sets __hash__ = None).
  {
    Value tmp;
    if (ns.as<DictObj>()->getStr("__eq__", tmp) && !ns.as<DictObj>()->getStr("__hash__", tmp))
      ns.as<DictObj>()->setStr("__hash__", Value());
  }
  Value mod;
  if (ns.as<DictObj>()->getStr("__module__", mod) && mod.is(ObjKind::Str)) cls->module = strOf(mod);
  // The body stores __qualname__ (codegen); type.__new__ takes it out of the
  // class's dict into the type itself.
  Value qualname;
  if (ns.as<DictObj>()->getStr("__qualname__", qualname)) {
    if (!qualname.is(ObjKind::Str)) raise(T().TypeError, "type __qualname__ must be a str, not " + typeName(qualname));
    cls->qualname = strOf(qualname);
    ns.as<DictObj>()->remove(internStr("__qualname__"));
  }
  if (cell.is(ObjKind::Cell)) {
    cell.as<CellObj>()->value = clsVal;
    cell.as<CellObj>()->bound = true;
  }
  layOutSlots(*cls);
  giveSharedKeys(*cls);
  for (const ClassObj* c : cls->mro) {
    Value hook;
    if (!c->isBuiltin && c->dict && c->dict->getStr("__getattribute__", hook) && isUserMethod(hook))
      cls->customGetattribute = true;
  }
  cls->setAccounted(getsizeofObject(*cls));
  announceClass(clsVal);
  return clsVal;
}

// __slots__, as type.__new__ reads it: a str or an iterable of str, each an
// identifier that no class attribute already uses. Each name becomes a member
// descriptor in the class. The engine models a single line of slotted
// classes; a slotted class that also has a __dict__ is refused by name.
void VM::Impl::layOutSlots(ClassObj& cls) {
  const bool baseSlotted = std::any_of(cls.bases.begin(), cls.bases.end(), [](const auto& b) { return b->slotted; });
  Value declared;
  if (!cls.dict->getStr("__slots__", declared)) {
    if (baseSlotted)
      raise(T().NotImplementedError, "Yieldscope does not support a class without __slots__ under one with __slots__");
    return;
  }
  const bool fromObject = cls.bases.size() == 1 && cls.bases[0].get() == T().object;
  if (!fromObject && !(cls.bases.size() == 1 && baseSlotted))
    raise(T().NotImplementedError,
          "Yieldscope does not support __slots__ in a class whose bases are not all slotted classes or object");
  std::vector<Value> names;
  if (declared.is(ObjKind::Str)) {
    names.push_back(declared);
  } else {
    Value it = getIter(declared);
    for (Value v; iterNext(it, v);) names.push_back(v);
  }
  if (baseSlotted) {
    cls.slotNames = cls.bases[0]->slotNames;
    cls.slotWeakref = cls.bases[0]->slotWeakref;
  }
  // Every name is checked before any is compared with the class's attributes.
  for (const Value& nameV : names) {
    if (!nameV.is(ObjKind::Str)) raise(T().TypeError, "__slots__ items must be strings, not '" + typeName(nameV) + "'");
    if (!isIdentifier(strOf(nameV))) raise(T().TypeError, "__slots__ must be identifiers");
    if (strOf(nameV) == "__dict__")
      raise(T().NotImplementedError, "Yieldscope does not support '__dict__' in __slots__");
  }
  for (const Value& nameV : names) {
    // type_new_copy_slots mangles each name with the class's: __slots__ = ("__x",) is _C__x.
    const std::string name = mangleName(cls.name, strOf(nameV));
    if (name == "__weakref__") {
      if (cls.slotWeakref)
        raise(T().TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      cls.slotWeakref = true;
      continue;
    }
    Value existing;
    if (cls.dict->getStr(name, existing))
      raise(T().ValueError, "'" + name + "' in __slots__ conflicts with class variable");
    cls.slotNames.push_back(name);
    cls.dict->setStr(name, newSlotDescriptor(cls, name));
  }
  cls.slotted = true;
}

// The last steps of CPython's type.__new__: each attribute that asks is told
// its owner and name (__set_name__), then the nearest base that defines
// __init_subclass__ hears of the new class. That hook is a class method even
// when written as a plain function, as CPython makes it.
void VM::Impl::announceClass(const Value& clsVal) {
  ClassObj* cls = clsVal.as<ClassObj>();
  DictObj& ns = *cls->dict;
  Value hook;
  if (ns.getStr("__init_subclass__", hook) && hook.is(ObjKind::Function))
    ns.setStr("__init_subclass__", Value::adopt(make<StaticMethodObj>(hook, true)));
  std::vector<std::pair<Value, Value>> named;  // copied: a __set_name__ may change the dict
  for (const DictObj::Entry& e : ns.entries)
    if (e.live && e.value.is(ObjKind::Instance)) named.emplace_back(e.key, e.value);
  for (const auto& [name, value] : named) {
    Value setName;
    if (lookupSpecial(value, "__set_name__", setName)) callMethod(value, setName, {clsVal, name});
  }
  for (size_t i = 1; i < cls->mro.size(); ++i) {
    if (!cls->mro[i]->dict || !cls->mro[i]->dict->getStr("__init_subclass__", hook)) continue;
    const Value fn = hook.is(ObjKind::ClassMethod) ? hook.as<StaticMethodObj>()->func : hook;
    callObject(fn, &clsVal, 1, nullptr, 0);
    return;
  }
}

Value* VM::Impl::cachedFind(DictObj* d, const Value& name) {
  const Object* key = name.asObj();
  NameCacheSlot& c = nameCache[((reinterpret_cast<uintptr_t>(d) >> 4) ^ (reinterpret_cast<uintptr_t>(key) >> 3)) & 511];
  if (c.dict == d && c.name == key && c.index < d->entries.size()) {
    DictObj::Entry& e = d->entries[c.index];
    if (e.live && e.key.isObj() && e.key.asObj() == key) return &e.value;
  }
  Value* p = d->find(name);
  if (p && !d->entries.empty()) {
    const char* base = reinterpret_cast<const char*>(&d->entries[0].value);
    size_t idx = size_t(reinterpret_cast<const char*>(p) - base) / sizeof(DictObj::Entry);
    if (idx < d->entries.size() && &d->entries[idx].value == p) c = NameCacheSlot{d, key, idx};
  }
  return p;
}

void VM::Impl::raiseNameError(const Value& name) {
  // A CPython built-in the engine lacks (ExceptionGroup, breakpoint, help) is
  // refused by name: "not defined" would be a wrong answer.
  refuseMissingModuleName("builtins", strOf(name));
  Value e = newException(T().NameError, {newStr("name '" + strOf(name) + "' is not defined")});
  InstanceObj* inst = e.as<InstanceObj>();
  if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
  inst->dict->setStr("name", name);
  throw PyErr{e};
}

void VM::Impl::raiseAttributeError(const Value& obj, const Value& name, const std::string& message) {
  Value e = newException(T().AttributeError, {newStr(message)});
  InstanceObj* inst = e.as<InstanceObj>();
  if (!inst->dict) inst->dict = Ref<DictObj>(make<DictObj>());
  inst->dict->setStr("name", name);
  inst->dict->setStr("obj", obj);
  throw PyErr{e};
}

// FOR_ITER while tracing: CPython reports a StopIteration that ends a loop
// over a Python-level iterator (a __next__ that raises it, a generator that
// returns a value) as an 'exception' event in the looping frame.
bool VM::Impl::forIterTraced(Frame* f, const Value& it, Value& out) {
  if (it.is(ObjKind::Generator)) {
    bool y = false;
    Value r = resume(it.as<GeneratorObj>(), Value(), nullptr, y);
    if (y) {
      out = std::move(r);
      return true;
    }
    if (!r.isNone()) stopIterationEvent(f);
    return false;
  }
  if (it.is(ObjKind::Instance)) {
    Value stop;
    if (instanceNext(it, out, stop)) return true;
    event(EventKind::Exception, f, f->lastLine, &stop);
    return false;
  }
  return iterNext(it, out);
}

void VM::Impl::stopIterationEvent(Frame* f) {
  Value e = newException(T().StopIteration, {});
  event(EventKind::Exception, f, f->lastLine, &e);
}

Value VM::Impl::importName(const std::string& name) {
  auto it = modules.find(name);
  if (it != modules.end()) return it->second;
  Value m = importModule(vm, name);
  modules[name] = m;
  return m;
}

// ====================================================================== the loop

namespace {

inline bool isBackward(const Frame* f, int32_t ip) {
  return ip < f->prevIp;
}

// An exception leaving frame f: CPython's traceback keeps the frame, and so
// its locals, alive until the exception itself goes; the stack was already
// popped. Moving the locals into the exception gives the same release time
// (a generator held only by such a local is finalised when the `except`
// block that caught the exception ends, not when the frame exits). A local
// holding the exception itself is dropped, not kept: that cycle would never
// be freed without a cycle collector.
void keepLocalsWithTraceback(const Value& exc, Frame* f) {
  if (!exc.is(ObjKind::Instance)) return;
  InstanceObj* inst = exc.as<InstanceObj>();
  for (Value& v : f->locals) {
    if (v.isObj() && !v.identical(exc)) inst->frameLocals.push_back(std::move(v));
    v = Value::unbound();
  }
}

// The exception a C++ error in an instruction becomes (a failed allocation,
// a format spec the formatter rejects); any other C++ exception goes on.
Value exceptionFromNative() {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return newException(T().MemoryError, {});
  } catch (const std::length_error&) {
    return newException(T().MemoryError, {});
  } catch (const FormatError& fe) {
    return newException(formatErrorType(fe), {newStr(fe.message)});
  }
}

// The keyword arguments of a CALL, copied off the stack: names from the
// kwnames tuple, values from `values` on; on the C++ stack when four or fewer.
struct CallKwArgs {
  KwArg small[4];
  std::vector<KwArg> big;
  KwArg* data = small;
  CallKwArgs(const TupleObj* names, const Value* values, int n) {
    if (n > 4) {
      big.resize(size_t(n));
      data = big.data();
    }
    for (int k = 0; k < n; ++k) {
      data[k].name = names->items[size_t(k)];
      data[k].value = values[k];
    }
  }
};

}  // namespace

// STORE_GLOBAL and STORE_NAME: the old value is released only once the slot
// holds the new one (a release may finalise a generator, which runs Python).
void VM::Impl::storeCached(DictObj* ns, const Value& name, Value&& v) {
  if (Value* p = cachedFind(ns, name)) {
    Value old = std::move(*p);
    *p = std::move(v);
  } else {
    ns->set(name, std::move(v));
  }
}

void VM::Impl::unwindToHandler(Frame*& f, Frame* entry, Frame* stopAt, Value exc, RaiseKind how) {
  try {
    for (;; how = RaiseKind::FromCallee) {
      if (how != RaiseKind::Reraise) noteRaise(f, exc, how == RaiseKind::New);
      // Find a handler in f for the failing instruction.
      const int32_t at = f->ip - 1;
      const ExceptionRange* h = nullptr;
      for (const auto& r : f->code->exceptionTable)
        if (at >= r.start && at < r.end) {
          h = &r;
          break;
        }
      if (h) {
        Value* stk = f->stack.data();
        while (f->sp > h->depth) stk[--f->sp] = Value();
        stk[f->sp++] = std::move(exc);
        f->ip = h->handler;
        return;
      }
      f = exitWithException(f, entry, exc);
    }
  } catch (VMAbort&) {
    unwindForAbort(stopAt);
    throw;
  }
}

namespace {

// How many values from the top of the stack an instruction takes as its
// operands: CPython 3.11's instructions release them before they jump to
// `error`, even when they fail. Zero for the ones that keep an operand when
// they raise (FOR_ITER and SEND keep the iterator, BEFORE_WITH the manager,
// LIST_APPEND and its kin the collection) or that cannot raise.
int operandsOf(const Instr& in) {
  switch (in.op) {
    case UNARY_NEGATIVE:
    case UNARY_POSITIVE:
    case UNARY_INVERT:
    case UNARY_NOT:
    case LOAD_ATTR:
    case LOAD_METHOD:
    case DELETE_ATTR:
    case GET_ITER:
    case UNPACK_SEQUENCE:
    case UNPACK_EX:
      return 1;
    case BINARY_OP:
    case COMPARE_OP:
    case CONTAINS_OP:
    case BINARY_SUBSCR:
    case STORE_ATTR:
    case DELETE_SUBSCR:
      return 2;
    case STORE_SUBSCR:
      return 3;
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
    case BUILD_MAP:
    case BUILD_CONST_KEY_MAP:
    case BUILD_SLICE:
    case CALL:
    case CALL_EX:
    case FORMAT_VALUE:
      return 1 - stackEffect(in.op, in.arg, false);  // these push one result
    default:
      return 0;
  }
}

}  // namespace

// A temporary the failing instruction held (a generator passed to len(), an
// object with __del__) is released before the 'exception' event, as CPython
// does. Only a traced run can tell: without a tracer, unwinding releases it
// a moment later, still before any handler runs. So only the slow path
// records where the instruction's operands began (spAtInstr).
void VM::Impl::releaseOperands(Frame* f) {
  if (f->ip <= 0 || f->prevIp != f->ip - 1) return;
  const int from = f->spAtInstr - operandsOf(f->code->code[size_t(f->ip - 1)]);
  if (from < 0 || from >= f->sp) return;
  std::vector<Value> operands;
  for (int i = from; i < f->sp; ++i) operands.push_back(std::move(f->stack[size_t(i)]));
  f->sp = from;
  releaseFrontToBack(operands);  // CPython drops the callable, then the arguments in order
}

// CPython's `RERAISE n` (n > 0: the `with` statement's) sets the frame back
// on the instruction that raised, so a tracer sees the frame on that line
// again: its 'return' is reported there, and a handler on another line
// (an outer `with`) gets a line event. That instruction is the one of this
// frame's traceback entry, the exception's latest.
void VM::Impl::restoreRaiseLine(Frame* f, const Value& exc) {
  if (!exc.is(ObjKind::Instance)) return;
  const auto& traceback = exc.as<InstanceObj>()->traceback;
  if (traceback.empty() || !traceback.back().code.identical(Value::object(f->code.get()))) return;
  f->lastLine = traceback.back().span.line;
}

void VM::Impl::noteRaise(Frame* f, Value& exc, bool isNew) {
  if (isNew && exc.is(ObjKind::Instance)) {
    InstanceObj* inst = exc.as<InstanceObj>();
    if (inst->context.isNone()) {
      for (Frame* fr = f; fr; fr = fr->back)
        if (!fr->currentException.isNone()) {
          if (!fr->currentException.identical(exc)) inst->context = fr->currentException;
          break;
        }
    }
  }
  addTracebackEntry(*this, exc, f, f->ip - 1);
  if (tracer) {
    const CodeObj* co = f->code.get();
    const SrcSpan& sp = co->spans[size_t(std::max(0, f->ip - 1))];
    int line = f->ip == 0 ? co->firstLine : sp.endLine < 0 && f->lastLine >= 0 ? f->lastLine : sp.line;
    event(EventKind::Exception, f, line, &exc);
  }
}

// No handler in f: the frame exits with the exception. Past the entry frame
// the exception leaves this dispatch loop (PyErr, unwound).
Frame* VM::Impl::exitWithException(Frame* f, Frame* entry, Value& exc) {
  // As CPython's exception_unwind: the value stack is emptied while the frame
  // is still running (a finaliser this runs is called from it), then the
  // frame reports its end and leaves.
  // A generator's delegate is on that stack in CPython (its yf); here the
  // generator holds it too, so it goes with the stack.
  if (f->generator) f->generator->yieldFrom = Value();
  while (f->sp > 0) f->stack[size_t(--f->sp)] = Value();
  if (tracer) {
    // An exception leaving a frame is its 'return' (value None), even when
    // it was thrown in at a yield (close(), throw(), finalisation): the
    // frame is finished, as CPython 3.11's tracer reports it.
    Value none;
    event(EventKind::Return, f, f->lastLine >= 0 ? f->lastLine : f->currentLine(), &none, /*thrownIn=*/false,
          /*endsByException=*/true);
  }
  Frame* caller = f->back;
  popFrame(f);
  keepLocalsWithTraceback(exc, f);
  if (f->generator) f->generator->state = GenState::Closed;
  if (f == entry) {
    if (!f->generator) freeFrame(f);
    throw PyErr{exc, true};
  }
  if (GeneratorObj* g = f->generator) {
    // A generator resumed inline by FOR_ITER raised.
    exc = generatorRaised(g, exc);
    return caller;
  }
  freeFrame(f);
  return caller;
}

// Like CPython's C function calls, a native call from bytecode takes one unit
// of the recursion budget while it runs.
Value VM::Impl::callNative(const Value& callee, const Value* args, size_t npos, const KwArg* kw, size_t nkw) {
  if (!callee.is(ObjKind::Builtin)) return callObject(callee, args, npos, kw, nkw);
  if (depth >= depthLimit) raise(T().RecursionError, "maximum recursion depth exceeded while calling a Python object");
  struct DepthGuard {
    int& d;
    explicit DepthGuard(int& x) : d(x) { ++d; }
    ~DepthGuard() { --d; }
  } guard(depth);
  return callObject(callee, args, npos, kw, nkw);
}

#define PUSH(v) (stk[f->sp++] = (v))
#define POP() std::move(stk[--f->sp])
#define TOP() stk[f->sp - 1]
#define PEEK(n) stk[f->sp - (n)]
#define RELOAD()            \
  do {                      \
    co = f->code.get();     \
    code = co->code.data(); \
    stk = f->stack.data();  \
    L = f->locals.data();   \
  } while (0)

// The dispatch loop. Hot instructions are inline here; the rest are in
// instructions.cpp (coldInstruction), and every exception goes through
// unwindToHandler.
Value VM::Impl::execute(Frame* entry, bool& yielded, const Value* throwIn) {
  Frame* f = entry;
  CodeObj* co;
  const Instr* code;
  Value* stk;
  Value* L;
  RELOAD();
  ++nativeLoops;
  struct LoopGuard {
    int& n;
    ~LoopGuard() { --n; }
  } guard{nativeLoops};
  // Where an abort stops unwinding: read now, since releasing the entry frame
  // (a generator's) may free it before the unwinding loop would look at it.
  Frame* const stopAt = entry->back;
  if (throwIn) {
    unwindToHandler(f, entry, stopAt, *throwIn, RaiseKind::New);
    RELOAD();
  }

  for (;;) {
    Value exc;
    RaiseKind how;
    try {
      for (;;) {
        const int32_t ip = f->ip;
        if (__builtin_expect(slowPath, 0)) {
          if (pendingAbort) raisePendingAbort();
          const SrcSpan& sp = co->spans[size_t(ip)];
          if (tracer && sp.endLine >= 0) {
            if (sp.line != f->lastLine || (isBackward(f, ip) && code[ip].op != SEND)) {
              f->lastLine = sp.line;
              f->prevIp = ip;
              event(EventKind::Line, f, sp.line, nullptr);
              checkBudgets();
            }
            f->lastLine = sp.line;
          }
          f->prevIp = ip;
          f->spAtInstr = f->sp;
        }
        const Instr in = code[ip];
        f->ip = ip + 1;
        switch (in.op) {
          case NOP:
            break;
          case POP_TOP:
            stk[--f->sp] = Value();
            break;
          case COPY: {
            Value v = PEEK(in.arg);
            PUSH(std::move(v));
            break;
          }
          case SWAP:
            stk[f->sp - 1].swap(stk[f->sp - in.arg]);
            break;
          case LOAD_CONST:
            PUSH(co->consts[size_t(in.arg)]);
            break;
          case LOAD_FAST: {
            const Value& v = L[in.arg];
            if (__builtin_expect(v.isUnbound(), 0)) unboundLocal(co, in.arg);
            PUSH(v);
            break;
          }
          case STORE_FAST:
            L[in.arg] = POP();
            break;
          case LOAD_DEREF: {
            CellObj* c = L[in.arg].as<CellObj>();
            if (!c->bound) unboundCell(co, in.arg);
            PUSH(c->value);
            break;
          }
          case STORE_DEREF: {
            CellObj* c = L[in.arg].as<CellObj>();
            c->value = POP();
            c->bound = true;
            break;
          }
          case LOAD_GLOBAL: {
            const Value& name = co->names[size_t(in.arg)];
            Value* p = cachedFind(f->globals.get(), name);
            if (!p) p = cachedFind(builtins.get(), name);
            if (!p) raiseNameError(name);
            PUSH(*p);
            break;
          }
          case STORE_GLOBAL:
            storeCached(f->globals.get(), co->names[size_t(in.arg)], POP());
            break;
          case LOAD_NAME: {
            const Value& name = co->names[size_t(in.arg)];
            DictObj* ns = f->localsDict ? f->localsDict.get() : f->globals.get();
            Value* p = cachedFind(ns, name);
            if (!p && ns != f->globals.get()) p = cachedFind(f->globals.get(), name);
            if (!p) p = cachedFind(builtins.get(), name);
            if (!p) raiseNameError(name);
            PUSH(*p);
            break;
          }
          case STORE_NAME: {
            DictObj* ns = f->localsDict ? f->localsDict.get() : f->globals.get();
            storeCached(ns, co->names[size_t(in.arg)], POP());
            break;
          }
          case LOAD_ATTR: {
            Value o = POP();
            PUSH(getAttr(o, co->names[size_t(in.arg)]));
            break;
          }
          case STORE_ATTR: {
            Value o = POP();
            Value v = POP();
            setAttr(o, co->names[size_t(in.arg)], v);
            break;
          }
          case LOAD_METHOD: {
            Value o = POP();
            Value a, b;
            loadMethod(o, co->names[size_t(in.arg)], a, b);
            PUSH(std::move(a));
            PUSH(std::move(b));
            break;
          }
          case LOAD_NULL:
            PUSH(Value::unbound());
            break;
          case CALL: {
            const int argc = in.arg & CALL_ARGC_MASK;
            const bool hasKw = in.arg & CALL_KW;
            const bool meth = in.arg & CALL_METHOD;
            const TupleObj* kwnames = hasKw ? TOP().as<TupleObj>() : nullptr;
            const int nkw = kwnames ? int(kwnames->items.size()) : 0;
            const int top = f->sp - (hasKw ? 1 : 0);
            const int argsStart = top - argc;
            const int base = argsStart - 1 - (meth ? 1 : 0);
            Value callee;
            const Value* argp;
            int npos = argc - nkw;
            if (meth && !stk[base].isUnbound()) {
              callee = stk[base];
              argp = &stk[base + 1];
              npos += 1;
            } else {
              callee = stk[argsStart - 1];
              argp = &stk[argsStart];
            }
            CallKwArgs kw(kwnames, &stk[top - nkw], nkw);
            KwArg* kws = kw.data;
            if (callee.is(ObjKind::Function) && !callee.as<FunctionObj>()->code->isGenerator) {
              FunctionObj* fn = callee.as<FunctionObj>();
              Frame* nf = frameForCall(fn, argp, size_t(npos), kws, size_t(nkw));
              while (f->sp > base) stk[--f->sp] = Value();
              pushFrame(nf, false);
              f = nf;
              RELOAD();
              break;
            }
            Value r = callNative(callee, argp, size_t(npos), kws, size_t(nkw));
            while (f->sp > base) stk[--f->sp] = Value();
            PUSH(std::move(r));
            break;
          }
          case BINARY_OP: {
            Value b = POP();
            Value& a = TOP();
            if (a.isInt() && b.isInt()) {
              int64_t x = a.asInt(), y = b.asInt(), r = 0;
              bool done = false;
              switch (in.arg & 0xff) {
                case int(ast::OpKind::Add):
                  done = !__builtin_add_overflow(x, y, &r);
                  break;
                case int(ast::OpKind::Sub):
                  done = !__builtin_sub_overflow(x, y, &r);
                  break;
                case int(ast::OpKind::Mult):
                  done = !__builtin_mul_overflow(x, y, &r);
                  break;
                // Floor semantics (the result of % takes the divisor's sign).
                // A zero divisor (ZeroDivisionError) and INT64_MIN // -1 (a
                // big int) are left to binaryOp.
                case int(ast::OpKind::FloorDiv):
                  done = y != 0 && !(y == -1 && x == INT64_MIN);
                  if (done) {
                    r = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
                  }
                  break;
                case int(ast::OpKind::Mod):
                  done = y != 0 && y != -1;
                  if (done) {
                    r = x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) r += y;
                  }
                  break;
                default:
                  break;
              }
              if (done) {
                a = Value::integer(r);
                continue;
              }
            }
            a = binaryOp(in.arg & 0xff, a, b, (in.arg & BINOP_INPLACE) != 0);
            break;
          }
          case UNARY_NOT: {
            Value& a = TOP();
            a = Value::boolean(!truthy(a));
            break;
          }
          case COMPARE_OP: {
            Value b = POP();
            Value& a = TOP();
            if (a.isInt() && b.isInt()) {
              int64_t x = a.asInt(), y = b.asInt();
              bool r;
              switch (ast::CmpOpKind(in.arg)) {
                case ast::CmpOpKind::Eq:
                  r = x == y;
                  break;
                case ast::CmpOpKind::NotEq:
                  r = x != y;
                  break;
                case ast::CmpOpKind::Lt:
                  r = x < y;
                  break;
                case ast::CmpOpKind::LtE:
                  r = x <= y;
                  break;
                case ast::CmpOpKind::Gt:
                  r = x > y;
                  break;
                default:
                  r = x >= y;
                  break;
              }
              a = Value::boolean(r);
              break;
            }
            a = compare(in.arg, a, b);
            break;
          }
          case IS_OP: {
            Value b = POP();
            Value& a = TOP();
            bool r = a.identical(b);
            a = Value::boolean(in.arg ? !r : r);
            break;
          }
          case CONTAINS_OP: {
            Value b = POP();
            Value& a = TOP();
            bool r = contains(b, a);
            a = Value::boolean(in.arg ? !r : r);
            break;
          }
          case BINARY_SUBSCR: {
            Value k = POP();
            Value& o = TOP();
            o = getItem(o, k);
            break;
          }
          case STORE_SUBSCR: {
            Value k = POP();
            Value o = POP();
            Value v = POP();
            setItem(o, k, v);
            break;
          }
          case LIST_APPEND: {
            Value v = POP();
            PEEK(in.arg).as<ListObj>()->append(std::move(v));
            break;
          }
          case GET_ITER: {
            Value& v = TOP();
            v = getIter(v);
            break;
          }
          case FOR_ITER: {
            if (!tracer && TOP().is(ObjKind::Generator)) {
              // Resume the generator's frame in this same loop (no nested
              // execute): YIELD_VALUE, RETURN_VALUE and the unwind come back here.
              GeneratorObj* g = TOP().as<GeneratorObj>();
              if (enterGenerator(g, Value(), nullptr, false)) {
                f = g->frame.get();
                RELOAD();
                break;
              }
            }
            Value v;
            bool more;
            if (__builtin_expect(tracer != nullptr, 0))
              more = forIterTraced(f, TOP(), v);
            else
              more = iterNext(TOP(), v);
            if (more) {
              PUSH(std::move(v));
            } else {
              stk[--f->sp] = Value();
              if (!stopExc.isNone()) stopExc = Value();  // a loop has no use for the value
              f->ip = in.arg;
            }
            break;
          }
          case JUMP:
            if (in.arg < f->ip) {
              if (!tracer) tick();
              checkBudgets();
            }
            f->ip = in.arg;
            break;
          // A `while` loop's test sits at its bottom: taken backwards, these
          // jumps are the loop's back edge and must count for the step
          // budget like JUMP's, or `while n < N: n += 1` never reaches it.
          case POP_JUMP_IF_FALSE: {
            Value v = POP();
            bool t = v.isBool() ? v.asBool() : truthy(v);
            if (!t) {
              if (in.arg < f->ip && !tracer) tick();
              f->ip = in.arg;
            }
            break;
          }
          case POP_JUMP_IF_TRUE: {
            Value v = POP();
            bool t = v.isBool() ? v.asBool() : truthy(v);
            if (t) {
              if (in.arg < f->ip && !tracer) tick();
              f->ip = in.arg;
            }
            break;
          }
          case JUMP_IF_FALSE_OR_POP:
            if (!truthy(TOP()))
              f->ip = in.arg;
            else
              stk[--f->sp] = Value();
            break;
          case JUMP_IF_TRUE_OR_POP:
            if (truthy(TOP()))
              f->ip = in.arg;
            else
              stk[--f->sp] = Value();
            break;
          case RETURN_VALUE: {
            Value v = POP();
            if (tracer) {
              const SrcSpan& sp = co->spans[size_t(f->ip - 1)];
              event(EventKind::Return, f, sp.endLine < 0 && f->lastLine >= 0 ? f->lastLine : sp.line, &v);
            }
            if (f->generator) f->generator->state = GenState::Closed;
            if (f == entry) {
              popFrame(f);
              yielded = false;
              if (!f->generator) freeFrame(f);
              return v;
            }
            Frame* caller = f->back;
            popFrame(f);
            if (GeneratorObj* g = f->generator) {
              // A generator resumed inline by FOR_ITER finished: the loop ends.
              f = caller;
              RELOAD();
              generatorFinished(g);
              stk[--f->sp] = Value();
              f->ip = code[f->ip - 1].arg;
              break;
            }
            freeFrame(f);
            f = caller;
            RELOAD();
            PUSH(std::move(v));
            break;
          }
          case YIELD_VALUE: {
            Value v = POP();
            GeneratorObj* g = f->generator;
            g->state = GenState::Suspended;
            const SrcSpan& sp = co->spans[size_t(f->ip - 1)];
            g->suspendedLine = sp.endLine < 0 && f->lastLine >= 0 ? f->lastLine : sp.line;
            if (f->ip >= 2 && code[f->ip - 2].op == SEND)
              g->yieldFrom = TOP();
            else
              g->yieldFrom = Value();
            if (tracer) event(EventKind::Yield, f, g->suspendedLine, &v);
            if (f != entry) {
              // Resumed inline by FOR_ITER: hand the value to the loop.
              Frame* caller = f->back;
              popFrame(f);
              f = caller;
              RELOAD();
              PUSH(std::move(v));
              break;
            }
            popFrame(f);
            yielded = true;
            return v;
          }
          case RAISE_VARARGS:
            if (in.arg != 0) raiseFromStack(f, in.arg);
            exc = exceptionToReraise(f);
            how = RaiseKind::Reraise;
            goto unwind;
          case RERAISE:
            exc = POP();
            if (in.arg) restoreRaiseLine(f, exc);
            how = RaiseKind::Reraise;
            goto unwind;
          default:
            coldInstruction(f, in);
            break;
        }
      }
    } catch (PyErr& e) {
      exc = std::move(e.exc);
      how = e.unwound ? RaiseKind::FromCallee : RaiseKind::New;
      if (tracer) releaseOperands(f);
    } catch (VMAbort&) {
      unwindForAbort(stopAt);
      throw;
    } catch (...) {
      exc = exceptionFromNative();
      how = RaiseKind::New;
    }
  unwind:
    unwindToHandler(f, entry, stopAt, std::move(exc), how);
    RELOAD();
  }
}

#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef RELOAD

// ====================================================================== VM API

VM::VM(Budgets budgets) : m_impl(std::make_unique<Impl>(*this, budgets)) {
  Impl& I = *m_impl;
  installTypeMethodsOnce();
  ensureGeneratorMethods();
  Activate act(I);
  I.builtins = Ref<DictObj>(make<DictObj>());
  I.globals = Ref<DictObj>(make<DictObj>());
  installBuiltins(*this, *I.builtins);
  I.builtins->setStr("super", Value::object(superType()));
  I.out = [&I](std::string_view s) {
    I.stdoutBuffer.append(s);
    if (I.stdoutBuffer.size() > (1 << 16)) {
      std::fwrite(I.stdoutBuffer.data(), 1, I.stdoutBuffer.size(), stdout);
      I.stdoutBuffer.clear();
    }
  };
}

VM::~VM() {
  Impl& I = *m_impl;
  Activate act(I);
  I.aborting = true;
  if (!I.stdoutBuffer.empty()) {
    std::fwrite(I.stdoutBuffer.data(), 1, I.stdoutBuffer.size(), stdout);
    std::fflush(stdout);
    I.stdoutBuffer.clear();
  }
  if (I.globals) I.globals->clear();
  I.modules.clear();
  I.globals = Ref<DictObj>();
  I.builtins = Ref<DictObj>();
}

void VM::setOutput(std::function<void(std::string_view)> sink) {
  Impl& I = *m_impl;
  if (!I.stdoutBuffer.empty()) {
    std::fwrite(I.stdoutBuffer.data(), 1, I.stdoutBuffer.size(), stdout);
    I.stdoutBuffer.clear();
  }
  I.out = std::move(sink);
}
void VM::setErrorOutput(std::function<void(std::string_view)> sink) {
  m_impl->err = std::move(sink);
}

void VM::Impl::writeErr(std::string_view text) {
  if (err) {
    err(text);
  } else {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
}

void VM::setArgv(std::vector<std::string> argv) {
  m_impl->argv = std::move(argv);
}
void VM::setTracer(Tracer* tracer) {
  m_impl->tracer = tracer;
  m_impl->slowPath = tracer != nullptr || m_impl->pendingAbort.has_value();
}
void VM::setRandomSeed(uint64_t seed) {
  m_impl->randomSeed = seed;
}
void VM::setInput(std::function<std::optional<std::string>()> source) {
  m_impl->input = std::move(source);
}
void VM::requestStop() {
  m_impl->stopRequested.store(true);
}
void VM::write(std::string_view text) {
  m_impl->out(text);
}

namespace {

// The result of a run ended by a stop request or the step budget.
void stopResult(VM::Impl& I, const VMAbort& a, RunResult& result) {
  result.status = a.status;
  result.exitCode = 1;
  result.exception = Value();
  I.aborting = true;
  if (a.status == RunStatus::StepBudget)
    result.stderrText = "Yieldscope: the program was stopped after " + std::to_string(I.budgets.maxSteps) +
                        " steps (step budget exhausted)\n";
  else
    result.stderrText = "Yieldscope: the program was stopped\n";
}

// The lowest stack address a nested dispatch loop may start below: the
// running thread's stack bottom plus a reserve (1/8 of the stack, at least
// 256 KiB) for the native code between two checks. 0 when unknown.
uintptr_t stackFloorOfThisThread() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* addr = nullptr;
  size_t size = 0;
  const int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || !addr) return 0;
  return reinterpret_cast<uintptr_t>(addr) + std::max<size_t>(size / 8, size_t(256) << 10);
}

}  // namespace

RunResult VM::runSource(std::string_view source, const std::string& filename) {
  Impl& I = *m_impl;
  Activate act(I);
  RunResult result;
  I.stackFloor = stackFloorOfThisThread();
  I.source = std::string(source);
  I.filename = filename;
  I.lines.clear();
  {
    size_t start = 0;
    while (start <= I.source.size()) {
      size_t end = I.source.find('\n', start);
      if (end == std::string::npos) end = I.source.size();
      std::string line = I.source.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      I.lines.push_back(std::move(line));
      if (end == I.source.size()) break;
      start = end + 1;
    }
  }
  auto flushOut = [&] {
    if (!I.stdoutBuffer.empty()) {
      std::fwrite(I.stdoutBuffer.data(), 1, I.stdoutBuffer.size(), stdout);
      std::fflush(stdout);
      I.stdoutBuffer.clear();
    }
  };
  ParseResult parsed = parse(source, filename);
  if (parsed.error) {
    result.status = RunStatus::SyntaxError;
    result.exitCode = 1;
    result.stderrText = parsed.error->format();
    return result;
  }
  CompileResult compiled = compileModule(parsed, filename, source);
  for (const CompileWarning& w : compiled.warnings) {
    const size_t index = size_t(w.line - 1);
    I.writeErr(formatCompileWarning(w, filename, index < I.lines.size() ? I.lines[index] : std::string()));
  }
  if (compiled.error) {
    result.status = RunStatus::SyntaxError;
    result.exitCode = 1;
    result.stderrText = compiled.error->format();
    return result;
  }
  DictObj* g = I.globals.get();
  g->setStr("__name__", internStr("__main__"));
  g->setStr("__doc__", Value());
  g->setStr("__file__", newStr(filename));
  g->setStr("__builtins__", Value::object(I.builtins.get()));
  Frame* f = I.allocFrame(compiled.code.get());
  f->globals = I.globals;
  f->localsDict = I.globals;
  try {
    try {
      f->started = true;  // the module's opening call is not reported
      f->back = I.current;
      I.current = f;
      ++I.depth;
      bool yielded = false;
      I.execute(f, yielded, nullptr);
      result.status = RunStatus::Finished;
    } catch (PyErr& e) {
      // What ends the program is reported with tracing already off, as
      // python3 reports it after cpython_trace.py's tracer: a __str__ that
      // the message calls takes no steps.
      struct Untraced {
        VM& vm;
        Tracer* saved;
        explicit Untraced(Impl& impl) : vm(impl.vm), saved(impl.tracer) { vm.setTracer(nullptr); }
        ~Untraced() { vm.setTracer(saved); }
      } untraced(I);
      Value exc = e.exc;
      bool isExit = exc.is(ObjKind::Instance) && exc.as<InstanceObj>()->cls->isSubclassOf(T().SystemExit);
      if (isExit) {
        InstanceObj* inst = exc.as<InstanceObj>();
        const auto& args = inst->args.is(ObjKind::Tuple) ? inst->args.as<TupleObj>()->items : std::vector<Value>{};
        Value code = args.empty() ? Value() : args.size() == 1 ? args[0] : inst->args;
        result.status = RunStatus::Finished;
        if (code.isNone())
          result.exitCode = 0;
        else if (code.isInt() || code.isBool())
          result.exitCode = int(code.asInt() & 0xff);
        else {
          result.stderrText = I.str(code) + "\n";
          result.exitCode = 1;
        }
      } else {
        result.status = RunStatus::Raised;
        // python3 ends on an uncaught KeyboardInterrupt (that class, not a
        // subclass) by killing itself with SIGINT, which a shell reports as
        // 130; the engine exits with that status.
        result.exitCode = exc.as<InstanceObj>()->cls.get() == T().KeyboardInterrupt ? 130 : 1;
        result.exception = exc;
        result.stderrText = formatException(I, exc);
      }
    }
  } catch (VMAbort& a) {
    I.pendingAbort.reset();
    stopResult(I, a, result);
  }
  if (I.pendingAbort) {
    // A finaliser run by the module's last releases (or while an exception
    // left it) was stopped: the run ends stopped, whatever came after.
    stopResult(I, *I.pendingAbort, result);
    I.pendingAbort.reset();
    I.slowPath = I.tracer != nullptr;
  }
  if (I.tracer && !I.aborting) {
    try {
      I.event(EventKind::End, nullptr, 0, result.exception.isNone() ? nullptr : &result.exception);
    } catch (VMAbort&) {
    }
  }
  result.steps = I.steps;
  // A plain run ends as the interpreter exits; a traced run keeps its final
  // state for the debugger to inspect (its owner may call exitCleanup).
  if (!I.tracer && !I.leaveExitToCaller) exitCleanup(result);
  flushOut();
  I.finished = true;
  return result;
}

void VM::exitCleanup(RunResult& result) {
  Impl& I = *m_impl;
  if (I.aborting || I.tracer || !I.globals) return;
  Activate act(I);
  // Interpreter exit: what the program left is finalised as CPython's
  // collector does it, every name still bound (exit_collection.cpp), so
  // suspended generators run their `finally` blocks (and print); then the
  // module's names are cleared. No trace events, like settrace(None).
  DictObj* gd = I.globals.get();
  I.exiting = true;
  // finalize_modules first deletes sys.last_traceback: the frames an uncaught
  // exception left go before anything else, and their locals with them.
  std::vector<InstanceObj*> chain;
  auto follow = [&chain](const Value& e) {
    if (e.is(ObjKind::Instance) && std::find(chain.begin(), chain.end(), e.as<InstanceObj>()) == chain.end())
      chain.push_back(e.as<InstanceObj>());
  };
  follow(result.exception);
  for (size_t i = 0; i < chain.size(); ++i) {
    follow(chain[i]->cause);
    follow(chain[i]->context);
  }
  for (InstanceObj* exc : chain) std::vector<Value>().swap(exc->frameLocals);
  finalizeAtExit(I, liveGenerators());
  for (size_t i = 0; i < gd->entries.size() && !I.pendingAbort; ++i) {
    auto& e = gd->entries[i];
    if (!e.live || !e.key.is(ObjKind::Str)) continue;
    std::string_view k = e.key.as<StrObj>()->view();
    if (k.size() > 4 && k.substr(0, 2) == "__" && k.substr(k.size() - 2) == "__") continue;
    Value old = std::move(e.value);
    e.value = Value();
    old = Value();  // a release never throws: a finaliser's stop is left pending
  }
  if (I.pendingAbort) {
    // A `finally` run at exit outlasted the budget: the run ends stopped.
    stopResult(I, *I.pendingAbort, result);
    I.pendingAbort.reset();
    I.slowPath = false;
    result.steps = I.steps;
  }
  if (!I.stdoutBuffer.empty()) {
    std::fwrite(I.stdoutBuffer.data(), 1, I.stdoutBuffer.size(), stdout);
    std::fflush(stdout);
    I.stdoutBuffer.clear();
  }
}

Value VM::call(const Value& callee, std::span<const Value> args, std::span<const KwArg> kw) {
  Impl& I = *m_impl;
  if (currentVM() != &I) {
    Activate act(I);
    return I.callObject(callee, args.data(), args.size(), kw.data(), kw.size());
  }
  return I.callObject(callee, args.data(), args.size(), kw.data(), kw.size());
}

Value VM::getIter(const Value& v) {
  return m_impl->getIter(v);
}
bool VM::iterNext(const Value& iterator, Value& out) {
  return m_impl->iterNext(iterator, out);
}
Value VM::importName(const std::string& name) {
  return m_impl->importName(name);
}
Value VM::getAttr(const Value& obj, std::string_view name, bool classHook) {
  return m_impl->getAttr(obj, internStr(name), classHook);
}
bool VM::hasAttr(const Value& obj, std::string_view name) {
  Value out;
  return m_impl->lookupAttr(obj, internStr(name), out);
}
void VM::setAttr(const Value& obj, std::string_view name, Value value, bool classHook) {
  m_impl->setAttr(obj, internStr(name), value, classHook);
}
void VM::delAttr(const Value& obj, std::string_view name, bool classHook) {
  m_impl->delAttr(obj, internStr(name), classHook);
}
std::string VM::repr(const Value& v) {
  return m_impl->repr(v);
}
std::string VM::str(const Value& v) {
  return m_impl->str(v);
}
bool VM::truthy(const Value& v) {
  return m_impl->truthy(v);
}
bool VM::equals(const Value& a, const Value& b) {
  return m_impl->compareBool(int(ast::CmpOpKind::Eq), a, b);
}
double VM::newNaN() {
  constexpr uint64_t kQuietNaN = 0x7ff8000000000000ull, kPayload = 0x0007ffffffffffffull;
  return std::bit_cast<double>(kQuietNaN | (++m_impl->nansMade & kPayload));
}
bool VM::lessThan(const Value& a, const Value& b) {
  return m_impl->compareBool(int(ast::CmpOpKind::Lt), a, b);
}
Value VM::compare(int astCmpOp, const Value& a, const Value& b) {
  return m_impl->compare(astCmpOp, a, b);
}
Value VM::negative(const Value& v) {
  return m_impl->unaryOp(UNARY_NEGATIVE, v);
}
bool VM::contains(const Value& container, const Value& item) {
  return m_impl->contains(container, item);
}
Value VM::add(const Value& a, const Value& b) {
  return m_impl->binaryOp(int(ast::OpKind::Add), a, b, false);
}
Value VM::binaryOp(int astOpKind, const Value& a, const Value& b) {
  return m_impl->binaryOp(astOpKind, a, b, false);
}
int64_t VM::length(const Value& v) {
  return m_impl->length(v);
}
Value VM::getItem(const Value& obj, const Value& key) {
  return m_impl->getItem(obj, key);
}
void VM::setItem(const Value& obj, const Value& key, const Value& value) {
  m_impl->setItem(obj, key, value);
}
bool VM::callSpecial(const Value& obj, const char* name, Value& result) {
  Value method;
  if (!m_impl->lookupSpecial(obj, name, method)) return false;
  result = m_impl->callObject(method, &obj, 1, nullptr, 0);
  return true;
}
Value VM::makeClass(const Value& name, const Value& bases, const DictObj& ns) {
  return m_impl->buildClass(Value(), name, bases, &ns);
}
Value VM::builtin(std::string_view name) {
  Value v;
  m_impl->builtins->getStr(name, v);
  return v;
}
void VM::writeError(std::string_view text) {
  m_impl->writeErr(text);
}
std::optional<std::string> VM::readInputLine() {
  if (!m_impl->input) return std::nullopt;
  return m_impl->input();
}
Value VM::takeStopIteration() {
  return std::exchange(m_impl->stopExc, Value());
}
int64_t VM::recursionLimit() const {
  return m_impl->recursionLimit;
}
void VM::setRecursionLimit(int64_t limit) {
  m_impl->setRecursionLimit(limit);
}
int VM::recursionDepth() const {
  return m_impl->depth;
}
const std::vector<std::string>& VM::argv() const {
  return m_impl->argv;
}
std::shared_ptr<RandomState>& VM::randomState() {
  return m_impl->random;
}
uint64_t VM::randomSeed() const {
  return m_impl->randomSeed;
}
void VM::enterRecursion(const char* where) {
  Impl& I = *m_impl;
  if (I.depth >= I.depthLimit) throwError(T().RecursionError, std::string("maximum recursion depth exceeded") + where);
  ++I.depth;
}
void VM::leaveRecursion() {
  --m_impl->depth;
}

void VM::leaveExitToCaller() {
  m_impl->leaveExitToCaller = true;
}
Frame* VM::currentFrame() const {
  return m_impl->current;
}
std::optional<NativeAsker> VM::nativeAskerFor(const Frame* frame) const {
  const auto& askers = m_impl->nativeAskers;
  auto it = std::find_if(askers.rbegin(), askers.rend(), [frame](const NativeAsker& a) { return a.frame == frame; });
  if (it == askers.rend()) return std::nullopt;
  // A builtin that a builtin called for it is how that one works (next()
  // calls the generator's __next__): the program asked the outer one.
  // One a native iterator calls (map(next, ...)) is the program's own.
  for (auto below = std::next(it); below != askers.rend() && below->frame == frame && !below->iterator && !it->iterator;
       below = std::next(it))
    it = below;
  return *it;
}
std::vector<GeneratorObj*> VM::liveGenerators() const {
  std::vector<GeneratorObj*> out;
  for (GenLink* l = m_impl->genHead.next; l && l != &m_impl->genHead; l = l->next) out.push_back(l->owner);
  return out;
}
const std::vector<uint64_t>& VM::generatorsClosedAtExit() const {
  return m_impl->closedAtExit;
}
DictObj* VM::mainGlobals() const {
  return m_impl->globals.get();
}
const std::vector<std::string>& VM::sourceLines() const {
  return m_impl->lines;
}
uint64_t VM::stepCount() const {
  return m_impl->steps;
}
const Budgets& VM::budgets() const {
  return m_impl->budgets;
}

}  // namespace ys
