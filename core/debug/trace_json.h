// trace_json.h — `yieldscope trace`: the step history as JSON lines.
//
// One object a step with the keys of the reference CPython tracer where
// they overlap (event, func, line, value, exc, locals), so the two traces can
// be compared line by line, plus step, generators and says. Written while the
// program runs (no history is kept), so a trace of 10^7 steps needs no memory.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/debug/session_types.h"
#include "core/vm/run_types.h"

namespace ys {

struct TraceOptions {
  uint64_t maxSteps = 1'000'000;
  bool withLocals = false;
  size_t reprLimit = 200;  // as cpython_trace.py: repr cut to 200 characters
  // An unseeded `random` starts here, so two traces of a program (a full one
  // and a --steps window) draw the same numbers.
  uint64_t randomSeed = 0x5eed;
};

// Runs the program; `writeLine` gets each JSON line (with its newline) and
// `writeOutput` what the program prints.
RunOutcome writeTrace(const std::string& source, const std::string& filename, const TraceOptions& options,
                      const std::function<void(std::string_view)>& writeLine,
                      const std::function<void(std::string_view)>& writeOutput);

std::string jsonQuote(std::string_view text);

// One line of the trace (with its newline) for a step's snapshot; `output` is
// what the program printed since the previous step ("output" key, when not
// empty). Both the streaming trace and `trace --steps` (through a Session)
// write their lines with this, from the same SnapshotBuilder.
std::string snapshotJson(const Snapshot& s, bool withLocals, std::string_view output);

// The snapshot options a trace uses (cpython_trace.py's repr limit, every local).
struct SnapshotOptions;
SnapshotOptions traceSnapshotOptions(const TraceOptions& options);

}  // namespace ys
