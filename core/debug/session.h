// session.h — the debugger session that the window (and `trace`) drives.
//
// A Session owns a loaded program and gives, for any step number, a Snapshot:
// the whole picture at that step (call stack, generators, output, memory).
//
// How history is kept (why it is cheap): the session never runs Python in
// its own process. load() forks a recorder process that runs the program once
// and streams one compact StepRecord per step (event, line, function, bytes);
// every few milliseconds of the run it forks a paused copy of itself, a
// checkpoint. A snapshot is built by a cursor: a process forked from the
// nearest checkpoint at or before the wanted step, which runs on to it and
// sends the picture back. So no move replays more than a few milliseconds of
// program, and since a forked copy is the very same run, a step shows the
// same thing however it was reached. Details: docs/SESSION.md.
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

#include "core/debug/session_types.h"
#include "core/debug/whatif.h"
#include "core/frontend/parser.h"
#include "core/vm/run_types.h"

namespace ys {

struct SessionOptions {
  Budgets budgets = kRecordedRunBudgets;
  size_t snapshotCacheSize = 4096;               // snapshots kept for instant Back/Next...
  size_t snapshotCacheBytes = size_t(64) << 20;  // ...and at most this many bytes of them
  size_t reprLimit = 80;                         // values longer than this are shortened with "..."
  bool hideDefinitions = true;                   // module-level functions and classes left out of the locals
  // A checkpoint is left every this many nanoseconds of recording, so that a
  // jump replays at most about this long (see docs/SESSION.md).
  int64_t checkpointSpacingNs = 4'000'000;
  size_t maxCheckpoints = 160;  // past this, every other one is dropped and the spacing doubles
  // Run the eager twin for its memory curve. Off where nobody looks at the
  // curve (`eval`): an endless generator's twin runs until its budget.
  bool eagerTwin = true;
};

// Figures about the session's engine processes, for benchmarks and docs.
struct EngineStats {
  size_t checkpoints = 0;
  int64_t checkpointSpacingNs = 0;
  int64_t engineProcessBytes = 0;  // proportional set size of every engine process (Linux PSS)
  uint64_t lastReplaySteps = 0;    // steps the last move replayed
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
  // What the program's input() reads, line by line, in the next load() (the
  // window's input box); kept with the run, so replays read the same.
  void setInputText(std::string text);
  // The seed an unseeded `random` starts from in this run: chosen once per
  // load() (so every replay draws the same numbers), or fixed with this.
  void setRandomSeed(std::optional<uint64_t> seed);
  uint64_t randomSeed() const;
  const std::optional<SyntaxErrorInfo>& syntaxError() const;
  const std::string& source() const;

  // History of the whole run.
  uint64_t stepCount() const;  // number of steps recorded
  const std::vector<StepRecord>& history() const;
  const std::vector<std::string>& functionNames() const;
  const std::vector<std::string>& askerLabels() const;  // StepRecord::askerIndex -> "for loop", "chain()"
  const std::vector<YieldRecord>& yields() const;
  RunOutcome runResult() const;  // how the run ended (status, stderr text)
  // Everything the recorded run printed, one append-only buffer; a step's
  // output is its first Snapshot::outputBytes bytes. It ends with what was
  // printed as Python exited, after the last step (a `finally` of a generator
  // still paused then, a __del__): exitOutput(), which python3 prints after
  // an uncaught exception's traceback.
  const std::string& output() const;
  std::string_view outputAt(const Snapshot& s) const;
  std::string_view exitOutput() const;
  // Steps recorded so far by a load() in progress (any thread may ask).
  uint64_t stepsRecorded() const;
  std::string endMessage() const;  // "" or why it stopped (budget, exception)

  // Moving. Each returns the snapshot at the new position.
  uint64_t position() const;
  const Snapshot& current();
  const Snapshot& goTo(uint64_t step);
  const Snapshot& next();         // one event
  const Snapshot& back();         // one event back
  const Snapshot& stepOver();     // next line event in this frame or a caller
  const Snapshot& stepInto();     // next event that starts or resumes a frame, else next line
  const Snapshot& stepOut();      // until this frame returns or yields
  const Snapshot& continueRun();  // to the next breakpoint line, or the end
  const Snapshot& reset();        // step 0
  void setBreakpoints(std::set<int> lines);
  const std::set<int>& breakpoints() const;
  void cancel();  // from any thread: stop a long load/continue

  // Memory: this lazy run and its eager twin.
  const MemorySeries& lazyMemory() const;
  const MemorySeries* eagerMemory() const;  // null when there is no twin
  std::string twinReason() const;           // "" or why there is no (finished) twin
  std::string twinSource() const;
  static const char* xAxisLabel();

  EngineStats engineStats() const;

  // What-if (core/debug/whatif.h): evaluates a question at `step` on a throwaway
  // copy of the run (a fork of the cursor paused there) and returns its
  // answer, its output and what generators did. Nothing the session shows
  // changes, nor its position. Blocks until the answer or the request's
  // time budget (plus a second); call from the engine thread. cancel() stops it.
  EvalResult evaluate(uint64_t step, const EvalRequest& request);
  // `source` in frame `frameIndex` of the step's stack (0: innermost), default budgets.
  EvalResult evaluate(uint64_t step, int frameIndex, std::string source);
  // What next() on generator `generatorId` would do at `step` (EvalResult::peek).
  EvalResult peek(uint64_t step, uint64_t generatorId);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ys
