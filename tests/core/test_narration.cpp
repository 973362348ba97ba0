// Narration: one plain sentence for every kind of step, never wrong about
// the state. The step sequence of the program below is CPython's (checked
// with python3's sys.settrace); the sentences are Yieldscope's.
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

#include "core/debug/narration.h"
#include "core/debug/session.h"

#include "tests/core/program_corpus.h"

namespace ys {
namespace {

const char* kProgram =
    "def add(a, b):\n"
    "    return a + b\n"
    "\n"
    "def gen():\n"
    "    yield 1\n"
    "\n"
    "print(add(2, 3))\n"
    "g = gen()\n"
    "next(g)\n"
    "x = 1 / 0\n";

class NarrationOfEveryEvent : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(session.load(kProgram, "narr.py")); }
  std::string says(uint64_t step) { return session.goTo(step).says; }
  Session session;
};

TEST_F(NarrationOfEveryEvent, LineSaysWhichLineRunsNext) {
  EXPECT_EQ(says(0), "Line 1 runs next: def add(a, b):");
  EXPECT_EQ(says(4), "Line 2 of add runs next: return a + b");
}

TEST_F(NarrationOfEveryEvent, CallNamesTheCallerAndTheArguments) {
  EXPECT_EQ(says(3), "Line 7 calls add(a=2, b=3); a new frame starts at line 1.");
}

TEST_F(NarrationOfEveryEvent, ReturnSaysTheValueAndWhereItGoes) {
  EXPECT_EQ(says(5), "add returns 5 to line 7.");
}

TEST_F(NarrationOfEveryEvent, GeneratorStartSaysTheBodyRunsOnlyNow) {
  EXPECT_EQ(says(8), "next() at line 9 starts gen: its body runs for the first time, from line 4.");
}

TEST_F(NarrationOfEveryEvent, YieldSaysTheValueAndThePause) {
  EXPECT_EQ(says(10), "gen yields 1 and pauses at line 5; its state is kept.");
}

TEST_F(NarrationOfEveryEvent, ExceptionSaysWhatAndWhere) {
  EXPECT_EQ(says(12), "ZeroDivisionError: division by zero is raised at line 10 in the program.");
  EXPECT_EQ(says(13), "The program stops: the exception was not caught.");
}

// gen is still paused at the end: Python closes it as it exits.
TEST_F(NarrationOfEveryEvent, EndSaysHowTheProgramEndedAndWhatItsExitClosed) {
  EXPECT_EQ(says(14),
            "The program ends with an uncaught ZeroDivisionError: division by zero. As Python exits, it finalises "
            "what the program left, before it clears any name: it closes gen, so GeneratorExit is raised at its "
            "paused line 5.");
}

// A step of generator `function` at `line`, its caller (or resumer) at
// `callerLine`, that line's text `callerSource`.
NarrationInput generatorStep(EventKind event, const char* function, int line, int callerLine = 0,
                             const char* callerSource = "") {
  return {.event = event,
          .function = function,
          .line = line,
          .inGenerator = true,
          .callerLine = callerLine,
          .callerSource = callerSource};
}

// The Return of a generator that GeneratorExit left (CPython reports None).
NarrationInput generatorClosed(const char* function, int line, int callerLine, const char* callerSource) {
  NarrationInput in = generatorStep(EventKind::Return, function, line, callerLine, callerSource);
  in.value = "None";
  in.endsByException = true;
  in.endingException = "GeneratorExit";
  return in;
}

// Who starts or resumes a generator is the construct on the asking line: a
// for loop, or the innermost consumer call (in list(islice(gen, 5)) it is
// islice(); sum() drives a generator expression, not the expression's for).
TEST(Narration, TheOneAskingIsNamed) {
  struct Case {
    EventKind event;
    const char* function;
    int line;
    int callerLine;
    const char* callerSource;
    const char* says;
  } cases[] = {
      {EventKind::Resume, "squares", 3, 7, "for v in squares(4):", "The for loop at line 7 resumes squares at line 3."},
      {EventKind::Call, "<genexpr>", 14, 14, "total = sum(x * x for x in range(10))",
       "sum() at line 14 starts <genexpr>: its body runs for the first time, from line 14."},
      {EventKind::Resume, "odd_numbers", 7, 12, "print(list(islice(odd_numbers(), 5)))",
       "islice() at line 12 resumes odd_numbers at line 7."},
  };
  for (const Case& c : cases)
    EXPECT_EQ(narrate(generatorStep(c.event, c.function, c.line, c.callerLine, c.callerSource)), c.says);
}

TEST(Narration, GeneratorReturnOutsideAForLoopMentionsStopIteration) {
  NarrationInput in = generatorStep(EventKind::Return, "gen", 5, 9, "print(next(g))");
  in.value = "'done'";
  EXPECT_EQ(narrate(in), "gen returns: the generator is closed, StopIteration carries 'done' to next() at line 9.");
}

