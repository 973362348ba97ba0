// run_types.h — the kinds of step, the budgets runs are held to and how a
// run ended, in plain types without the object model: what the debugger's
// public headers, the window and the command line see of a run.
#pragma once

#include <cstdint>
#include <string>

#include "core/runtime/budgets.h"

namespace ys {

// The kinds of step, as the UI and `yieldscope trace` name them.
enum class EventKind : uint8_t { Call, Line, Yield, Resume, Return, Exception, End };
const char* eventName(EventKind k);  // "call", "line", ...

// The budgets of a plain run (`yieldscope run`). Generous: a program python3
// finishes in a few seconds (about 10^8 lines) finishes here, and a list of
// 10^8 elements (800 MB in CPython) fits; a runaway loop or an endless list
// ends with a message within seconds instead of exhausting the machine.
inline constexpr Budgets kRunBudgets{200'000'000, int64_t(768) << 20, 1000};

// A recorded run (the window, `trace`) has the same memory budget, so a
// program that fits in `run` fits there too, but fewer steps: every step is
// kept for going back and forth, which costs time and memory per step.
inline constexpr Budgets kRecordedRunBudgets{5'000'000, kRunBudgets.maxMemoryBytes, 1000};

// However high sys.setrecursionlimit sets the limit, Python frames stop at
// this depth (RecursionError): each frame is a heap object of a few hundred
// bytes, so this bounds a runaway recursion's memory to tens of MB.
constexpr int32_t kMaxRecursionDepth = 200'000;

enum class RunStatus { Finished, Raised, SyntaxError, StepBudget, Stopped };

// How a run ended.
struct RunOutcome {
  RunStatus status = RunStatus::Finished;
  int exitCode = 0;        // as python3: 0, 1 for an uncaught exception/syntax error
  std::string stderrText;  // traceback / syntax error, exactly as python3 prints it
  uint64_t steps = 0;
};

}  // namespace ys
