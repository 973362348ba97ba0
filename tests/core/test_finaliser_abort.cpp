// Issue 9: a stop or the step budget reached inside a generator's finaliser
// (run by a reference release: `del x`, a rebinding, the end of a native's
// loop) must end the run with the budget or stop status, never unwind through
// the release into a frame that is gone (that crashed with SIGSEGV). The
// programs are the issue's; what is checked is the status and that nothing
// after the stop ran (CPython has no step budget to compare with).
#include <gtest/gtest.h>
#include <string>

#include "core/vm/vm.h"

namespace {

const char* kFinallyOutlastsBudget =
    "def g():\n"
    "    try:\n"
    "        yield 1\n"
    "    finally:\n"
    "        n = 0\n"
    "        while n < 10**9:\n"
    "            n += 1\n"
    "x = g()\n"
    "next(x)\n"
    "del x\n"
    "print(\"after del\")\n"
    "while True:\n"
    "    pass\n";

// The budget stops a generator while list() (a native) drives it.
const char* kBudgetInsideNative =
    "def endless():\n"
    "    n = 0\n"
    "    while True:\n"
    "        yield n\n"
    "        n += 1\n"
    "print(list(x for x in endless() if x < 0))\n";

class Counter : public ys::Tracer {
 public:
  uint64_t events = 0;
  uint64_t stopAt = 0;  // asks the VM to stop at this event (0: never)
  void onEvent(ys::VM& vm, const ys::TraceEvent&) override {
    if (++events == stopAt) vm.requestStop();
  }
};

struct Outcome {
  std::string out;
  ys::RunResult result;
};

Outcome run(const char* source, uint64_t maxSteps, ys::Tracer* tracer) {
  Outcome o;
  ys::Budgets budgets;
  budgets.maxSteps = maxSteps;
  ys::VM vm(budgets);
  vm.setOutput([&o](std::string_view s) { o.out.append(s); });
  vm.setTracer(tracer);
  o.result = vm.runSource(source, "finaliser.py");
  vm.setTracer(nullptr);
  return o;
}

TEST(FinaliserAbort, StepBudgetInsideFinallyAfterDelUntraced) {
  Outcome o = run(kFinallyOutlastsBudget, 5000, nullptr);
  EXPECT_EQ(o.result.status, ys::RunStatus::StepBudget);
  EXPECT_EQ(o.result.exitCode, 1);
  EXPECT_NE(o.result.stderrText.find("step budget"), std::string::npos);
  EXPECT_EQ(o.out, "");  // the run ended inside the finaliser, before the print
}

TEST(FinaliserAbort, StepBudgetInsideFinallyAfterDelTraced) {
  Counter counter;
  Outcome o = run(kFinallyOutlastsBudget, 1000, &counter);
  EXPECT_EQ(o.result.status, ys::RunStatus::StepBudget);
  EXPECT_NE(o.result.stderrText.find("step budget"), std::string::npos);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(counter.events, 1000u);
}

TEST(FinaliserAbort, StopRequestInsideFinallyAfterDel) {
  Counter counter;
  counter.stopAt = 500;  // well inside the finally's loop
  Outcome o = run(kFinallyOutlastsBudget, 0, &counter);
  EXPECT_EQ(o.result.status, ys::RunStatus::Stopped);
  EXPECT_NE(o.result.stderrText.find("stopped"), std::string::npos);
  EXPECT_EQ(o.out, "");
}

TEST(FinaliserAbort, StepBudgetWhileANativeDrivesAGenerator) {
  for (uint64_t budget : {10u, 101u, 1000u}) {
    Counter counter;
    Outcome traced = run(kBudgetInsideNative, budget, &counter);
    EXPECT_EQ(traced.result.status, ys::RunStatus::StepBudget) << budget;
    Outcome plain = run(kBudgetInsideNative, budget, nullptr);
    EXPECT_EQ(plain.result.status, ys::RunStatus::StepBudget) << budget;
  }
}

// Every step of a program whose generators are finalised by releases (a
// never-started one, a suspended one, a for loop left by break) as the
// budget's last: the abort may come from the finaliser's own call/resume
// event, raised while its frame was already linked on the stack (a freed
// frame was then popped: heap-use-after-free under ASan).
TEST(FinaliserAbort, BudgetAtEveryStepOfFinalisers) {
  const char* program =
      "def g():\n"
      "    try:\n"
      "        yield 1\n"
      "        yield 2\n"
      "    finally:\n"
      "        print('closing')\n"
      "x = g()\n"
      "x = None\n"
      "y = g()\n"
      "next(y)\n"
      "y = None\n"
      "for v in g():\n"
      "    break\n"
      "print(sorted(zip(g(), g())))\n";
  Counter full;
  Outcome whole = run(program, 0, &full);
  ASSERT_EQ(whole.result.status, ys::RunStatus::Finished);
  for (uint64_t budget = 1; budget + 1 < full.events; ++budget) {  // the last event is End
    Counter counter;
    Outcome o = run(program, budget, &counter);
    EXPECT_EQ(o.result.status, ys::RunStatus::StepBudget) << budget;
    EXPECT_EQ(counter.events, budget);
  }
  // Untraced, the budget counts calls and back edges: every small budget
  // either ends the run at the budget or lets it finish, never crashes.
  for (uint64_t budget = 1; budget < 40; ++budget) {
    Outcome o = run(program, budget, nullptr);
    EXPECT_TRUE(o.result.status == ys::RunStatus::StepBudget || o.result.status == ys::RunStatus::Finished) << budget;
  }
}

}  // namespace
