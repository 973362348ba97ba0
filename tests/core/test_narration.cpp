// Narration: one plain sentence for every kind of step, never wrong about
// the state. The step sequence of the program below is CPython's (checked
// with python3's sys.settrace); the sentences are Yieldscope's.
#include <gtest/gtest.h>

#include "core/debug/narration.h"
#include "core/debug/session.h"

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
            "The program ends with an uncaught ZeroDivisionError: division by zero. As Python exits, it clears the "
            "program's names, so nothing refers to gen any more. Python closes it: GeneratorExit is raised at its "
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

// Sentences read from real runs, each checked against CPython's trace of the
// same program (the event at that step, and what the program printed).
struct RunSentence {
  const char* why;
  const char* program;
  EventKind event;
  const char* function;
  int occurrence;  // 1: the first step of that event in that function
  const char* says;
};

const char* const kSendThroughYieldFrom =
    "def inner():\n    x = yield 'a'\n    yield x\n\ndef outer():\n    yield from inner()\n\ng = outer()\n"
    "next(g)\ng.send(1)\n";

const RunSentence kRunSentences[] = {
    {"throw() reaches inner straight from line 14, but inner's value goes back to outer's yield from",
     "def inner():\n    try:\n        yield 1\n    except KeyError:\n        return 'handled'\n\n"
     "def outer():\n    r = yield from inner()\n    print(r)\n    yield 5\n\ng = outer()\nnext(g)\n"
     "print(g.throw(KeyError))\n",
     EventKind::Return, "inner", 1,
     "inner returns: the generator is closed, StopIteration carries 'handled' to yield from at line 8."},
    {"a value sent to a generator paused in yield from goes on to the delegate", kSendThroughYieldFrom,
     EventKind::Resume, "outer", 1,
     "send() at line 10 resumes outer at line 6, where its yield from passes 1 on to inner."},
    {"...and the delegate's paused yield is the one that evaluates to it", kSendThroughYieldFrom, EventKind::Resume,
     "inner", 1, "yield from at line 6 resumes inner at line 2: the paused yield evaluates to 1."},
    {"of a.send(next(b)), next() asks b",
     "def gen():\n    x = yield 1\n    yield x\na = gen()\nb = gen()\nnext(a)\nnext(b)\nprint(a.send(next(b)))\n",
     EventKind::Resume, "gen", 1, "next() at line 8 resumes gen at line 2."},
    {"the loop iterates the range, next() starts the generator",
     "def gen():\n    yield 3\ng = gen()\nfor i in range(next(g)):\n    pass\n", EventKind::Call, "gen", 1,
     "next() at line 4 starts gen: its body runs for the first time, from line 1."},
    {"an exception leaving a generator's finally during its release goes no further",
     "def gen():\n    try:\n        yield 1\n    finally:\n        raise KeyError('fin')\ng = gen()\nnext(g)\n"
     "del g\nprint('after')\n",
     EventKind::Return, "gen", 1,
     "gen ends with KeyError: 'fin': the generator is closed. Python was closing it because nothing refers to it any "
     "more, so the exception goes no further: Python reports it as ignored, in Output, and the program goes on."},
    {"a StopIteration leaving a generator becomes RuntimeError",
     "def gen():\n    yield 1\ng = gen()\nnext(g)\ntry:\n    g.throw(StopIteration)\nexcept RuntimeError as e:\n"
     "    print('rt', e)\n",
     EventKind::Return, "gen", 1,
     "gen ends with StopIteration: the generator is closed. A StopIteration may not leave a generator, so Python "
     "raises RuntimeError (generator raised StopIteration) in its place, and the exception goes on to line 6."},
    {"helper is released when outer's frame ends, close() was called on outer",
     "def helper():\n    try:\n        yield 1\n    finally:\n        print('helper fin')\ndef outer():\n"
     "    h = helper()\n    next(h)\n    yield 'o'\ng = outer()\nnext(g)\ng.close()\n",
     EventKind::Resume, "helper", 1,
     "Nothing refers to helper any more as line 12 runs, so Python closes it. It resumes at line 3, where "
     "GeneratorExit "
     "is raised."},
    {"a delegate closed because its delegator is released is closed through the yield from",
     "def inner():\n    try:\n        yield 1\n    finally:\n        print('inner closed')\n\n"
     "def outer():\n    yield from inner()\n\ng = outer()\nnext(g)\ndel g\nprint('end')\n",
     EventKind::Return, "inner", 1,
     "inner is closed: GeneratorExit was raised at its paused line 3, and it finished at line 5 without yielding "
     "again. The yield from at line 8 passed it on: the generator delegating to inner is being closed."},
    {"the value returned from a finally during throw() goes to throw()",
     "def gen():\n    try:\n        yield 1\n    finally:\n        return 'fin'\n\ng = gen()\nnext(g)\ntry:\n"
     "    g.throw(ValueError)\nexcept StopIteration as e:\n    print(e.value)\n",
     EventKind::Return, "gen", 1,
     "gen returns: the generator is closed, StopIteration carries 'fin' to throw() at line 10."},
    {"an exception leaving a generator is the one raised in its own frame, not one of a generator closed on the way",
     "def inner():\n    try:\n        yield 1\n    finally:\n        print('inner cleanup')\ndef outer():\n"
     "    for x in inner():\n        raise ValueError('oops')\n    yield 'never'\ntry:\n    list(outer())\n"
     "except ValueError:\n    print('caught')\n",
     EventKind::Return, "outer", 1,
     "outer ends with ValueError: oops: the generator is closed, and the exception goes on to line 11."},
    {"CPython's 'call' of a generator its delegate's exception comes back to is not its first run",
     "def inner():\n    yield 1\ndef outer():\n    yield from inner()\ng = outer()\nnext(g)\ntry:\n"
     "    g.throw(ValueError('v'))\nexcept ValueError:\n    print('caught')\n",
     EventKind::Call, "outer", 2,
     "outer runs again at line 4: the exception its delegate let out comes back to its yield from."},
    {"chain() asks the generators of a for loop over it, and goes on to the next one",
     "from itertools import chain\ndef evens():\n    yield 0\ndef odds():\n    yield 1\n"
     "for x in chain(evens(), odds()):\n    print(x)\n",
     EventKind::Return, "evens", 1,
     "evens returns: the generator is closed, StopIteration tells chain() at line 6 that it has no more values."},
    {"in asks the generator; print() is not called yet", "def nums():\n    yield 0\n    yield 4\nprint(4 in nums())\n",
     EventKind::Call, "nums", 1, "The in test at line 4 starts nums: its body runs for the first time, from line 1."},
    {"[*gen()] is unpacked before len() and print() are called", "def gen():\n    yield 1\nprint(len([*gen()]))\n",
     EventKind::Return, "gen", 1,
     "gen returns: the generator is closed: the unpacking at line 3 has had all its values."},
    {"next() with a default returns it instead of raising StopIteration",
     "def result():\n    yield 1\n    return 'r'\ng = result()\nnext(g)\nprint(next(g, 'default'))\n",
     EventKind::Return, "result", 1,
     "result returns: the generator is closed, StopIteration carries 'r' to next() at line 6, which drops it and "
     "returns the default it was given."},
    {"close() drops what a generator returns while being closed (CPython 3.11)",
     "def gen():\n    try:\n        yield 1\n    except GeneratorExit:\n        return 'ignored'\ng = gen()\n"
     "next(g)\nprint(g.close())\n",
     EventKind::Return, "gen", 1,
     "gen returns: the generator is closed with 'ignored', which close() at line 8 drops: close() returns None."},
    {"a class statement runs its body; nothing calls the class",
     "class Countdown:\n    start = 3\nprint(Countdown.start)\n", EventKind::Call, "Countdown", 1,
     "The body of class Countdown runs, from line 1: what it defines becomes the class's attributes."},
    {"send(None) makes the paused yield evaluate to None",
     "def listener():\n    while True:\n        msg = yield\n        print(msg is None)\nl = listener()\n"
     "next(l)\nl.send(None)\n",
     EventKind::Resume, "listener", 1,
     "send() at line 7 resumes listener at line 3: the paused yield evaluates to None."},
    {"yield from over a list calls the list iterator's send, which it lacks",
     "def deleg():\n    yield from [1, 2]\nd = deleg()\nnext(d)\ntry:\n    d.send('x')\n"
     "except AttributeError as e:\n    print(e)\n",
     EventKind::Resume, "deleg", 1,
     "send() at line 6 resumes deleg at line 2, where its yield from calls send('x') on the list_iterator."},
    {"a generator expression's own steps do not quote the statement around it as running again",
     "squares = (i * i for i in range(2))\nprint(sum(squares))\n", EventKind::Line, "<genexpr>", 1,
     "The generator expression on line 1 runs its next step."},
    {"a yield while being closed makes close() raise RuntimeError",
     "def gen():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n\ng = gen()\nnext(g)\n"
     "try:\n    g.close()\nexcept RuntimeError as e:\n    print('rt', e)\n",
     EventKind::Yield, "gen", 2,
     "gen yields 2 at line 5 while being closed: a generator may not yield after GeneratorExit, so Python raises "
     "RuntimeError (generator ignored GeneratorExit)."},
};

TEST(Narration, SentencesOfRealRunsSayWhatCPythonDid) {
  for (const RunSentence& c : kRunSentences) {
    SCOPED_TRACE(c.why);
    Session session;
    ASSERT_TRUE(session.load(c.program, "run.py"));
    int seen = 0;
    std::string says;
    for (uint64_t step = 0; step < session.stepCount() && says.empty(); ++step) {
      const Snapshot& s = session.goTo(step);
      if (s.event == c.event && s.function == c.function && ++seen == c.occurrence) says = s.says;
    }
    EXPECT_EQ(says, c.says);
  }
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
