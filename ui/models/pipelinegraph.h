// pipelinegraph.h — who pulls values from whom at a step: the data behind
// the pipeline diagram (ui/panels/pipelineview.h), built from a Snapshot and
// the run's record, plain and testable without a window.
//
// Nodes are the live generators of the step (not closed), plus the plain
// frames (the module, a function) that consume one of them. An edge says
// "values go from producer to consumer, because the consumer asks". Only
// what the record proves is drawn:
//
//  * Asking now: a generator frame on the call stack was resumed by the
//    frame right below it (Snapshot::stack, innermost first).
//  * Asked last: a generator not on the stack was last started or resumed
//    (a call or resume event of it in the history) by the frame one level
//    below it at that moment: the newest earlier event at that depth is that
//    frame's. The edge is drawn only if that frame is still there: a live
//    generator, or the same function at the same depth of the stack now.
//  * Holds: a frame whose locals refer to a generator it has not (yet)
//    pulled from: a reference, drawn dashed, not a pull.
//
// How the consumer asks comes from the run, as narration's sentences do:
// the builtin or native iterator running for it ("sum()", "chain()"), else
// its instruction ("for loop", "yield from", "in test"). Where the run does
// not tell, the arrow names only the line.
// A chain of yield from edges has one innermost generator: the one whose
// frame really runs (or pauses at a plain yield); it is marked.
#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "core/debug/session.h"

namespace ys::ui {

struct PipelineNode {
  uint64_t generatorId = 0;  // 0 for a plain frame
  int stackIndex = -1;       // plain frame (or a generator on the stack): index in Snapshot::stack
  QString title;             // "numbers#1", "<module>"
  GenState state = GenState::Created;
  int line = 0;            // paused at / running at
  QString lastValue;       // repr of the latest value yielded ("" if none)
  bool onStack = false;    // running now (it or a frame it waits for is executing)
  bool innermost = false;  // the innermost generator of a yield from chain
  bool yieldsNow = false;  // this step is its yield
};

struct PipelineEdge {
  enum class Kind { Pull, Delegation, Holds };
  int producer = 0;  // node index: values come from here
  int consumer = 0;  // node index: the one asking (or holding)
  Kind kind = Kind::Pull;
  QString how;          // "for loop, line 23", "yield from, line 10", "holds values"
  bool active = false;  // the pull is on the call stack at this step
  QString valueNow;     // the value going along it at this step ("" if none)
};

struct PipelineGraph {
  std::vector<PipelineNode> nodes;
  std::vector<PipelineEdge> edges;

  // The run's record (Session::history(), functionNames(), askerLabels());
  // it may be empty: then only the stack and the locals speak.
  struct Record {
    const std::vector<StepRecord>& history;
    const std::vector<std::string>& functionNames;
    const std::vector<std::string>& askerLabels;
  };
  static PipelineGraph build(const Snapshot& snapshot, const Record& record);

  int nodeOfGenerator(uint64_t id) const;  // -1 when absent
  int nodeOfFrame(int stackIndex) const;   // -1 when absent
  // Edges as text, one per line, for tests: "numbers#1 -> evens#2 [for loop, line 11] active".
  QString describe() const;
};

}  // namespace ys::ui
