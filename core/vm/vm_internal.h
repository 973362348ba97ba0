// vm_internal.h — the VM's private state, shared by vm.cpp, instructions.cpp,
// vm_ops.cpp, generator.cpp and traceback.cpp. Not for use outside the VM.
//
// Frames of ordinary calls come from a free list (their locals/stack vectors
// keep their capacity, so a call allocates nothing once warm); a generator's
// frame is a plain heap Frame owned by its GeneratorObj. `current` is the
// innermost running frame; frames link outward through Frame::back.
//
// Control leaves a dispatch loop in three ways: the entry frame returns or
// yields (normal), a Python exception escapes the entry frame (PyErr), or
// the run is aborted (VMAbort: step budget, stop request) — VMAbort is not
// a Python exception, so no `try/except` in the program can catch it, and
// every nested loop unwinds its frames as it passes through.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/runtime/depth_guard.h"
#include "core/runtime/opcodes.h"
#include "core/vm/vm.h"

namespace ys {

struct VMAbort {
  RunStatus status;
  std::string message;
};

struct VM::Impl {
  Impl(VM& owner, Budgets b);
  ~Impl();

  VM& vm;
  Budgets budgets;
  Tracer* tracer = nullptr;
  std::function<void(std::string_view)> out;
  std::function<void(std::string_view)> err;  // unset: the process's stderr
  void writeErr(std::string_view text);
  std::string stdoutBuffer;  // default sink: flushed at the end of runSource
  Ref<DictObj> builtins;
  Ref<DictObj> globals;
  Frame* current = nullptr;
  int depth = 0;        // Python frames on the stack
  int nativeLoops = 0;  // nested dispatch loops (C++ recursion guard)
  // sys.getrecursionlimit(): starts at budgets.maxRecursionDepth and is
  // changed by sys.setrecursionlimit. Python frames live on the heap, so a
  // raised limit costs only memory; depthLimit is what the depth checks use:
  // the limit, capped at kMaxRecursionDepth (vm.h) so a runaway recursion
  // under a huge limit still ends in RecursionError.
  int64_t recursionLimit = 1000;
  uint64_t nansMade = 0;  // see VM::newNaN
  int32_t depthLimit = 1000;
  void setRecursionLimit(int64_t limit);
  // Native code that calls back into Python nests dispatch loops on the C++
  // stack; below this address a nested call raises RecursionError instead of
  // overflowing (set from the running thread's stack bounds in runSource).
  uintptr_t stackFloor = 0;
  // The random module's generator (made at first use) and the seed an
  // unseeded program starts from (VM::setRandomSeed).
  std::shared_ptr<RandomState> random;
  std::function<std::optional<std::string>()> input;  // input()'s lines (VM::setInput)
  uint64_t randomSeed = 0x5eed;
  bool stackNearlyFull() const {
    char probe;
    return reinterpret_cast<uintptr_t>(&probe) < stackFloor;
  }
  uint64_t steps = 0;
  std::atomic<bool> stopRequested{false};
  std::string source, filename;
  std::vector<std::string> lines;
  std::vector<std::string> argv;
  uint64_t nextGenId = 1;
  GenLink genHead;  // registry of live generators
  HeapAccount heap;
  HeapAccount* savedHeap = nullptr;
  std::unordered_map<std::string, Value> modules;
  std::vector<Frame*> pool;
  bool aborting = false;
  // A stop or step budget reached inside a generator's finaliser, which runs
  // inside a release and so cannot throw (finalizeGenerator): the dispatch
  // loop raises it before its next instruction, where unwinding is safe.
  std::optional<VMAbort> pendingAbort;
  // True when the dispatch loop must leave its fast path before each
  // instruction: a tracer is installed or an abort is pending. One flag, so
  // an untraced run pays the same single branch as before.
  bool slowPath = false;
  void setPendingAbort(VMAbort a);
  [[noreturn]] void raisePendingAbort();
  // Pops and releases every frame above `stopAt` (the entry frame's caller,
  // read before the entry frame can be freed) while a VMAbort passes.
  void unwindForAbort(Frame* stopAt);
  bool silentResume = false;   // next pushFrame reports no call/resume event
  bool reenterAsCall = false;  // next pushFrame of a started frame reports 'call'
  // The value send() passes to a resumed generator (the paused yield's
  // result), reported with its resume event; null for next() and FOR_ITER.
  // Or the exception thrown in (close(), throw(), finalisation), reported
  // with its call or resume event: resumeThrown says which.
  const Value* resumeSent = nullptr;
  bool resumeThrown = false;
  bool finished = false;
  // Interpreter exit (exitCleanup): CPython's traceback printing can no longer
  // open source files then, so tracebacks show no source lines.
  bool exiting = false;
  std::vector<uint64_t> closedAtExit;  // ids of the generators finalised at exit, in order
  bool leaveExitToCaller = false;      // VM::leaveExitToCaller: runSource does not run the exit
  Value nullMarker;                    // Tag::Unbound: the LOAD_METHOD "no self" marker
  // The StopIteration that ended the latest iterNext() (None when it carried
  // nothing): a native iterator such as map passes its source's on, as
  // CPython's tp_iternext leaves the exception set, so next() and `yield
  // from` see the value. Cleared by every iterNext() call.
  Value stopExc;
  // Traced runs: the natives asking for values now, innermost last
  // (VM::nativeAskerFor). AskingNative keeps it, only while a tracer is set.
  std::vector<NativeAsker> nativeAskers;
  struct AskingNative {
    std::vector<NativeAsker>* askers;
    AskingNative(Impl& I, std::string_view name, size_t positionalArgs, bool iterator)
        : askers(I.tracer ? &I.nativeAskers : nullptr) {
      if (askers) askers->push_back(NativeAsker{I.current, name, positionalArgs, iterator});
    }
    ~AskingNative() {
      if (askers) askers->pop_back();
    }
    AskingNative(const AskingNative&) = delete;
    AskingNative& operator=(const AskingNative&) = delete;
  };
  // Global/name lookups: a direct-mapped cache from (dict, interned name) to
  // the entry index, validated on every hit (the entry must still hold that
  // very key), so a stale slot can only miss, never answer wrongly.
  struct NameCacheSlot {
    const DictObj* dict = nullptr;
    const Object* name = nullptr;
    size_t index = 0;
  };
  NameCacheSlot nameCache[512];
  Value* cachedFind(DictObj* d, const Value& name);
  void storeCached(DictObj* ns, const Value& name, Value&& v);

