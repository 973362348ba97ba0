// snapshot_builder.h — the one place a step's picture is read off the engine.
//
// The window (through the session's cursor), `yieldscope trace` and the
// handouts all build their snapshots here, so they can never disagree about
// a generator's line or a frame's locals. A SnapshotBuilder watches every
// event of a run (track) because a generator card outlives the generator
// object: its yielded values, its return value and its last line are kept
// after the object is freed.
//
// Building a snapshot runs no Python code and leaves the program's state as
// it found it: objects it makes take serials from the readers' range and the peak is restored, so
// fake addresses and object ids further on do not depend on whether (or how
// often) the debugger looked.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/debug/narration.h"
#include "core/debug/session_types.h"
#include "core/vm/vm.h"

namespace ys {

struct SnapshotOptions {
  size_t reprLimit = 80;           // values longer than this are shortened with "..."
  bool hideDefinitions = true;     // module-level functions and classes are code, not data
  bool withLocals = true;          // frames' and generators' locals
  bool withMemory = true;          // walk the heap for the footprint (docs/MEMORY.md)
  bool withYieldedValues = true;   // each card's values yielded so far
  size_t maxFreedGenerators = 16;  // cards of freed generators kept, most recent first
};

class SnapshotBuilder {
 public:
  SnapshotBuilder(std::vector<std::string> sourceLines, SnapshotOptions options);

  // Call for every event of the run, in order, before build().
  void track(VM& vm, const TraceEvent& ev);
  // Call when the program prints.
  void printed(size_t bytes) { m_outputBytes += bytes; }

  Snapshot build(VM& vm, const TraceEvent& ev, uint64_t step);

  uint64_t outputBytes() const { return m_outputBytes; }
  // A card shows the last few values yielded; this many are kept.
  static constexpr size_t kMaxYieldsPerGenerator = 20;

 private:
  // `live`: VM::liveGenerators() at this event.
  void askedByDelegator(const std::vector<GeneratorObj*>& live, const TraceEvent& ev, NarrationInput& said) const;
  struct GeneratorTrack {
    std::string name;
    std::vector<std::string> yielded;  // the latest, oldest first
    uint64_t yieldCount = 0;
    std::optional<std::string> returned;
    int lastLine = 0;
    int64_t sizeBytes = 0;
    bool closing = false;       // its last start or resume threw GeneratorExit in
    bool ran = false;           // its body has started (a call that threw nothing in)
    bool ranBefore = false;     // ran, as it was before the latest event
    std::string lastException;  // text of the latest exception event in its frame
  };

  GeneratorTrack& trackOf(const GeneratorObj& gen);
  ValueView view(const Value& v) const;
  std::vector<VariableView> localsOf(const Frame& frame) const;
  std::vector<GeneratorView> generatorViews(VM& vm, const TraceEvent& ev);
  void forgetFreed(VM& vm);

  std::vector<std::string> m_lines;
  SnapshotOptions m_options;
  std::map<uint64_t, GeneratorTrack> m_generators;
  uint64_t m_outputBytes = 0;
  size_t m_forgetAt = 1024;  // prune freed generators' tracks past this many
};

// Python's exit, after a traced run's last step and with its tracer gone (as
// under cpython_trace.py): the module's names are cleared, so what is still
// paused is closed and its `finally` blocks run and print. Returns the
// generators it closed.
std::vector<ClosedAtExit> exitLikePython(VM& vm, RunResult& result);

// The end step also shows Python's exit, which comes after it: the
// generators it closed, and in its sentence what that did.
void showExit(Snapshot& end, const std::vector<ClosedAtExit>& closed, bool printed, bool outranBudget);

}  // namespace ys
