// The debugger session: steps, generator states and time travel.
//
// The program and the steps it is held to are in tests/data/session/:
// two_generators.states was written by CPython 3.11 (gen_generator_states.py
// ran the program under sys.settrace and asked inspect.getgeneratorstate()
// for g and h at every event).
#include <gtest/gtest.h>
#include <sstream>

#include "core/debug/session.h"

#include "tests/core/program_corpus.h"

namespace ys {
namespace {

using ys::testing::readFile;
using ys::testing::repoRoot;

std::filesystem::path sessionData(const char* name) {
  return repoRoot() / "tests" / "data" / "session" / name;
}

// squares(3) as g and a generator expression as h, both run partly by next()
// and then to the end.
const std::string kTwoGenerators = readFile(sessionData("two_generators.py"));

struct ExpectedStep {
  std::string event, function;
  int line = 0;
  std::string gState, hState;  // "-" while the generator does not exist yet
};

// python3: event, function, line, getgeneratorstate(g), getgeneratorstate(h)
std::vector<ExpectedStep> cpythonSteps() {
  std::vector<ExpectedStep> steps;
  std::istringstream rows(readFile(sessionData("two_generators.states")));
  ExpectedStep step;
  while (rows >> step.event >> step.function >> step.line >> step.gState >> step.hState) steps.push_back(step);
  return steps;
}

std::string stateOf(const Snapshot& s, uint64_t id) {
  for (const auto& g : s.generators)
    if (g.id == id) return genStateName(g.state);
  return "-";
}

// Everything a user can see in a snapshot, as text, for identity checks.
std::string dump(const Snapshot& s) {
  std::ostringstream out;
  out << s.step << ' ' << eventName(s.event) << ' ' << s.function << ':' << s.line << '\n';
  for (const auto& f : s.stack) {
    out << "  frame " << f.function << ':' << f.line << " gen=" << f.generatorId << '\n';
    for (const auto& v : f.locals) out << "    " << v.name << '=' << v.value.repr << ' ' << v.value.sizeBytes << '\n';
  }
  for (const auto& g : s.generators) {
    out << "  gen " << g.id << ' ' << g.name << ' ' << genStateName(g.state) << ':' << g.line << " yielded";
    for (const auto& y : g.yielded) out << ' ' << y;
    out << (g.returned ? " returned " + *g.returned : std::string()) << '\n';
    for (const auto& v : g.locals) out << "    " << v.name << '=' << v.value.repr << '\n';
  }
  out << "  out=" << s.outputBytes << "|value=" << s.value.value_or("-") << "|exc=" << s.exception.value_or("-")
      << "|bytes=" << s.memory.totalBytes << "|says=" << s.says << '\n';
  return out.str();
}

TEST(Session, StepSequenceAndGeneratorStatesMatchCPython) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  const std::vector<ExpectedStep> steps = cpythonSteps();
  ASSERT_EQ(steps.size(), 38u) << "tests/data/session/two_generators.states is missing or cut short";
  // CPython's events, then our closing `end`.
  ASSERT_EQ(session.stepCount(), steps.size() + 1);
  for (size_t k = 0; k < steps.size(); ++k) {
    const Snapshot& s = session.goTo(k);
    const ExpectedStep& want = steps[k];
    SCOPED_TRACE("step " + std::to_string(k));
    EXPECT_EQ(eventName(s.event), want.event);
    EXPECT_EQ(s.function, want.function);
    EXPECT_EQ(s.line, want.line);
    EXPECT_EQ(stateOf(s, 1), want.gState);
    EXPECT_EQ(stateOf(s, 2), want.hState);
  }
  EXPECT_EQ(session.goTo(steps.size()).event, EventKind::End);
}

TEST(Session, SuspendedGeneratorKeepsItsLocalsAndYieldedValues) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  const Snapshot& s = session.goTo(16);  // squares yields 1 (i = 1), h suspended
  ASSERT_EQ(s.event, EventKind::Yield);
  EXPECT_EQ(s.value.value_or(""), "1");
  ASSERT_GE(s.generators.size(), 2u);
  const GeneratorView& g = s.generators[0];
  EXPECT_EQ(g.name, "squares");
  EXPECT_EQ(g.line, 3);
  EXPECT_EQ(g.yielded, (std::vector<std::string>{"0", "1"}));
  bool sawI = false;
  for (const auto& v : g.locals)
    if (v.name == "i") {
      sawI = true;
      EXPECT_EQ(v.value.repr, "1");
    }
  EXPECT_TRUE(sawI);
  EXPECT_EQ(g.sizeBytes, 208);  // CPython 3.11: sys.getsizeof of this suspended generator
  EXPECT_EQ(session.outputAt(s), "0\n11\n");
}