TEST(Narration, AGeneratorClosedByCloseIsNotSaidToYield) {
  NarrationInput in = generatorClosed("fib", 6, 31, "gen.close()  # stop it");
  EXPECT_EQ(narrate(in),
            "fib is closed: GeneratorExit was raised at its paused line 6 and it finished without yielding "
            "again. close() at line 31 closed it; close() returns None.");
  in.callerSource = "print(list(islice(odd_numbers(), 5)))";
  in.callerLine = 12;
  EXPECT_EQ(narrate(in),
            "fib is closed: GeneratorExit was raised at its paused line 6 and it finished without yielding "
            "again. Nothing refers to it any more as line 12 runs, so Python closed it.");
}

// close(), throw() and finalisation throw an exception into a generator.
// One that never ran is started only to raise it at its first line (call,
// exception, return in the trace of tests/trace/gen_drop_unstarted.py), so
// nothing may say its body ran, paused or yielded; a paused one is resumed
// only to raise it at its yield, never a plain "resumes".
TEST(Narration, AThrownInExceptionSaysWhoThrewWhat) {
  struct Case {
    int callerLine;
    const char* callerSource;
    const char* exception;
    const char* startSays;   // a call event at the first line, line 3
    const char* resumeSays;  // a resume event at the paused line, line 11
  } cases[] = {
      {8, "x = None", "GeneratorExit",
       "Nothing refers to g any more as line 8 runs, so Python closes it. It never started, so GeneratorExit is raised "
       "at its first line, line 3, and none of its body runs.",
       "Nothing refers to g any more as line 8 runs, so Python closes it. It resumes at line 11, where GeneratorExit "
       "is raised."},
      {5, "a.close()", "GeneratorExit",
       "close() at line 5 closes g. It never started, so GeneratorExit is raised at its first line, line 3, and none "
       "of its body runs.",
       "close() at line 5 closes g. It resumes at line 11, where GeneratorExit is raised."},
      {5, "b.throw(ValueError('boom'))", "ValueError: boom",
       "throw() at line 5 throws ValueError into g. It never started, so ValueError is raised at its first line, "
       "line 3, and none of its body runs.",
       "throw() at line 5 throws ValueError into g. It resumes at line 11, where ValueError is raised."},
  };
  for (const Case& c : cases) {
    NarrationInput start = generatorStep(EventKind::Call, "g", 3, c.callerLine, c.callerSource);
    start.exception = c.exception;
    start.neverPaused = true;
    EXPECT_EQ(narrate(start), c.startSays);
    NarrationInput resume = generatorStep(EventKind::Resume, "g", 11, c.callerLine, c.callerSource);
    resume.exception = c.exception;
    EXPECT_EQ(narrate(resume), c.resumeSays);
  }
  NarrationInput end = generatorClosed("g", 3, 8, "x = None");
  end.neverPaused = true;
  EXPECT_EQ(narrate(end),
            "g is closed before any of its body ran: GeneratorExit was raised at its first line, line 3. Nothing "
            "refers to it any more as line 8 runs, so Python closed it.");
}

TEST(Narration, AGeneratorClosedThroughFinallyEndsOnItsLastLine) {
  NarrationInput in = generatorClosed("countdown", 9, 15, "c.close()");
  in.pausedLine = 6;
  EXPECT_EQ(narrate(in),
            "countdown is closed: GeneratorExit was raised at its paused line 6, and it finished at line 9 without "
            "yielding again. close() at line 15 closed it; close() returns None.");
}

TEST(Narration, CommentsAreNotQuotedAsCode) {
  NarrationInput in{.event = EventKind::Line,
                    .function = "odd_numbers",
                    .line = 6,
                    .lineSource = "    while True:                # never ends on its own"};
  EXPECT_EQ(narrate(in), "Line 6 of odd_numbers runs next: while True:");
  in.lineSource = "    s = '#' + x  # a hash sign";
  EXPECT_EQ(narrate(in), "Line 6 of odd_numbers runs next: s = '#' + x");
}

TEST(Narration, YieldListsTheKeptLocals) {
  NarrationInput in = generatorStep(EventKind::Yield, "squares", 3);
  in.value = "4";
  in.locals = {{"n", "5"}, {"i", "2"}};
  EXPECT_EQ(narrate(in), "squares yields 4 and pauses at line 3; n = 5, i = 2 are kept.");
}

// The tutorial's misconception ("this all result will store in result"):
// a second list() of a finished generator gets nothing. CPython prints []
// for the second print (python3 runs the program of the test after next and
// prints [0, 2] then []).
TEST(Narration, ASecondPassOverAFinishedGeneratorSaysItIsExhausted) {
  NarrationInput in{.event = EventKind::Line,
                    .function = "<module>",
                    .line = 7,
                    .lineSource = "print(list(results))",
                    .exhausted = {"results"}};
  EXPECT_EQ(narrate(in),
            "Line 7 runs next: print(list(results)). results is exhausted: the generator has already finished, "
            "so list(results) gets no values from it and makes [].");
  in.lineSource = "for r in results:";
  EXPECT_EQ(narrate(in),
            "Line 7 runs next: for r in results:. results is exhausted: the generator has already finished, "
            "so the for loop gets no values from it, so its body does not run.");
  in.lineSource = "print(results)";  // shows the object, asks for nothing
  EXPECT_EQ(narrate(in), "Line 7 runs next: print(results)");
  in.lineSource = "results_2 = list(other)";  // another name that starts the same
  EXPECT_EQ(narrate(in), "Line 7 runs next: results_2 = list(other)");
}

