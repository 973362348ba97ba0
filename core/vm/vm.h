// vm.h — the virtual machine: runs compiled code objects.
//
// Frames live on the heap and are linked through Frame::back; calling a Python
// function from Python pushes a frame and continues in the same dispatch loop
// (no C++ recursion), so deep Python recursion ends in RecursionError at the
// budget, never in a C++ stack overflow. A generator owns its frame; next()
// links that frame on top of the resumer and runs it until it yields, returns
// or raises. Native code (builtins like sum or sorted) that calls back into
// Python runs a nested dispatch loop via VM::call / VM::iterNext.
//
// Every step is reported to an optional Tracer (the debugger session, the
// `trace` command). Without a tracer, the loop pays one predictable branch.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frontend/parser.h"
#include "core/runtime/interpreter.h"
#include "core/runtime/object.h"
#include "core/vm/run_types.h"

namespace ys {

struct TraceEvent {
  EventKind kind;
  Frame* frame;  // the frame the event happened in (null for End)
  int32_t line;  // its line
  // The yielded/returned value, the exception, the value send() resumes a
  // generator with, or the exception thrown into a generator (close(),
  // throw(), finalisation) with its call or resume event.
  const Value* value;
  bool thrownIn = false;  // value is that thrown-in exception
  // A Return that ends the frame because an exception leaves it, even after
  // `finally` blocks ran (CPython's tracer reports it as a return of None).
  bool endsByException = false;
};

class VM;

// Observer with one hook per step. A hook may call VM::requestStop() to end
// the run early (the run then finishes with RunStatus::Stopped).
class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void onEvent(VM& vm, const TraceEvent& event) = 0;
};

// How a run ended, with the uncaught exception itself.
struct RunResult : RunOutcome {
  Value exception;  // the uncaught exception, if any
};

// Native code asking for values on behalf of a Python frame (traced runs
// only): a builtin being called (`list`, `next`, `send`) or a native iterator
// being advanced (`itertools.chain`, `map`). It is what resumes a generator
// when the frame's own instruction does not, and narration names it.
struct NativeAsker {
  const Frame* frame = nullptr;  // the Python frame it runs for
  std::string_view name;         // the builtin's name, or the iterator's type name
  size_t positionalArgs = 0;     // a builtin's: next(g, default) has 2
  bool iterator = false;         // a native iterator advanced, not a builtin called
};

// The interpreter: runs a program's code objects, and serves native code
// through the Interpreter interface (core/runtime/interpreter.h).
class VM final : public Interpreter {
 public:
  explicit VM(Budgets budgets = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // Where print() writes. Default: append to stdout directly.
  void setOutput(std::function<void(std::string_view)> sink);
  // Where sys.stderr writes (print(..., file=sys.stderr), and the report of
  // an exception a finaliser ignored). Default: the process's stderr,
  // unbuffered, as python3's.
  void setErrorOutput(std::function<void(std::string_view)> sink);
  void setArgv(std::vector<std::string> argv);
  void setTracer(Tracer* tracer);
  // The seed an unseeded program's `random` (and random.seed(None)) starts
  // from, instead of OS entropy, so a run can be replayed exactly. The default
  // is a fixed value; `yieldscope run` sets one derived from the time.
  void setRandomSeed(uint64_t seed);
  // Where input() reads: each call returns one line without its newline, or
  // nullopt at end of input (EOFError). Unset: input() is at end of input at
  // once. The debugger feeds recorded text here; `run` reads stdin.
  void setInput(std::function<std::optional<std::string>()> source);

  // Parses, compiles and runs `source` as the __main__ module.
  RunResult runSource(std::string_view source, const std::string& filename);

  // Interpreter exit after runSource: clears the module's globals so that
  // suspended generators are finalised (their `finally` blocks run and print),
  // as CPython does at shutdown, without trace events. runSource does it
  // itself when no tracer is installed; a traced run that wants python3's
  // output removes its tracer and calls this. A stop or the step budget
  // reached in a finaliser is written into `result`.
  void exitCleanup(RunResult& result);
  // The ids of the generators exitCleanup closed, in the order it closed them.
  const std::vector<uint64_t>& generatorsClosedAtExit() const;
  // runSource leaves the exit to its caller even without a tracer: `run`
  // prints the traceback first, as python3 prints it before its exit runs
  // the finalisers (and what they print).
  void leaveExitToCaller();

  // Asks the running program to stop at the next step (thread-safe flag).
  void requestStop();

  // ---- services for native code (interpreter.h says what each does) ----
  Value call(const Value& callee, std::span<const Value> args, std::span<const KwArg> kw = {}) override;
  Value getIter(const Value& v) override;
  bool iterNext(const Value& iterator, Value& out) override;
  Value getAttr(const Value& obj, std::string_view name, bool classHook = true) override;
  bool hasAttr(const Value& obj, std::string_view name) override;
  void setAttr(const Value& obj, std::string_view name, Value value, bool classHook = true) override;
  void delAttr(const Value& obj, std::string_view name, bool classHook = true) override;
  Value importName(const std::string& name) override;
  bool callSpecial(const Value& obj, const char* name, Value& result) override;
  Value makeClass(const Value& name, const Value& bases, const DictObj& ns) override;
  Value builtin(std::string_view name) override;
  std::string repr(const Value& v) override;
  std::string str(const Value& v) override;
  bool truthy(const Value& v) override;
  bool equals(const Value& a, const Value& b) override;
  bool lessThan(const Value& a, const Value& b) override;
  Value add(const Value& a, const Value& b) override;
  Value binaryOp(int astOpKind, const Value& a, const Value& b) override;
  Value compare(int astCmpOp, const Value& a, const Value& b) override;
  Value negative(const Value& v) override;
  bool contains(const Value& container, const Value& item) override;
  int64_t length(const Value& v) override;
  Value getItem(const Value& obj, const Value& key) override;
  void setItem(const Value& obj, const Value& key, const Value& value) override;
  double newNaN() override;
  void write(std::string_view text) override;
  void writeError(std::string_view text) override;
  std::optional<std::string> readInputLine() override;
  const std::vector<std::string>& argv() const override;
  Value takeStopIteration() override;
  int64_t recursionLimit() const override;
  void setRecursionLimit(int64_t limit) override;
  int recursionDepth() const override;
  void enterRecursion(const char* where) override;
  void leaveRecursion() override;
  std::shared_ptr<RandomState>& randomState() override;
  uint64_t randomSeed() const override;
  Frame* currentFrame() const override;
  DictObj* mainGlobals() const override;
  const Budgets& budgets() const override;
  void finalizeGenerator(GeneratorObj& gen) noexcept override;  // finalizers.cpp
  void finalizeInstance(InstanceObj& inst, const Value& del) noexcept override;

  // ---- state the debugger reads (and currentFrame, mainGlobals, budgets) ----
  std::vector<GeneratorObj*> liveGenerators() const;  // every generator alive now, by id
  // The native asking for values for `frame` now, if any (traced runs): the
  // innermost, or the builtin the program called when builtins nest.
  std::optional<NativeAsker> nativeAskerFor(const Frame* frame) const;
  const std::vector<std::string>& sourceLines() const;
  uint64_t stepCount() const;

  struct Impl;
  Impl& impl() { return *m_impl; }

 private:
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ys