TEST(Session, BackThenForwardGivesIdenticalSnapshots) {
  SessionOptions options;
  options.snapshotCacheSize = 4;  // force replays rather than cache hits
  Session session(options);
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  std::vector<std::string> forward;
  for (uint64_t k = 0; k < session.stepCount(); ++k) forward.push_back(dump(session.goTo(k)));
  const size_t last = forward.size() - 1;
  for (size_t k = 1; k <= last; ++k) EXPECT_EQ(dump(session.back()), forward[last - k]) << "back " << k;
  for (size_t k = 1; k <= last; ++k) EXPECT_EQ(dump(session.next()), forward[k]) << "next " << k;
}

TEST(Session, YieldedValuesAreListedWithTheirGeneratorAndConsumerLine) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  std::vector<std::string> values, names;
  std::vector<int> consumers;
  for (const auto& y : session.yields()) {
    values.push_back(y.value);
    names.push_back(y.generatorName);
    consumers.push_back(y.consumerLine);
  }
  EXPECT_EQ(values, (std::vector<std::string>{"0", "11", "1", "4", "21"}));
  EXPECT_EQ(names, (std::vector<std::string>{"squares", "<genexpr>", "squares", "squares", "<genexpr>"}));
  EXPECT_EQ(consumers, (std::vector<int>{8, 9, 10, 10, 12}));
  EXPECT_EQ(session.outputAt(session.goTo(session.stepCount() - 1)), "0\n11\n1\n4\n[21]\n");
}

TEST(Session, EachYieldKeepsWhatSendPassedBackIn) {
  Session session;
  ASSERT_TRUE(
      session.load("def echo():\n"
                   "    got = None\n"
                   "    while True:\n"
                   "        try:\n"
                   "            got = yield got\n"
                   "        except KeyError:\n"
                   "            got = 'caught'\n"
                   "e = echo()\n"
                   "next(e)\n"
                   "e.send(10)\n"
                   "e.send(None)\n"
                   "next(e)\n"
                   "e.throw(KeyError)\n"
                   "e.send('x')\n",
                   "echo.py"));
  std::vector<std::string> yielded, sent;
  for (const auto& y : session.yields()) {
    yielded.push_back(y.value);
    sent.push_back(y.sentBack);
    if (y.sentStep == 0) continue;
    // The send() is the generator's next resume after this yield.
    ASSERT_LT(y.sentStep, session.history().size());
    const StepRecord& resume = session.history()[y.sentStep];
    EXPECT_EQ(resume.event, EventKind::Resume);
    EXPECT_EQ(resume.generatorId, y.generatorId);
    EXPECT_EQ(session.askerLabels()[resume.askerIndex], "send()");
  }
  // next() and throw() pass nothing in; send(None) passes None.
  EXPECT_EQ(yielded, (std::vector<std::string>{"None", "10", "None", "None", "'caught'", "'x'"}));
  EXPECT_EQ(sent, (std::vector<std::string>{"10", "None", "", "", "'x'", ""}));
}

TEST(Session, ContinueStopsAtABreakpointLine) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  session.setBreakpoints({3});
  const Snapshot& first = session.continueRun();
  EXPECT_EQ(first.step, 6u);
  EXPECT_EQ(first.line, 3);
  EXPECT_EQ(first.function, "squares");
  const Snapshot& second = session.continueRun();
  EXPECT_EQ(second.step, 15u);
  session.setBreakpoints({});
  EXPECT_EQ(session.continueRun().event, EventKind::End);
}