  // ---- frames and calls (vm.cpp)
  Frame* allocFrame(CodeObj* code);
  void freeFrame(Frame* f);
  void releaseFrame(Frame* f);  // pool frame or generator-owned
  Frame* frameForCall(FunctionObj* fn, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  void bindArguments(FunctionObj* fn, Frame* f, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  Value makeGenerator(Frame* f, FunctionObj* fn);
  void pushFrame(Frame* f, bool fromNative);
  void popFrame(Frame* f);
  Value callObject(const Value& callee, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  Value callPython(FunctionObj* fn, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  Value instantiate(ClassObj* cls, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  Value execute(Frame* entry, bool& yielded, const Value* throwIn);
  Value makeDescriptor(ClassObj* cls, const Value* args, size_t npos, const KwArg* kw, size_t nkw);
  Value runClassBody(FunctionObj* body, DictObj* ns);
  // With `given` (type(name, bases, dict)), the namespace is a copy of it and no body runs.
  Value buildClass(const Value& bodyFn, const Value& name, const Value& bases, const DictObj* given = nullptr);
  void checkBaseType(ClassObj* base);  // raises for a base a class statement cannot use
  void announceClass(const Value& cls);
  void layOutSlots(ClassObj& cls);
  Value importName(const std::string& name);

  bool forIterTraced(Frame* f, const Value& it, Value& out);
  void stopIterationEvent(Frame* f);

  // ---- the dispatch loop's error path (vm.cpp)
  // How an exception reaches unwindToHandler: raised in the frame (its
  // __context__ is set from the exception being handled), passed on by a
  // frame that exited with it, or re-raised as it is (RERAISE, a bare
  // `raise`: no new traceback entry and no 'exception' event).
  enum class RaiseKind { New, FromCallee, Reraise };
  // Carries exc from frame f outward to the nearest handler, as CPython's
  // exception_unwind: on return f is the frame whose handler runs next (exc
  // pushed, ip at the handler). Past `entry` it throws PyErr (unwound); a
  // VMAbort on the way unwinds every frame above stopAt.
  void unwindToHandler(Frame*& f, Frame* entry, Frame* stopAt, Value exc, RaiseKind how);
  void restoreRaiseLine(Frame* f, const Value& exc);
  void noteRaise(Frame* f, Value& exc, bool isNew);              // __context__, traceback, event
  void releaseOperands(Frame* f);                                // of the instruction that raised
  Frame* exitWithException(Frame* f, Frame* entry, Value& exc);  // returns the caller
  // A call from bytecode of anything but a plain Python function.
  Value callNative(const Value& callee, const Value* args, size_t npos, const KwArg* kw, size_t nkw);

  // ---- instructions the dispatch loop leaves out of its switch (instructions.cpp)
  // coldInstruction runs any opcode execute() does not handle inline; the
  // functions below are its larger cases. None changes the running frame.
  void coldInstruction(Frame* f, Instr in);
  [[noreturn]] void unboundLocal(CodeObj* co, int32_t slot);  // UnboundLocalError
  [[noreturn]] void unboundCell(CodeObj* co, int32_t slot);   // NameError / UnboundLocalError
  void loadClassDeref(Frame* f, int32_t slot);
  void callEx(Frame* f, int32_t arg);
  void buildCollection(Frame* f, Instr in);  // BUILD_TUPLE/LIST/SET/MAP/STRING
  void listExtend(Frame* f, int32_t arg);
  void setUpdate(Frame* f, int32_t arg);
  void dictUpdate(Frame* f, Instr in);  // DICT_UPDATE, DICT_MERGE
  // Whether iter() would take o (an __iter__ or the __getitem__ protocol),
  // so that a failing `*o` can say "must be an iterable", as CPython does.
  bool isIterable(const Value& o);
  // How CPython's _PyObject_FunctionStr names a callee in call errors:
  // "__main__.f()", "__main__.K.m()", "print()", "list.append()".
  std::string functionStr(const Value& callee);
  void unpackSequence(Frame* f, int32_t n);
  void sendToDelegate(Frame* f, int32_t target);  // SEND
  void makeFunction(Frame* f, int32_t flags);
  Value exceptionToReraise(Frame* f);                        // a bare `raise`
  [[noreturn]] void raiseFromStack(Frame* f, int32_t argc);  // `raise X` and `raise X from Y`
  void matchInstruction(Frame* f, Instr in);                 // GET_LEN, MATCH_*
  void beforeWith(Frame* f);
  void importFrom(Frame* f, const Value& name);

  // ---- events and budgets
  void event(EventKind kind, Frame* f, int line, const Value* value, bool thrownIn = false,
             bool endsByException = false);
  void checkBudgets();
  void tick();
  [[noreturn]] void abort(RunStatus status);

  // ---- generators (generator.cpp)
  // There is one way into a generator's frame and one way out, whoever runs
  // it: resume() (next, send, throw, close, a traced for loop) runs the frame
  // in a nested execute; an untraced FOR_ITER runs it in the dispatch loop
  // that is already running, which saves a C++ call per item. Both enter with
  // enterGenerator and leave with generatorFinished or generatorRaised, so
  // the guards, the states and PEP 479 live in one place.
  Value resume(GeneratorObj* g, const Value& send, const Value* throwExc, bool& yielded);
  // Checks the guards (already executing, non-None send to a just-started
  // generator), pushes the value the paused yield evaluates to, marks the
  // generator running and links its frame above the current one. False when
  // the generator has finished: there is no frame to enter.
  bool enterGenerator(GeneratorObj* g, const Value& send, const Value* throwExc, bool fromNative);
  void generatorFinished(GeneratorObj* g);            // returned: closed, frame freed
  Value generatorRaised(GeneratorObj* g, Value exc);  // the exception to propagate (PEP 479)
  Value genSend(GeneratorObj* g, const Value& v);     // raises StopIteration at the end
  bool genNext(GeneratorObj* g, Value& out);          // false at the end
  Value genThrow(GeneratorObj* g, const Value& exc, std::span<const Value> thrownArgs = {});
  void genClose(GeneratorObj* g);
  Value delegateYieldFrom(GeneratorObj* g);  // the yield-from target, or unbound

  // ---- operations (vm_ops.cpp)
  Value binaryOp(int op, const Value& a, const Value& b, bool inplace);
  Value userBinary(int op, const Value& a, const Value& b, bool inplace);     // unbound: NotImplemented
  Value builtinBinary(int op, const Value& a, const Value& b, bool inplace);  // unbound: no such operator
  Value unaryOp(int op, const Value& a);
  Value compare(int op, const Value& a, const Value& b);
  Value userCompare(int op, const Value& a, const Value& b);  // unbound: no method answered
  bool builtinEquals(const Value& a, const Value& b);
  Value builtinOrder(int op, const Value& a, const Value& b);  // unbound: the types do not order
  bool compareBool(int op, const Value& a, const Value& b);
  bool contains(const Value& container, const Value& item);
  Value getItem(const Value& o, const Value& k);
  void setItem(const Value& o, const Value& k, const Value& v);
  void delItem(const Value& o, const Value& k);
  Value getAttr(const Value& o, const Value& name, bool classHook = true);
  // false: AttributeError. An AttributeError raised by a class's __getattr__
  // (or __getattribute__) also means false, unless `getattrRaises`: then it
  // propagates as raised, as CPython's getattr does (its message, its
  // traceback through __getattr__). Without classHook, an instance's class's
  // __getattribute__ and __getattr__ are not called (object.__getattribute__).
  bool lookupAttr(const Value& o, const Value& name, Value& out, bool getattrRaises = false, bool classHook = true);
  bool lookupInstanceAttr(const Value& o, const Value& name, Value& out, bool getattrRaises, bool classHook);
  bool callGetattribute(const Value& o, const Value& name, Value& out, bool getattrRaises);
  bool callGetattr(const Value& o, const Value& name, Value& out, bool getattrRaises);
  void setAttr(const Value& o, const Value& name, const Value& v, bool classHook = true);
  void delAttr(const Value& o, const Value& name, bool classHook = true);
  // LOAD_METHOD: pushes (func, self) when a plain method, else (null, attr).
  void loadMethod(const Value& o, const Value& name, Value& first, Value& second);
  Value getIter(const Value& o);
  bool iterNext(const Value& it, Value& out);
  // An instance's __next__; false, with the StopIteration it raised in
  // `stop`, when that ends the iteration.
  bool instanceNext(const Value& it, Value& out, Value& stop);
  // Calls `each` with every item `iterable` yields, by the iterator protocol.
  template <class Each>
  void forEachItem(const Value& iterable, const Each& each) {
    Value iter = getIter(iterable);
    Value item;
    while (iterNext(iter, item)) each(item);
  }
  bool truthy(const Value& v);
  std::string repr(const Value& v);
  std::string reprSlot(const Value& v);  // repr() without PyObject_Repr's recursion unit
  std::string str(const Value& v);
  int64_t length(const Value& v);
  Value formatValue(const Value& v, int conversion, const Value* spec);
  bool exceptionMatches(const Value& exc, const Value& type);
  Value makeException(const Value& typeOrInstance);  // raise X: class -> instance
  void unpack(const Value& seq, int before, int after, bool hasStar, Value* out);
  bool lookupSpecial(const Value& obj, const char* name, Value& method);  // on the type
  Value callMethod(const Value& self, const Value& method, std::initializer_list<Value> args);
  [[noreturn]] void raiseNameError(const Value& name);
  [[noreturn]] void raiseAttributeError(const Value& obj, const Value& name, const std::string& message);
  bool superLookup(const Value& superObj, std::string_view name, Value& out);

  // ---- match statements (vm_ops.cpp), CPython's MATCH_* instructions
  bool matchSequence(const Value& v);
  bool matchMapping(const Value& v);
  Value matchKeys(const Value& subject, const Value& keys);                                 // values tuple or None
  Value matchClass(const Value& subject, const Value& cls, const Value& names, int nargs);  // tuple or None
  Value dictWithoutKeys(const Value& subject, const Value& keys);
};

// Shorthands the VM's files share.
[[noreturn]] inline void raise(ClassObj* type, const std::string& msg) {
  throwError(type, msg);
}
inline std::string strOf(const Value& v) {
  return std::string(v.as<StrObj>()->view());
}

// The `super` type (zero-argument super() reads __class__ and self from the
// calling frame); its instances hold (start class, self, type of self).
ClassObj* superType();
Value superBuiltin(Interpreter& vm, Args args, const Value& data);

// One unit of the recursion budget held while a C-level step of CPython
// runs (_Py_EnterRecursiveCall): PyObject_Repr, PyObject_Str, a call of
// object.__format__. A __repr__ returning repr(self) thus recurses at three
// units a level (repr(), PyObject_Repr, the frame), failing "while calling a
// Python object" after 333 levels as CPython does, not after 499.
// Per-thread VM running now (finalizeGenerator and natives find it here).
VM::Impl* currentVM();
// The VM behind the Interpreter a native of the VM's own (generator
// methods, super) is handed: the only Interpreter there is.
inline VM::Impl& implOf(Interpreter& vm) {
  return static_cast<VM&>(vm).impl();
}

// generator.cpp: installs send/throw/close/__next__/__iter__ on the generator type.
void ensureGeneratorMethods();

// traceback.cpp
void addTracebackEntry(VM::Impl& vm, const Value& exc, Frame* f, int instr);
// As an uncaught exception prints; withChain false: without the exceptions
// it was raised from or during (as CPython reports an ignored one).
std::string formatException(VM::Impl& vm, const Value& exc, bool withChain = true);

// Interpreter exit: runs the finalisers of what the program left, in the
// order of CPython's last garbage collections (exit_collection.cpp).
void finalizeAtExit(VM::Impl& I, const std::vector<GeneratorObj*>& generators);

}  // namespace ys
