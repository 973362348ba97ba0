// The VM's tracer interface: the End step, budgets and stops seen from a
// tracer, and what a yield event carries. That the step sequence equals
// CPython's sys.settrace is checked by the one step-trace suite,
// tests/trace/ (ctest trace/<name>, through `yieldscope trace`).
#include <cstdint>
#include <gtest/gtest.h>
#include <string_view>
#include <vector>

#include "core/vm/vm.h"

#include "tests/core/traced_run.h"

using ys::testing::runTraced;

namespace {

TEST(Events, EndIsTheLastStepAndCountsAsAStep) {
  struct Last : ys::Tracer {
    std::vector<ys::EventKind> kinds;
    void onEvent(ys::VM&, const ys::TraceEvent& ev) override { kinds.push_back(ev.kind); }
  } rec;
  ys::VM vm;
  ys::RunResult r = runTraced(vm, rec, "x = 1\ny = 2\n", "t.py");
  ASSERT_FALSE(rec.kinds.empty());
  EXPECT_EQ(rec.kinds.back(), ys::EventKind::End);
  EXPECT_EQ(r.steps, rec.kinds.size());
}

TEST(Events, StepBudgetEndsAnInfiniteGeneratorConsumer) {
  struct Count : ys::Tracer {
    size_t n = 0;
    void onEvent(ys::VM&, const ys::TraceEvent&) override { ++n; }
  } rec;
  ys::Budgets b;
  b.maxSteps = 500;
  ys::VM vm(b);
  ys::RunResult r =
      runTraced(vm, rec, "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n", "inf.py");
  EXPECT_EQ(r.status, ys::RunStatus::StepBudget);
  EXPECT_EQ(rec.n, 500u);
}

TEST(Events, RequestStopFromTheTracerStopsTheRun) {
  struct Stopper : ys::Tracer {
    size_t n = 0;
    void onEvent(ys::VM& vm, const ys::TraceEvent&) override {
      if (++n == 10) vm.requestStop();
    }
  } rec;
  ys::VM vm;
  ys::RunResult r = runTraced(vm, rec, "i = 0\nwhile True:\n    i += 1\n", "loop.py");
  EXPECT_EQ(r.status, ys::RunStatus::Stopped);
  EXPECT_EQ(rec.n, 10u);
}

TEST(Events, YieldEventCarriesTheValueAndTheGeneratorFrame) {
  struct Yields : ys::Tracer {
    std::vector<int64_t> values;
    std::vector<uint64_t> ids;
    void onEvent(ys::VM&, const ys::TraceEvent& ev) override {
      if (ev.kind != ys::EventKind::Yield) return;
      values.push_back(ev.value->asInt());
      ids.push_back(ev.frame->generator ? ev.frame->generator->id : 0);
    }
  } rec;
  ys::VM vm;
  runTraced(vm, rec, "def sq(n):\n    for i in range(n):\n        yield i * i\nlist(sq(3))\nlist(sq(2))\n", "sq.py");
  EXPECT_EQ(rec.values, (std::vector<int64_t>{0, 1, 4, 0, 1}));
  EXPECT_EQ(rec.ids, (std::vector<uint64_t>{1, 1, 1, 2, 2}));
}

}  // namespace