TEST(Session, StepOverStaysInTheModuleFrame) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  session.goTo(3);  // line 8: print(next(g))
  const Snapshot& s = session.stepOver();
  EXPECT_EQ(s.function, "<module>");
  EXPECT_EQ(s.line, 9);
}

TEST(Session, StepOutOfAGeneratorLandsInItsConsumer) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  session.goTo(5);  // squares, line 2
  const Snapshot& s = session.stepOut();
  EXPECT_EQ(s.function, "<module>");
  EXPECT_EQ(s.line, 9);
}

TEST(Session, SyntaxErrorIsReportedAtItsLine) {
  Session session;
  EXPECT_FALSE(session.load("def f():\n    yeild 1\n", "bad.py"));
  ASSERT_TRUE(session.syntaxError().has_value());
  EXPECT_EQ(session.syntaxError()->line, 2);
  EXPECT_EQ(session.stepCount(), 0u);
}

TEST(Session, EndlessProgramStopsAtTheStepBudgetAndStaysBrowsable) {
  SessionOptions options;
  options.budgets.maxSteps = 2000;
  Session session(options);
  ASSERT_TRUE(
      session.load("def naturals():\n    i = 0\n    while True:\n        yield i\n        i += 1\n"
                   "for n in naturals():\n    pass\n",
                   "forever.py"));
  EXPECT_EQ(session.runResult().status, RunStatus::StepBudget);
  EXPECT_NE(session.endMessage().find("step budget"), std::string::npos);
  EXPECT_GE(session.stepCount(), 1900u);
  const Snapshot& s = session.goTo(1000);
  EXPECT_EQ(s.step, 1000u);
  EXPECT_FALSE(s.generators.empty());
  // Only the last recorded step says the budget ended the run there; the
  // others narrate the program, not the budget.
  EXPECT_EQ(s.says.find("step budget"), std::string::npos) << s.says;
  const std::string last = session.goTo(session.stepCount() - 1).says;
  EXPECT_NE(last.find("The step budget stopped the program here: it had not finished after 2,000 steps"),
            std::string::npos)
      << last;
}

TEST(Session, RecordedRunsHaveTheMemoryBudgetOfAPlainRun) {
  // A list of 10^8 items (800 MB in CPython) fits `yieldscope run`; the
  // window must not refuse it with MemoryError.
  EXPECT_EQ(SessionOptions{}.budgets.maxMemoryBytes, kRunBudgets.maxMemoryBytes);
  EXPECT_GT(kRunBudgets.maxMemoryBytes, int64_t(100'000'000) * 8);
}

TEST(Session, UncaughtExceptionEndsTheRunWithItsText) {
  Session session;
  ASSERT_TRUE(session.load("def f(x):\n    return 1 / x\nprint(f(0))\n", "boom.py"));
  EXPECT_EQ(session.runResult().status, RunStatus::Raised);
  const Snapshot& end = session.goTo(session.stepCount() - 1);
  EXPECT_EQ(end.event, EventKind::End);
  EXPECT_EQ(end.exception.value_or(""), "ZeroDivisionError: division by zero");
  EXPECT_NE(session.endMessage().find("ZeroDivisionError"), std::string::npos);
}

TEST(Session, NarrationSaysWhatAYieldKeeps) {
  Session session;
  ASSERT_TRUE(session.load(kTwoGenerators, "prog.py"));
  EXPECT_EQ(session.goTo(16).says, "squares yields 1 and pauses at line 3; n = 3, i = 1 are kept.");
  EXPECT_EQ(session.goTo(13).says, "The for loop at line 10 resumes squares at line 3.");
  EXPECT_EQ(session.goTo(4).says, "next() at line 8 starts squares: its body runs for the first time, from line 1.");
  EXPECT_EQ(session.goTo(28).says, "squares returns: the generator is closed, StopIteration ends the loop.");
}

