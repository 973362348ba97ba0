// session_types.h — what a step looks like to the window, `trace` and the
// handouts: plain values (strings and numbers), no engine pointers, so a
// snapshot can be copied across threads and processes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/runtime/gen_state.h"
#include "core/vm/run_types.h"

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
  std::string function;  // co_name: "squares", "<module>", "<genexpr>"
  int line = 0;          // the line it is on (about to run, or waiting in a call)
  std::vector<VariableView> locals;
  uint64_t generatorId = 0;  // nonzero when this frame belongs to a generator
  // A generator's frame: what the frame below asks it with ("for loop",
  // "chain()", "yield from"), from the run; "" when the run does not tell.
  std::string askedBy;
};

struct GeneratorView {
  uint64_t id = 0;   // 1, 2, 3... in creation order, stable over the run
  std::string name;  // function name ("squares", "<genexpr>")
  GenState state = GenState::Created;
  int line = 0;                         // the line it is suspended at (or its def line when created)
  std::vector<VariableView> locals;     // its frame's locals (empty when closed)
  std::vector<std::string> yielded;     // reprs of the latest values yielded (at most 20), oldest first
  uint64_t yieldCount = 0;              // how many values it has yielded in all
  std::optional<std::string> returned;  // repr of its return value once it has returned
  int64_t sizeBytes = 0;                // sys.getsizeof
  bool freed = false;                   // the object is gone (the card remembers it)
};

// Bytes reachable at a step, by the rule in docs/MEMORY.md.
struct MemoryView {
  int64_t totalBytes = 0;
  std::vector<std::pair<std::string, int64_t>> byKind;  // ("lists", 8856), ("generators", 208), ...
};

struct Snapshot {
  uint64_t step = 0;  // 0-based index into the history
  EventKind event = EventKind::Line;
  std::string function;  // function of the frame the event happened in
  int line = 0;
  std::vector<FrameView> stack;           // innermost first
  std::vector<GeneratorView> generators;  // every generator alive (or seen) so far, by id
  uint64_t outputBytes = 0;               // length of Session::output() printed up to and including this step
  std::optional<std::string> value;       // repr of the value yielded/returned at this step
  std::optional<std::string> exception;   // "ZeroDivisionError: division by zero"
  MemoryView memory;
  std::string says;  // one plain sentence about this step
};

// One step of history, compact: the window's slider, memory chart and yielded
// values list read these without rebuilding snapshots.
struct StepRecord {
  EventKind event;
  uint16_t functionIndex;  // index into Session::functionNames()
  int32_t line;
  int64_t footprintBytes;  // live bytes at this step (sampled; see footprintExact)
  uint64_t generatorId;    // generator the event happened in (0 if none)
  int32_t depth;           // frames on the call stack at this event (module = 1)
  // A generator's call or resume: what asked it, as an index into
  // Session::askerLabels() ("for loop", "chain()"); 0 ("") otherwise.
  uint16_t askerIndex;
};
// A long run's history is millions of these: the asker fits in the padding.
static_assert(sizeof(StepRecord) == 32);

struct YieldRecord {
  uint64_t step;  // the yield event's step
  uint64_t generatorId;
  std::string generatorName;
  std::string value;  // repr
  int consumerLine;   // line of the frame that asked for it (0 if native)
  // The send() that resumed the generator after this yield: its step (0 if
  // none did) and the repr of what the paused yield evaluated to.
  uint64_t sentStep = 0;
  std::string sentBack;
};

struct MemorySeries {
  std::vector<std::pair<uint64_t, int64_t>> points;  // (x, bytes); x as in xAxisLabel
  int64_t peakBytes = 0;
  int64_t finalBytes = 0;
  uint64_t steps = 0;
};

}  // namespace ys
