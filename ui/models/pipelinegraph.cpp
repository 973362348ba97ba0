#include "ui/models/pipelinegraph.h"

#include <QObject>
#include <algorithm>
#include <map>
#include <set>

#include "ui/models/viewtext.h"

namespace ys::ui {

namespace {

// How far back the history is searched for a generator's last resume. Past
// it the diagram claims nothing (no arrow) rather than stall a step.
constexpr uint64_t kMaxLookBack = 200'000;

QString howText(const QString& phrase, int line) {
  return phrase.isEmpty() ? QObject::tr("line %1").arg(line) : QObject::tr("%1, line %2").arg(phrase).arg(line);
}

class Builder {
 public:
  Builder(const Snapshot& s, const PipelineGraph::Record& record) : m_s(s), m_h(record.history), m_record(record) {}

  PipelineGraph run() {
    addGenerators();
    addStackPulls();
    addLastPulls();
    addHolds();
    markDelegation();
    markValueNow();
    return std::move(m_g);
  }

 private:
  void addGenerators() {
    for (const GeneratorView& g : m_s.generators) {
      if (g.state == GenState::Closed || g.freed) continue;
      PipelineNode n;
      n.generatorId = g.id;
      n.title = generatorTitle(g.name, g.id);
      n.state = g.state;
      n.line = g.line;
      if (!g.yielded.empty()) n.lastValue = toQ(g.yielded.back());
      for (size_t i = 0; i < m_s.stack.size(); ++i)
        if (m_s.stack[i].generatorId == g.id) {
          n.stackIndex = int(i);
          n.onStack = true;
          n.line = m_s.stack[i].line;
        }
      m_g.nodes.push_back(n);
    }
  }

  // The node of stack frame i: its generator's, or a plain frame's (made on demand).
  int frameNode(size_t i) {
    const FrameView& f = m_s.stack[i];
    if (f.generatorId) return m_g.nodeOfGenerator(f.generatorId);
    if (const int n = m_g.nodeOfFrame(int(i)); n >= 0) return n;
    PipelineNode n;
    n.stackIndex = int(i);
    n.title = toQ(f.function);
    n.line = f.line;
    n.state = GenState::Running;
    n.onStack = true;
    m_g.nodes.push_back(n);
    return int(m_g.nodes.size()) - 1;
  }

  void addEdge(int producer, int consumer, int consumerLine, const std::string& asker, bool active) {
    if (producer < 0 || consumer < 0 || producer == consumer || hasEdge(producer, consumer)) return;
    const QString phrase = toQ(asker);
    PipelineEdge e;
    e.producer = producer;
    e.consumer = consumer;
    e.kind = phrase == QLatin1String("yield from") ? PipelineEdge::Kind::Delegation : PipelineEdge::Kind::Pull;
    e.how = howText(phrase, consumerLine);
    e.active = active;
    m_g.edges.push_back(e);
  }

  bool hasEdge(int a, int b) const {
    return std::any_of(m_g.edges.begin(), m_g.edges.end(), [&](const PipelineEdge& e) {
      return (e.producer == a && e.consumer == b) || (e.producer == b && e.consumer == a);
    });
  }

  // Asking now: each generator frame on the stack was resumed by the frame below it.
  void addStackPulls() {
    for (size_t i = 0; i + 1 < m_s.stack.size(); ++i) {
      if (!m_s.stack[i].generatorId) continue;
      const int producer = m_g.nodeOfGenerator(m_s.stack[i].generatorId);
      if (producer < 0) continue;
      addEdge(producer, frameNode(i + 1), m_s.stack[i + 1].line, m_s.stack[i].askedBy, true);
    }
  }

  // Asked last: the newest call/resume event of each suspended generator not
  // on the stack, and the frame one level below it then.
  void addLastPulls() {
    if (m_h.empty()) return;
    std::set<uint64_t> wanted;
    for (const PipelineNode& n : m_g.nodes)
      if (n.generatorId && !n.onStack && n.state == GenState::Suspended) wanted.insert(n.generatorId);
    const uint64_t top = std::min<uint64_t>(m_s.step, m_h.size() - 1);
    const uint64_t bottom = top > kMaxLookBack ? top - kMaxLookBack : 0;
    for (uint64_t r = top + 1; r-- > bottom && !wanted.empty();) {
      const StepRecord& rec = m_h[r];
      if ((rec.event != EventKind::Call && rec.event != EventKind::Resume) || !wanted.count(rec.generatorId)) continue;
      wanted.erase(rec.generatorId);
      addLastPull(rec.generatorId, r, askerAt(r));
    }
  }

  // What asked the generator at record r (its call or resume), from the run.
  std::string askerAt(uint64_t r) const {
    const uint16_t i = m_h[r].askerIndex;
    return i < m_record.askerLabels.size() ? m_record.askerLabels[i] : std::string();
  }

