// narration.h — one plain sentence for each step, for the window and `trace`.
//
// The sentence is built only from facts the paused run holds (event, frame,
// values, and what asked a generator: the builtin or native iterator running
// for the frame below, else that frame's instruction), so it can never be
// wrong about the state: "squares yields 4 and pauses at line 3; i = 2 is kept".
// Only where the run does not tell (a unit test's bare input) is the asking
// line's text read.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/vm/run_types.h"

namespace ys {
class VM;
struct Frame;
struct TraceEvent;
}  // namespace ys

namespace ys {

// What a frame's own instruction does when it asks a generator for values.
enum class AskingInstruction { Unknown, ForLoop, Comprehension, GeneratorExpression, YieldFrom, InTest, Unpacking };

struct NarrationInput {
  EventKind event = EventKind::Line;
  std::string function;  // co_name of the frame the event happened in
  int line = 0;
  bool inGenerator = false;  // that frame belongs to a generator (or genexpr)
  std::string value;         // repr of the yielded/returned value (for a resume: the value sent in)
  std::string exception;     // "ZeroDivisionError: division by zero"; for a call or
                             // resume: the exception thrown in (close(), throw())
  bool neverPaused = false;  // a generator that has not yielded yet
  int pausedLine = 0;        // a generator's Return: the line it was last paused at
  std::vector<std::pair<std::string, std::string>> locals;  // the frame's locals, reprs
  int callerLine = 0;                                       // line of the frame below (caller or resumer); 0 if none
  std::string callerSource;                                 // text of that line
  std::string lineSource;                                   // text of `line`
  bool endsByException = false;  // Return right after an exception in this frame / End after an uncaught one
  std::string endingException;   // that exception ("GeneratorExit"), for a Return that ends by one
  // Line events: the frame's locals that are finished generators, which this
  // line asks for values again (`list(results)` a second time).
  std::vector<std::string> exhausted;
  // A generator's events: the names the frame below has for it, so that of
  // `a.send(next(b))` the part that asks it is found.
  std::vector<std::string> callerNames;
  bool finalizing = false;          // it is being closed because nothing refers to it any more
  std::string delegate;             // a resume at a `yield from`: what it delegates to
  bool delegateIsGenerator = true;  // that delegate is a generator (else an iterator without send())
  bool yieldsWhileClosing = false;  // a yield after GeneratorExit was thrown in
  bool classBody = false;           // the frame runs a class statement's body
  bool reentered = false;           // a generator's Call event although its body already ran (see onCall)
  // What asked a generator (its call, resume or return), from the run
  // itself: a native the frame below runs ("list", "itertools.chain",
  // "send", with its positional argument count), else that frame's own
  // instruction. When neither is known the asking line's text is read.
  std::string askingNative;
  size_t askingNativeArgs = 0;
  bool askingNativeIsIterator = false;  // a native iterator (chain, map, zip) rather than a builtin called
  AskingInstruction askingInstruction = AskingInstruction::Unknown;
};

std::string narrate(const NarrationInput& in);

// A generator that Python closed as it exited, after the last step: the
// module's names were cleared and nothing referred to it any more.
struct ClosedAtExit {
  uint64_t id = 0;
  std::string name;
  int pausedLine = 0;  // 0: it never started
};

// What happened as Python exited, to follow the end step's sentence; "" when
// nothing was closed, nothing printed and the budget held.
std::string narrateExit(const std::vector<ClosedAtExit>& closed, bool printed, bool outranBudget);

// "<generator object evens at 0x7f3a...>" -> "<generator object evens>": an
// address tells a beginner nothing (and differs from run to run). Text that
// only looks like one ('at 0x12 is text') is kept.
std::string withoutAddresses(std::string repr);

// Line `line` (1-based) of the program's source lines, or "" past either end.
std::string lineText(const std::vector<std::string>& lines, int line);

// The facts for one event, read from the paused engine (no user code runs).
// `lines` is the program's source split in lines. What only the run's
// history tells (whether a generator ran, the exception that ends it) the
// snapshot builder adds.
NarrationInput narrationFor(const VM& vm, const TraceEvent& ev, const std::vector<std::string>& lines,
                            size_t reprLimit);

// What asks a generator that `askingFrame` resumes, as a short label for the
// pipeline's arrows: the native running for that frame ("chain()", "next()",
// "send()"), else its instruction ("for loop", "yield from", "in test"); ""
// when the run does not tell. The same facts narration's sentences use.
std::string askingLabel(const VM& vm, const Frame& askingFrame);

}  // namespace ys
