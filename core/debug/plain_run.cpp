// plain_run.cpp — see plain_run.h.
#include "core/debug/plain_run.h"

#include "core/base/bigstack.h"
#include "core/vm/vm.h"

namespace ys {

namespace {

// A traced run installs it only to put the program on the traced path.
class SilentTracer : public Tracer {
 public:
  void onEvent(VM&, const TraceEvent&) override {}
};

}  // namespace

RunOutcome runPlain(const PlainRun& run) {
  RunResult result;
  SilentTracer silent;
  runOnBigStack([&] {
    VM vm(kRunBudgets);
    vm.setArgv(run.argv);
    vm.setRandomSeed(run.randomSeed);
    if (run.input) vm.setInput(run.input);
    if (run.output) vm.setOutput(run.output);
    if (run.traced) vm.setTracer(&silent);
    vm.leaveExitToCaller();
    result = vm.runSource(run.source, run.filename);
    if (run.beforeExit) run.beforeExit(result);
    // As cpython_trace.py: a traced run's tracer goes before the exit, whose
    // finalisers still run and print.
    vm.setTracer(nullptr);
    vm.exitCleanup(result);
  });
  return result;
}

}  // namespace ys