  void addLastPull(uint64_t id, uint64_t r, const std::string& asker) {
    const int32_t depth = m_h[r].depth;
    const uint64_t bottom = r > kMaxLookBack ? r - kMaxLookBack : 0;
    for (uint64_t k = r; k-- > bottom;) {
      const StepRecord& frame = m_h[k];
      if (frame.depth > depth - 1) continue;  // frames it called meanwhile
      if (frame.depth < depth - 1) return;    // that frame had returned: nobody to name
      int consumer = -1;
      if (frame.generatorId) {
        consumer = m_g.nodeOfGenerator(frame.generatorId);
      } else {
        // A plain frame: the same function must still stand at that depth.
        const size_t fromTop = m_s.stack.size() >= size_t(depth - 1) ? m_s.stack.size() - size_t(depth - 1) : SIZE_MAX;
        if (fromTop < m_s.stack.size() && !m_s.stack[fromTop].generatorId &&
            frame.functionIndex < m_record.functionNames.size() &&
            m_s.stack[fromTop].function == m_record.functionNames[frame.functionIndex] && !returnedSince(k, depth - 1))
          consumer = frameNode(fromTop);
      }
      addEdge(m_g.nodeOfGenerator(id), consumer, frame.line, asker, false);
      return;
    }
  }

  // Whether the frame at `depth` returned after step `from` (then the frame
  // there now is another call of the same function, not the asker).
  bool returnedSince(uint64_t from, int32_t depth) const {
    const uint64_t to = std::min<uint64_t>(m_s.step, m_h.size() - 1);
    for (uint64_t i = from + 1; i <= to && i <= from + kMaxLookBack; ++i)
      if (m_h[i].event == EventKind::Return && m_h[i].depth == depth) return true;
    return to > from + kMaxLookBack;  // too far to tell: claim nothing
  }

  // Holds: a frame's local bound to a generator it is not pulling from.
  void addHolds() {
    auto holds = [&](int holder, const std::vector<VariableView>& locals) {
      for (const VariableView& v : locals) {
        const int held = v.value.generatorId ? m_g.nodeOfGenerator(v.value.generatorId) : -1;
        if (held < 0 || held == holder || hasEdge(held, holder)) continue;
        PipelineEdge e;
        e.producer = held;
        e.consumer = holder;
        e.kind = PipelineEdge::Kind::Holds;
        e.how = QObject::tr("holds it as %1").arg(toQ(v.name));
        m_g.edges.push_back(e);
      }
    };
    for (const GeneratorView& g : m_s.generators)
      if (const int n = m_g.nodeOfGenerator(g.id); n >= 0 && !m_g.nodes[size_t(n)].onStack) holds(n, g.locals);
    for (size_t i = 0; i < m_s.stack.size(); ++i) {
      const bool refers = std::any_of(
          m_s.stack[i].locals.begin(), m_s.stack[i].locals.end(),
          [&](const VariableView& v) { return v.value.generatorId && m_g.nodeOfGenerator(v.value.generatorId) >= 0; });
      if (refers) holds(frameNode(i), m_s.stack[i].locals);
    }
  }

  void markDelegation() {
    std::set<int> delegates, delegating;
    for (const PipelineEdge& e : m_g.edges)
      if (e.kind == PipelineEdge::Kind::Delegation) {
        delegates.insert(e.producer);
        delegating.insert(e.consumer);
      }
    for (int n : delegates)
      if (!delegating.count(n)) m_g.nodes[size_t(n)].innermost = true;
  }

  void markValueNow() {
    if (m_s.event != EventKind::Yield || !m_s.value || m_s.step >= m_h.size()) return;
    const int n = m_g.nodeOfGenerator(m_h[m_s.step].generatorId);
    if (n < 0) return;
    m_g.nodes[size_t(n)].yieldsNow = true;
    for (PipelineEdge& e : m_g.edges)
      if (e.producer == n && e.kind != PipelineEdge::Kind::Holds) e.valueNow = toQ(*m_s.value);
  }

  const Snapshot& m_s;
  const std::vector<StepRecord>& m_h;
  const PipelineGraph::Record& m_record;
  PipelineGraph m_g;
};

}  // namespace

PipelineGraph PipelineGraph::build(const Snapshot& snapshot, const Record& record) {
  return Builder(snapshot, record).run();
}

int PipelineGraph::nodeOfGenerator(uint64_t id) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].generatorId == id && id) return int(i);
  return -1;
}

int PipelineGraph::nodeOfFrame(int stackIndex) const {
  for (size_t i = 0; i < nodes.size(); ++i)
    if (!nodes[i].generatorId && nodes[i].stackIndex == stackIndex) return int(i);
  return -1;
}

QString PipelineGraph::describe() const {
  QStringList out;
  for (const PipelineEdge& e : edges) {
    QString line =
        QStringLiteral("%1 -> %2 [%3]").arg(nodes[size_t(e.producer)].title, nodes[size_t(e.consumer)].title, e.how);
    if (e.active) line += QStringLiteral(" active");
    if (e.kind == PipelineEdge::Kind::Holds) line += QStringLiteral(" holds");
    if (!e.valueNow.isEmpty()) line += QStringLiteral(" value=") + e.valueNow;
    out << line;
  }
  for (const PipelineNode& n : nodes)
    if (n.innermost) out << QStringLiteral("innermost %1").arg(n.title);
  return out.join(QLatin1Char('\n'));
}

}  // namespace ys::ui
