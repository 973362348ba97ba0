// session.h — the debugger session that the window (and `trace`) drives.
//
// A Session owns a loaded program and gives, for any step number, a Snapshot:
// the whole picture at that step (call stack, generators, output, memory).
//
// How history is kept (why it is cheap): a run is deterministic (no input, no
// clock, no randomness), so the session does not copy the heap at each step.
// It records one compact StepRecord per step (event, line, function, bytes)
// while the program runs once to the end, and it builds full snapshots by
// replay: a "cursor" VM on a worker thread is paused at the current step;
// moving forward lets it run on, moving back restarts a fresh VM and runs it
// to the wanted step (a recently seen snapshot comes from a small cache).
// Stepping back k times and forward k times therefore gives identical
// snapshots by construction.
//
// Thread-safety: load() and the moves are called from one thread, the
// session's engine thread (never the UI thread: they may take milliseconds).
// cancel() and stepsRecorded() may be called from any thread. Once load()
// has returned, the run's record (history(), functionNames(), yields(),
// output(), the memory series, twin*) is immutable until the next load(),
// so other threads may read it while the engine thread moves.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/object.h"
#include "core/parser.h"
#include "core/vm.h"

namespace ys {

// A value as the debugger shows it: Python's repr (shortened past a limit),
// its type and its own size in bytes; a generator carries its id so the UI
// can link to its card.
struct ValueView {
  std::string repr;
  std::string typeName;
  int64_t sizeBytes = 0;     // sys.getsizeof
  uint64_t generatorId = 0;  // nonzero when the value is a generator
};

struct VariableView {
  std::string name;
  ValueView value;
};

struct FrameView {
  std::string function;      // co_name: "squares", "<module>", "<genexpr>"
  int line = 0;              // the line it is on (about to run, or waiting in a call)
  std::vector<VariableView> locals;
  uint64_t generatorId = 0;  // nonzero when this frame belongs to a generator
};

struct GeneratorView {
  uint64_t id = 0;                  // 1, 2, 3... in creation order, stable over the run
  std::string name;                 // function name ("squares", "<genexpr>")
  GenState state = GenState::Created;
  int line = 0;                     // the line it is suspended at (or its def line when created)
  std::vector<VariableView> locals; // its frame's locals (empty when closed)
  std::vector<std::string> yielded; // reprs of the values yielded so far, oldest first
  std::optional<std::string> returned;  // repr of its return value once it has returned
  int64_t sizeBytes = 0;            // sys.getsizeof
};

// Bytes reachable at a step, by the rule in docs/MEMORY.md.
struct MemoryView {
  int64_t totalBytes = 0;
  std::vector<std::pair<std::string, int64_t>> byKind;  // ("lists", 8856), ("generators", 208), ...
};

struct Snapshot {
  uint64_t step = 0;            // 0-based index into the history
  EventKind event = EventKind::Line;
  std::string function;         // function of the frame the event happened in
  int line = 0;
  std::vector<FrameView> stack; // innermost first
  std::vector<GeneratorView> generators;  // every generator alive (or seen) so far, by id
  uint64_t outputBytes = 0;     // length of Session::output() printed up to and including this step
  std::optional<std::string> value;      // repr of the value yielded/returned at this step
  std::optional<std::string> exception;  // "ZeroDivisionError: division by zero"
  MemoryView memory;
  std::string says;             // one plain sentence about this step
};

// One step of history, compact: the window's slider, memory chart and yielded
// values list read these without rebuilding snapshots.
struct StepRecord {
  EventKind event;
  uint16_t functionIndex;       // index into Session::functionNames()
  int32_t line;
  int64_t footprintBytes;       // live bytes at this step (sampled; see footprintExact)
  uint64_t generatorId;         // generator the event happened in (0 if none)
  int32_t depth;                // frames on the call stack at this event (module = 1)
};

struct YieldRecord {
  uint64_t step;                // the yield event's step
  uint64_t generatorId;
  std::string generatorName;
  std::string value;            // repr
  int consumerLine;             // line of the frame that asked for it (0 if native)
};

struct MemorySeries {
  std::vector<std::pair<uint64_t, int64_t>> points;  // (x, bytes); x as in xAxisLabel
  int64_t peakBytes = 0;
  int64_t finalBytes = 0;
  uint64_t steps = 0;
};

struct SessionOptions {
  Budgets budgets{5'000'000, 512ll << 20, 1000};
  size_t snapshotCacheSize = 256;
  size_t reprLimit = 80;        // values longer than this are shortened with "..."
};

class Session {
 public:
  explicit Session(SessionOptions options = {});
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Loads a program and records its run (blocking; may take a while for long
  // runs — call from a worker thread and use cancel()). Returns false when the
  // source has a syntax error (then syntaxError() says where).
  bool load(std::string source, std::string filename);
  const std::optional<SyntaxErrorInfo>& syntaxError() const;
  const std::string& source() const;

  // History of the whole run.
  uint64_t stepCount() const;               // number of steps recorded
  const std::vector<StepRecord>& history() const;
  const std::vector<std::string>& functionNames() const;
  const std::vector<YieldRecord>& yields() const;
  RunResult runResult() const;              // how the run ended (status, stderr text)
  // Everything the recorded run printed, one append-only buffer; a step's
  // output is its first Snapshot::outputBytes bytes.
  const std::string& output() const;
  std::string_view outputAt(const Snapshot& s) const;
  // Steps recorded so far by a load() in progress (any thread may ask).
  uint64_t stepsRecorded() const;
  std::string endMessage() const;           // "" or why it stopped (budget, exception)

  // Moving. Each returns the snapshot at the new position.
  uint64_t position() const;
  const Snapshot& current();
  const Snapshot& goTo(uint64_t step);
  const Snapshot& next();                   // one event
  const Snapshot& back();                   // one event back
  const Snapshot& stepOver();               // next line event in this frame or a caller
  const Snapshot& stepInto();               // next event that starts or resumes a frame, else next line
  const Snapshot& stepOut();                // until this frame returns or yields
  const Snapshot& continueRun();            // to the next breakpoint line, or the end
  const Snapshot& reset();                  // step 0
  void setBreakpoints(std::set<int> lines);
  const std::set<int>& breakpoints() const;
  void cancel();                            // from any thread: stop a long load/continue

  // Memory: this lazy run and its eager twin.
  const MemorySeries& lazyMemory() const;
  const MemorySeries* eagerMemory() const;  // null when there is no twin
  std::string twinReason() const;           // "" or why there is no (finished) twin
  std::string twinSource() const;
  static const char* xAxisLabel();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ys
