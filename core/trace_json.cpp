#include "core/trace_json.h"

#include <cstdio>

#include "core/bigstack.h"
#include "core/inspect.h"
#include "core/narration.h"

namespace ys {

std::string jsonQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
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

namespace {

const char* stateWord(GenState s) {
  switch (s) {
    case GenState::Created: return "created";
    case GenState::Running: return "running";
    case GenState::Suspended: return "suspended";
    case GenState::Closed: return "closed";
  }
  return "closed";
}

class JsonTracer : public Tracer {
 public:
  JsonTracer(const TraceOptions& options, const std::vector<std::string>& lines,
             const std::function<void(std::string_view)>& writeLine)
      : m_options(options), m_lines(lines), m_writeLine(writeLine) {}

  void onEvent(VM& vm, const TraceEvent& ev) override {
    const bool endsByException = m_lastKind == EventKind::Exception && m_lastFrame == ev.frame;
    m_lastKind = ev.kind;
    m_lastFrame = ev.frame;
    std::string line = "{\"step\": " + std::to_string(m_step++) + ", \"event\": " + jsonQuote(eventName(ev.kind)) +
                       ", \"func\": " + jsonQuote(ev.frame ? ev.frame->code->name : "<module>") +
                       ", \"line\": " + std::to_string(ev.line);
    if (ev.value && (ev.kind == EventKind::Yield || ev.kind == EventKind::Return))
      line += ", \"value\": " + jsonQuote(shortRepr(*ev.value, m_options.reprLimit));
    if (ev.value && (ev.kind == EventKind::Exception || (ev.kind == EventKind::End)))
      line += ", \"exc\": " + jsonQuote(exceptionTypeName(*ev.value));
    if (m_options.withLocals && ev.frame) line += ", \"locals\": " + localsJson(*ev.frame);
    line += ", \"generators\": " + generatorsJson(vm);
    line += ", \"says\": " + jsonQuote(narrate(narrationFor(ev, m_lines, endsByException, 80)));
    line += "}\n";
    m_writeLine(line);
  }

 private:
  std::string localsJson(const Frame& frame) const {
    std::string out = "{";
    bool first = true;
    for (auto& [name, value] : frameLocals(frame)) {
      if (!first) out += ", ";
      first = false;
      out += jsonQuote(name) + ": " + jsonQuote(shortRepr(value, m_options.reprLimit));
    }
    return out + "}";
  }

  static std::string generatorsJson(VM& vm) {
    std::string out = "[";
    bool first = true;
    for (const GeneratorObj* gen : vm.liveGenerators()) {
      if (!first) out += ", ";
      first = false;
      const int line = gen->state == GenState::Created ? gen->code->firstLine : gen->suspendedLine;
      out += "{\"id\": " + std::to_string(gen->id) + ", \"func\": " + jsonQuote(gen->name) +
             ", \"state\": " + jsonQuote(stateWord(gen->state)) + ", \"line\": " + std::to_string(line) + "}";
    }
    return out + "]";
  }

  const TraceOptions& m_options;
  const std::vector<std::string>& m_lines;
  const std::function<void(std::string_view)>& m_writeLine;
  uint64_t m_step = 0;
  EventKind m_lastKind = EventKind::Line;
  const Frame* m_lastFrame = nullptr;
};

}  // namespace

RunResult writeTrace(const std::string& source, const std::string& filename, const TraceOptions& options,
                     const std::function<void(std::string_view)>& writeLine,
                     const std::function<void(std::string_view)>& writeOutput) {
  const std::vector<std::string> lines = splitSourceLines(source);
  JsonTracer tracer(options, lines, writeLine);
  RunResult result;
  runOnBigStack([&] {
    Budgets budgets;
    budgets.maxSteps = options.maxSteps;
    VM vm(budgets);
    vm.setTracer(&tracer);
    vm.setOutput(writeOutput);
    vm.setArgv({filename});
    result = vm.runSource(source, filename);
    vm.setTracer(nullptr);  // finalisers run by ~VM are not steps of the run
  });
  return result;
}

}  // namespace ys