// The output panel is the student's terminal: text a program writes to
// sys.stderr shows there, in order with print()'s (python3 prints the same
// four lines to a terminal).
TEST(Session, StderrTextIsPartOfTheOutput) {
  Session session;
  ASSERT_TRUE(
      session.load("import sys\n"
                   "print('one')\n"
                   "print('warning', file=sys.stderr)\n"
                   "sys.stderr.write('raw\\n')\n"
                   "print('two')\n",
                   "err.py"));
  EXPECT_EQ(session.output(), "one\nwarning\nraw\ntwo\n");
}

// A generator that cleans up in `finally`, for the closing tests below.
const char* const kCountdown =
    "def countdown(n):\n"
    "    try:\n"
    "        while n > 0:\n"
    "            yield n\n"
    "            n -= 1\n"
    "    finally:\n"
    "        print('cleans up')\n"
    "\n";

// python3 prints "cleans up" after the last line: as it exits its garbage
// collector closes the generators still paused. The end step
// shows that (card closed, output, sentence); the steps before do not.
TEST(Session, TheEndStepShowsWhatPythonsExitClosedAndPrinted) {
  Session session;
  ASSERT_TRUE(session.load(std::string(kCountdown) + "c = countdown(3)\n"
                                                     "never = countdown(2)\n"
                                                     "print(next(c))\n",
                           "exit.py"));
  EXPECT_EQ(session.output(), "3\ncleans up\n");  // python3's stdout
  EXPECT_EQ(session.exitOutput(), "cleans up\n");
  const Snapshot end = session.goTo(session.stepCount() - 1);
  ASSERT_EQ(end.event, EventKind::End);
  EXPECT_EQ(session.outputAt(end), "3\n");  // the tail is the window's to add, after any traceback
  ASSERT_EQ(end.generators.size(), 2u);
  for (const GeneratorView& g : end.generators) {
    EXPECT_EQ(g.state, GenState::Closed) << g.id;
    EXPECT_TRUE(g.locals.empty());
  }
  EXPECT_EQ(end.says,
            "The program ends. As Python exits, it finalises what the program left, before it clears any name: it "
            "closes countdown#1 and countdown#2, in that order: GeneratorExit is raised where each is paused "
            "(countdown#1 at line 4); countdown#2 never started, so none of its body runs. Output ends with what was "
            "printed then.");
  const Snapshot last = session.goTo(session.stepCount() - 2);
  EXPECT_EQ(last.generators.front().state, GenState::Suspended);
}

TEST(Session, AProgramThatLeavesNothingOpenEndsPlainly) {
  Session session;
  ASSERT_TRUE(session.load("def g():\n    yield 1\nprint(list(g()))\n", "plain.py"));
  EXPECT_EQ(session.exitOutput(), "");
  EXPECT_EQ(session.goTo(session.stepCount() - 1).says, "The program ends.");
}

// A generator closed while paused inside `try`: GeneratorExit is raised at
// the yield, the `finally` block runs, and the exception leaves the frame.
// CPython's tracer reports that last step as a return of None (python3's
// trace of this program has the same 15 steps), but the generator returned
// nothing: neither the card nor the narration may say it did.
TEST(Session, AGeneratorClosedThroughFinallyDidNotReturn) {
  Session session;
  ASSERT_TRUE(session.load(std::string(kCountdown) + "c = countdown(3)\n"
                                                     "print(next(c))\n"
                                                     "c = None\n"
                                                     "print('done')\n",
                           "closing.py"));
  EXPECT_EQ(session.output(), "3\ncleans up\ndone\n");
  bool seen = false;
  for (uint64_t k = 0; k < session.stepCount(); ++k) {
    const Snapshot& s = session.goTo(k);
    if (s.event != EventKind::Return || s.function != "countdown") continue;
    seen = true;
    EXPECT_EQ(s.line, 7);
    EXPECT_EQ(s.says,
              "countdown is closed: GeneratorExit was raised at its paused line 4, and it finished at line 7 "
              "without yielding again. Nothing refers to it any more as line 11 runs, so Python closed it.");
    for (const GeneratorView& g : s.generators)
      if (g.name == "countdown") EXPECT_FALSE(g.returned.has_value()) << *g.returned;
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace ys
