#include "core/debug/trace_json.h"

#include <cstdio>
#include <optional>

#include "core/base/bigstack.h"
#include "core/debug/inspect.h"
#include "core/debug/narration.h"
#include "core/debug/snapshot_builder.h"

namespace ys {

std::string jsonQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

SnapshotOptions traceSnapshotOptions(const TraceOptions& options) {
  SnapshotOptions o;
  o.reprLimit = options.reprLimit;
  o.hideDefinitions = false;
  o.withLocals = options.withLocals;
  o.withMemory = false;
  o.withYieldedValues = false;
  return o;
}

namespace {

// Streams one JSON line a step, built from the same snapshots the window shows.
class JsonTracer : public Tracer {
 public:
  JsonTracer(const TraceOptions& options, std::vector<std::string> lines,
             const std::function<void(std::string_view)>& writeLine)
      : m_options(options), m_builder(std::move(lines), traceSnapshotOptions(options)), m_writeLine(writeLine) {}

  void printed(std::string_view text) {
    m_builder.printed(text.size());
    m_pending.append(text);
  }

  void onEvent(VM& vm, const TraceEvent& ev) override {
    m_builder.track(vm, ev);
    Snapshot s = m_builder.build(vm, ev, m_step++);
    if (ev.kind == EventKind::End) {
      m_end = std::move(s);  // written once Python has exited (exitAndWriteEnd)
      return;
    }
    m_writeLine(snapshotJson(s, m_options.withLocals, m_pending));
    m_pending.clear();
  }

  // The end line also tells what Python's exit did after it, and carries
  // what that printed, as the window's end step does.
  void exitAndWriteEnd(VM& vm, RunResult& result) {
    const size_t printedBefore = m_pending.size();
    const std::vector<ClosedAtExit> closed = exitLikePython(vm, result);
    if (!m_end) return;
    showExit(*m_end, closed, m_pending.size() > printedBefore, result.status == RunStatus::StepBudget);
    m_writeLine(snapshotJson(*m_end, m_options.withLocals, m_pending));
    m_pending.clear();
  }

 private:
  const TraceOptions& m_options;
  SnapshotBuilder m_builder;
  const std::function<void(std::string_view)>& m_writeLine;
  uint64_t m_step = 0;
  std::string m_pending;  // printed since the last step
  std::optional<Snapshot> m_end;
};

}  // namespace

std::string snapshotJson(const Snapshot& s, bool withLocals, std::string_view output) {
  std::string line = "{\"step\": " + std::to_string(s.step) + ", \"event\": " + jsonQuote(eventName(s.event)) +
                     ", \"func\": " + jsonQuote(s.function) + ", \"line\": " + std::to_string(s.line);
  if (s.value) line += ", \"value\": " + jsonQuote(*s.value);
  if (s.exception) line += ", \"exc\": " + jsonQuote(s.exception->substr(0, s.exception->find(':')));
  if (withLocals && !s.stack.empty()) {
    line += ", \"locals\": {";
    bool first = true;
    for (const VariableView& v : s.stack.front().locals) {
      if (!first) line += ", ";
      first = false;
      line += jsonQuote(v.name) + ": " + jsonQuote(v.value.repr);
    }
    line += "}";
  }
  line += ", \"generators\": [";
  bool first = true;
  for (const GeneratorView& g : s.generators) {
    if (g.freed) continue;
    if (!first) line += ", ";
    first = false;
    line += "{\"id\": " + std::to_string(g.id) + ", \"func\": " + jsonQuote(g.name) +
            ", \"state\": " + jsonQuote(genStateWord(g.state)) + ", \"line\": " + std::to_string(g.line) + "}";
  }
  line += "]";
  if (!output.empty()) line += ", \"output\": " + jsonQuote(output);
  line += ", \"says\": " + jsonQuote(s.says) + "}\n";
  return line;
}

RunOutcome writeTrace(const std::string& source, const std::string& filename, const TraceOptions& options,
                      const std::function<void(std::string_view)>& writeLine,
                      const std::function<void(std::string_view)>& writeOutput) {
  JsonTracer tracer(options, splitSourceLines(source), writeLine);
  RunResult result;
  runOnBigStack([&] {
    Budgets budgets;
    budgets.maxSteps = options.maxSteps;
    VM vm(budgets);
    vm.setTracer(&tracer);
    vm.setRandomSeed(options.randomSeed);
    // stdout and stderr both reach a step's output, as in the window.
    auto printed = [&](std::string_view text) {
      tracer.printed(text);
      writeOutput(text);
    };
    vm.setOutput(printed);
    vm.setErrorOutput(printed);
    vm.setArgv({filename});
    result = vm.runSource(source, filename);
    vm.setTracer(nullptr);  // Python's exit is not a step of the run
    tracer.exitAndWriteEnd(vm, result);
  });
  return result;
}

}  // namespace ys
