// plain_run.h — `yieldscope run`: a program run once, as python3 runs it, with
// the budgets of a plain run (kRunBudgets) on a thread with a large stack.
// The command line reads the program and owns standard input and output; this
// is the engine's side, so app/ needs nothing below core/debug.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/vm/run_types.h"

namespace ys {

struct PlainRun {
  std::string source;
  std::string filename;           // as tracebacks show it
  std::vector<std::string> argv;  // sys.argv
  uint64_t randomSeed = 0;        // an unseeded `random` starts here
  // Run on the traced path the debugger uses (every step reported, budgets
  // counted in steps) with a tracer that ignores the steps: the tests compare that
  // path's output with python3's.
  bool traced = false;
  std::function<std::optional<std::string>()> input;  // input()'s lines; nullopt at end
  std::function<void(std::string_view)> output;       // what print() writes
  // Called once the program has ended, before the interpreter's exit runs
  // the finalisers of generators still suspended: python3 prints the
  // traceback (result.stderrText) first and what the finalisers print after.
  // Whatever it leaves in stderrText is printed with the exit's.
  std::function<void(RunOutcome&)> beforeExit;
};

RunOutcome runPlain(const PlainRun& run);

}  // namespace ys
