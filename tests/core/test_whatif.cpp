// What-if evaluation (issue 14): a question asked at a step is answered on a
// throwaway copy of the run, under budgets, and leaves every later snapshot
// exactly as recorded.
#include <gtest/gtest.h>
#include <sstream>

#include "core/debug/session.h"

#include "tests/fib_program.h"

namespace ys {
namespace {

const char* kFib = YS_TEST_FIB_DEF
    "\n"
    "def twice(xs):\n"
    "    for x in xs:\n"
    "        yield 2 * x\n"
    "\n"
    "g = fib()\n"
    "first = next(g)\n"
    "second = next(g)\n"
    "doubled = twice(g)\n"
    "print(first, second, next(doubled))\n"
    "total = 0\n";

// The first module-level line event at `line`.
uint64_t stepAtLine(const Session& s, int line) {
  const auto& h = s.history();
  for (uint64_t i = 0; i < h.size(); ++i)
    if (h[i].event == EventKind::Line && h[i].line == line && h[i].depth == 1) return i;
  ADD_FAILURE() << "no step at line " << line;
  return 0;
}

// What a snapshot shows, as text.
std::string seen(const Snapshot& s) {
  std::ostringstream out;
  out << s.step << ' ' << eventName(s.event) << ' ' << s.function << ':' << s.line << ' ' << s.outputBytes << '\n';
  for (const auto& f : s.stack)
    for (const auto& v : f.locals) out << "  " << f.function << '.' << v.name << '=' << v.value.repr << '\n';
  for (const auto& g : s.generators) {
    out << "  gen " << g.id << ' ' << genStateName(g.state) << ':' << g.line << " n=" << g.yieldCount << '\n';
    for (const auto& v : g.locals) out << "    " << v.name << '=' << v.value.repr << '\n';
  }
  return out.str() + s.says;
}

struct Loaded {
  Session session;
  explicit Loaded(const char* source, SessionOptions options = {}) : session(options) {
    session.setRandomSeed(1);
    EXPECT_TRUE(session.load(source, "fib.py"));
  }
};

TEST(WhatIf, AnExpressionSeesTheFrameAtThatStep) {
  Loaded l(kFib);
  const uint64_t k = stepAtLine(l.session, 14);  // first=0, second=1; fib waits at its yield
  EvalResult r = l.session.evaluate(k, 0, "first + second * 10");
  EXPECT_EQ(r.status, EvalStatus::Value);
  EXPECT_EQ(r.repr, "10");
  EXPECT_EQ(r.typeName, "int");
  r = l.session.evaluate(k, 0, "next(g)");
  EXPECT_EQ(r.repr, "1");
  ASSERT_EQ(r.steps.size(), 1u);
  EXPECT_EQ(r.steps[0].text, "resumed fib at line 4, yielded 1");
  // The copy was thrown away: the same question has the same answer.
  EXPECT_EQ(l.session.evaluate(k, 0, "next(g)").repr, "1");
}

TEST(WhatIf, StatementsOutputAndExceptions) {
  Loaded l(kFib);
  const uint64_t k = stepAtLine(l.session, 16);
  EvalResult r = l.session.evaluate(k, 0, "x = first + 1\nprint('x is', x)\nx * 3");
  EXPECT_EQ(r.status, EvalStatus::Value);
  EXPECT_EQ(r.repr, "3");
  EXPECT_EQ(r.output, "x is 1\n");
  r = l.session.evaluate(k, 0, "y = 5");
  EXPECT_EQ(r.status, EvalStatus::NoValue);
  r = l.session.evaluate(k, 0, "undefined_name");
  EXPECT_EQ(r.status, EvalStatus::Raised);
  EXPECT_EQ(r.exception, "NameError: name 'undefined_name' is not defined");
  r = l.session.evaluate(k, 0, "1 +");
  EXPECT_EQ(r.status, EvalStatus::SyntaxError);
  EXPECT_EQ(r.exception.rfind("SyntaxError", 0), 0u) << r.exception;
}

TEST(WhatIf, APipelineShowsEveryGeneratorItResumed) {
  Loaded l(kFib);
  const uint64_t k = stepAtLine(l.session, 16);  // twice(g) has yielded once; g is inside it
  const EvalResult r = l.session.evaluate(k, 0, "next(doubled)");
  EXPECT_EQ(r.repr, "4");  // fib's next value is 2
  ASSERT_EQ(r.steps.size(), 2u);
  EXPECT_EQ(r.steps[0].text, "resumed twice at line 9, yielded 4");
  EXPECT_EQ(r.steps[1].text, "resumed fib at line 4, yielded 2");
}

TEST(WhatIf, LocalsOfAFunctionFrameAndOfAGenerator) {
  Loaded l(kFib);
  // A step inside fib, after `a, b = 0, 1`: frame 0 is fib, frame 1 the module.
  uint64_t k = 0;
  const auto& h = l.session.history();
  for (uint64_t i = 0; i < h.size() && !k; ++i)
    if (h[i].event == EventKind::Line && h[i].line == 3 && h[i].depth == 2) k = i;
  ASSERT_NE(k, 0u);
  EXPECT_EQ(l.session.evaluate(k, 0, "(a, b)").repr, "(0, 1)");
  EXPECT_EQ(l.session.evaluate(k, 1, "g is not None").repr, "True");
  EXPECT_EQ(l.session.evaluate(k, 0, "next(g)").exception, "ValueError: generator already executing");
  EvalRequest inGenerator;
  inGenerator.source = "a + b";
  inGenerator.frameOfGenerator = 1;
  EXPECT_EQ(l.session.evaluate(stepAtLine(l.session, 14), inGenerator).repr, "2");  // a=1, b=1 at its yield
  EXPECT_EQ(l.session.evaluate(k, 7, "1").status, EvalStatus::Failed);
}

TEST(WhatIf, PeekSaysWhatNextWouldDo) {
  Loaded l("def two():\n    yield 1\n    return 'done'\n\ng = two()\nnext(g)\nx = 1\n");
  const uint64_t k = stepAtLine(l.session, 7);  // two() has yielded its one value
  EvalResult r = l.session.peek(k, 1);
  EXPECT_EQ(r.peek, "finishes, returning 'done'");
  EXPECT_EQ(r.exception, "StopIteration: done");
  r = l.session.peek(stepAtLine(l.session, 6), 1);  // created, not started
  EXPECT_EQ(r.peek, "yields 1");
  ASSERT_EQ(r.steps.size(), 1u);
  EXPECT_EQ(r.steps[0].text, "started two at line 1, yielded 1");
  EXPECT_EQ(l.session.peek(stepAtLine(l.session, 5), 1).peek, "is gone");  // not made yet
  EXPECT_EQ(l.session.peek(k, 99).status, EvalStatus::Failed);
}

TEST(WhatIf, BudgetsStopAnEndlessQuestion) {
  Loaded l(kFib);
  const uint64_t k = stepAtLine(l.session, 16);
  EvalRequest loop;
  loop.source = "while True:\n    pass";
  loop.limits.maxSteps = 10'000;
  EvalResult r = l.session.evaluate(k, loop);
  EXPECT_EQ(r.status, EvalStatus::Stopped);
  EXPECT_NE(r.message.find("10000 steps"), std::string::npos) << r.message;
  loop.limits.maxSteps = 0;  // only the time budget left
  loop.limits.maxMillis = 200;
  r = l.session.evaluate(k, loop);
  EXPECT_EQ(r.status, EvalStatus::Stopped);
  EXPECT_NE(r.message.find("200 ms"), std::string::npos) << r.message;
  EvalRequest big;
  big.source = "[0] * 10**9";
  r = l.session.evaluate(k, big);
  EXPECT_EQ(r.exception, "MemoryError");
  // And the session still answers.
  EXPECT_EQ(l.session.evaluate(k, 0, "first").repr, "0");
}

// The heart of it: after questions that resume generators, change locals and
// print, every step shows what it showed before (the cursor that was asked
// goes on stepping; no snapshot cache hides a change).
TEST(WhatIf, QuestionsLeaveEveryLaterStepAsRecorded) {
  SessionOptions options;
  options.snapshotCacheSize = 1;
  Loaded asked(kFib, options), untouched(kFib, options);
  const uint64_t n = asked.session.stepCount();
  ASSERT_EQ(n, untouched.session.stepCount());
  asked.session.goTo(0);
  for (uint64_t k = 0; k < n; ++k) {
    const Snapshot& s = k == 0 ? asked.session.current() : asked.session.next();
    const std::string before = seen(s);
    EXPECT_EQ(before, seen(untouched.session.goTo(k))) << "step " << k;
    for (const auto& g : s.generators)
      if (g.state != GenState::Closed) asked.session.peek(k, g.id);
    asked.session.evaluate(k, 0, "first = second = g = None\nprint('changed')");
    EXPECT_EQ(asked.session.position(), k);
  }
  EXPECT_EQ(asked.session.output(), untouched.session.output());
}

}  // namespace
}  // namespace ys
