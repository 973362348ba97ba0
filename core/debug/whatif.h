// whatif.h — asking the paused program: evaluate an expression or a
// statement at a step, on a throwaway copy of the run.
//
// The session's cursor waits inside the trace hook at the step on screen.
// To answer a question it forks once more; the copy evaluates the source in
// the chosen frame (its locals, its globals, the generators as they are),
// sends an EvalResult back and exits. The recorded run, the cursor and the
// checkpoints never see the evaluation, so nothing the session shows
// afterwards can change (tests/cli/check_eval_untouched.py checks it).
//
// How the source runs: it is parsed as a module; when it is one expression
// its value is the answer (as python3's eval), otherwise it runs as
// statements (as exec) and a final expression statement's value, when not
// None, is the answer (as the REPL). Names resolve as in
// eval(source, frame.f_globals, frame.f_locals): the frame's locals are
// copied into a dict (CPython's f_locals), the globals are the program's.
//
// evaluateInPausedVm() changes the VM it runs in (budgets, tracer, output
// sink, the program's objects): call it only in a process that is thrown
// away afterwards. Everything else here is plain data and its encoding.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ys {
class VM;
struct Frame;
}  // namespace ys

namespace ys {

// Budgets of one evaluation. An endless evaluation ends at the first one it
// reaches, with a message (EvalStatus::Stopped).
struct EvalLimits {
  uint64_t maxSteps = 1'000'000;               // trace events (lines, calls, yields...) it may run
  int64_t maxMemoryBytes = int64_t(64) << 20;  // live bytes it may add (MemoryError past them)
  int64_t maxMillis = 2000;                    // wall time; past it the evaluation is stopped
  size_t maxOutputBytes = 64 << 10;            // printed text kept (the rest is counted, not kept)
  size_t maxTraceSteps = 40;                   // generator steps listed (the rest are counted)
  size_t reprLimit = 10'000;                   // the answer's repr is cut past this (0: never)
};

// What to ask, and where.
struct EvalRequest {
  std::string source;             // an expression, or statements
  int frameIndex = 0;             // frame of the step's stack, innermost first (Snapshot::stack)
  uint64_t frameOfGenerator = 0;  // nonzero: evaluate in this generator's own frame instead
  uint64_t peekGenerator = 0;     // nonzero: ignore `source`, ask next() of this generator
  EvalLimits limits;
};

enum class EvalStatus : uint8_t {
  Value,        // an answer: repr holds it
  NoValue,      // statements that ran and leave no value to show
  Raised,       // an exception escaped: exception holds its last traceback line
  SyntaxError,  // the source does not compile: exception holds the error line
  Stopped,      // a budget or a Stop ended it: message says which
  Failed,       // no answer could be had (no such frame, the engine failed): message says why
};

// One generator's part in an evaluation: "resumed fib at line 7, yielded 3".
struct EvalStep {
  uint64_t generatorId = 0;
  std::string function;  // the generator's name
  int line = 0;          // the line it was resumed at (or started on)
  std::string text;      // the sentence
};

struct EvalResult {
  EvalStatus status = EvalStatus::Failed;
  std::string repr;             // Value: repr() of the answer (cut past EvalLimits::reprLimit)
  std::string typeName;         // Value: its type ("int", "generator")
  uint64_t generatorId = 0;     // Value: the generator's id when the answer is one
  std::string exception;        // Raised/SyntaxError: "ZeroDivisionError: division by zero"
  std::string message;          // Stopped/Failed: why, as a sentence
  std::string output;           // what the evaluation printed
  bool outputCut = false;       // more was printed than EvalLimits::maxOutputBytes
  std::vector<EvalStep> steps;  // what generators did, in order
  uint64_t moreSteps = 0;       // generator steps not listed (past maxTraceSteps)
  uint64_t eventsRun = 0;       // trace events the evaluation ran, all frames
  // Peek only: what next() would do, as a phrase: "yields 3", "finishes",
  // "finishes, returning 5", "raises ValueError: ...".
  std::string peek;
  int64_t micros = 0;  // wall time the session waited for the answer

  // One line for a terminal or a status bar: the repr, the exception line or the message.
  std::string headline() const;
};

// Evaluates `request` in the VM paused at a trace event whose frame is
// `eventFrame` (null at the run's end: then the module's globals). The VM
// is changed for good: see the file comment. `shouldStop` (may be empty) is
// polled now and then; true stops the evaluation.
EvalResult evaluateInPausedVm(VM& vm, Frame* eventFrame, const EvalRequest& request,
                              bool (*shouldStop)(void*) = nullptr, void* stopContext = nullptr);

// Encoding for the engine's sockets (same binary on both ends).
std::string encodeEvalRequest(const EvalRequest& request);
bool decodeEvalRequest(std::string_view data, EvalRequest& request);
std::string encodeEvalResult(const EvalResult& result);
bool decodeEvalResult(std::string_view data, EvalResult& result);

}  // namespace ys