TEST(Narration, ASecondListOfTheSameGeneratorIsNarratedFromTheRun) {
  Session session;
  ASSERT_TRUE(
      session.load("def evens():\n    yield 0\n    yield 2\n\nresults = evens()\n"
                   "print(list(results))\nprint(list(results))\n",
                   "exhausted.py"));
  bool seen = false;
  for (uint64_t step = 0; step < session.stepCount(); ++step) {
    const Snapshot& s = session.goTo(step);
    if (s.event != EventKind::Line) continue;
    const bool says = s.says.find("results is exhausted") != std::string::npos;
    EXPECT_EQ(says, s.line == 7) << s.says;  // not at line 6: there it is not finished yet
    seen = seen || says;
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(session.output(), "[0, 2]\n[]\n");
}

// Sentences read from real runs: a conformance program of tests/scripts (those
// of tests/scripts/narration are there for it) may end with what its
// narration says at given steps ("# at: EVENT FUNCTION N", the Nth step of
// that event in that function, then "# says: ..."), each checked against
// CPython's trace of the same program.
struct RunSentence {
  std::string event, function;
  int occurrence = 0;
  std::string says;
};

std::vector<RunSentence> expectedSentences(const std::string& program) {
  std::vector<RunSentence> out;
  std::istringstream lines(program);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# at: ", 0) == 0) {
      std::istringstream at(line.substr(6));
      RunSentence& s = out.emplace_back();
      at >> s.event >> s.function >> s.occurrence;
    } else if (line.rfind("# says: ", 0) == 0 && !out.empty()) {
      out.back().says = line.substr(8);
    }
  }
  return out;
}

// The sentence at the step `at` names, "" when there is no such step.
std::string saysAt(Session& session, const RunSentence& at) {
  int seen = 0;
  for (uint64_t step = 0; step < session.stepCount(); ++step) {
    const Snapshot& s = session.goTo(step);
    if (eventName(s.event) == at.event && s.function == at.function && ++seen == at.occurrence) return s.says;
  }
  return {};
}

TEST(Narration, SentencesOfRealRunsSayWhatCPythonDid) {
  namespace fs = std::filesystem;
  const fs::path dir = ys::testing::repoRoot() / "tests" / "scripts";
  size_t checked = 0;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    const std::string program = ys::testing::readFile(entry.path());
    const std::vector<RunSentence> expected = expectedSentences(program);
    if (expected.empty()) continue;
    SCOPED_TRACE(entry.path().filename().string());
    Session session;
    ASSERT_TRUE(session.load(program, "run.py"));
    for (const RunSentence& want : expected) {
      EXPECT_EQ(saysAt(session, want), want.says) << want.event << ' ' << want.function << ' ' << want.occurrence;
      ++checked;
    }
  }
  EXPECT_GE(checked, 21u);  // the folder is there and read
}

// Not a conformance program: what python3 reports as ignored names the
// generator's address, which differs from run to run.
TEST(Narration, AnExceptionLeavingAFinallyDuringReleaseGoesNoFurther) {
  Session session;
  ASSERT_TRUE(
      session.load("def gen():\n    try:\n        yield 1\n    finally:\n        raise KeyError('fin')\n"
                   "g = gen()\nnext(g)\ndel g\nprint('after')\n",
                   "run.py"));
  EXPECT_EQ(
      saysAt(session, {"return", "gen", 1, {}}),
      "gen ends with KeyError: 'fin': the generator is closed. Python was closing it because nothing refers to it "
      "any more, so the exception goes no further: Python reports it as ignored, in Output, and the program goes "
      "on.");
}

// `[list(g) for g in gens]`, `g = two(); list(g)` and `g := two()` bind g anew:
// the finished g is not the one asked.
TEST(Narration, ANameTheLineBindsAnewIsNotTheExhaustedGenerator) {
  NarrationInput in;
  in.event = EventKind::Line;
  in.line = 7;
  in.function = "<module>";
  in.exhausted = {"g"};
  in.lineSource = "print([list(g) for g in gens])";
  EXPECT_EQ(narrate(in), "Line 7 runs next: print([list(g) for g in gens])");
  in.lineSource = "g = two(); print(list(g))";
  EXPECT_EQ(narrate(in), "Line 7 runs next: g = two(); print(list(g))");
  in.lineSource = "print(list(g := two()))";
  EXPECT_EQ(narrate(in), "Line 7 runs next: print(list(g := two()))");
  in.lineSource = "print(g == h, list(g))";  // a comparison binds nothing
  EXPECT_EQ(narrate(in),
            "Line 7 runs next: print(g == h, list(g)). g is exhausted: the generator has already finished, so list(g) "
            "gets no values from it and makes [].");
}

}  // namespace
}  // namespace ys
