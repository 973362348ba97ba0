#include "core/debug/snapshot_builder.h"

#include <algorithm>
#include <set>

#include "core/debug/footprint.h"
#include "core/debug/inspect.h"
#include "core/debug/narration.h"
#include "core/runtime/memory.h"

namespace ys {

namespace {

// Narration quotes values at this length whatever the panels show.
constexpr size_t kNarrationReprLimit = 80;

// Building a snapshot may create short-lived objects (a repr's pieces). They
// take their serials from the readers' range (ReaderScope), so the program's
// fake addresses, ids and identity hashes further on do not depend on whether
// the debugger looked, and they must not raise the program's recorded peak.
// (Not copyable, as its ReaderScope is not.)
struct HeapAccountGuard {
  HeapAccount* account = currentHeapAccount();
  int64_t peak = account ? account->peakBytes : 0;
  ReaderScope serials;
  ~HeapAccountGuard() {
    if (account) account->peakBytes = peak;
  }
};

}  // namespace

SnapshotBuilder::SnapshotBuilder(std::vector<std::string> sourceLines, SnapshotOptions options)
    : m_lines(std::move(sourceLines)), m_options(options) {}

void SnapshotBuilder::track(VM& vm, const TraceEvent& ev) {
  if (!ev.frame || !ev.frame->generator) return;
  const GeneratorObj* gen = ev.frame->generator;
  if (m_generators.size() >= m_forgetAt && !m_generators.count(gen->id)) forgetFreed(vm);
  GeneratorTrack& t = trackOf(*gen);
  t.lastLine = ev.line;
  // Each frame an exception leaves reports it there, so the last one in the
  // generator's own frame is the one its Return ends by.
  if (ev.kind == EventKind::Exception && ev.value) {
    HeapAccountGuard guard;
    t.lastException = exceptionText(*ev.value);
  }
  t.ranBefore = t.ran;
  if (ev.kind == EventKind::Call && !ev.thrownIn) t.ran = true;
  if (ev.kind == EventKind::Call || ev.kind == EventKind::Resume) {
    t.closing = false;
    if (ev.thrownIn && ev.value) {  // only then is there a name to read
      HeapAccountGuard guard;
      t.closing = exceptionTypeName(*ev.value) == "GeneratorExit";
    }
  }
  if (ev.kind == EventKind::Yield && ev.value) {
    if (t.yielded.size() == kMaxYieldsPerGenerator) t.yielded.erase(t.yielded.begin());
    ++t.yieldCount;
    HeapAccountGuard guard;
    t.yielded.push_back(shortRepr(*ev.value, m_options.reprLimit));
  } else if (ev.kind == EventKind::Return && ev.value && !ev.endsByException) {
    HeapAccountGuard guard;
    t.returned = shortRepr(*ev.value, m_options.reprLimit);
  }
}

SnapshotBuilder::GeneratorTrack& SnapshotBuilder::trackOf(const GeneratorObj& gen) {
  auto [it, inserted] = m_generators.try_emplace(gen.id);
  if (inserted) {
    it->second.name = gen.name;
    it->second.sizeBytes = getsizeof(Value::object(const_cast<GeneratorObj*>(&gen)));
  }
  return it->second;
}

ValueView SnapshotBuilder::view(const Value& v) const {
  ValueView out;
  out.repr = shortRepr(v, m_options.reprLimit);
  out.typeName = typeName(v);
  out.sizeBytes = getsizeof(v);
  if (v.is(ObjKind::Generator)) out.generatorId = v.as<GeneratorObj>()->id;
  return out;
}

std::vector<VariableView> SnapshotBuilder::localsOf(const Frame& frame) const {
  std::vector<VariableView> out;
  for (auto& [name, value] : frameLocals(frame)) {
    if (m_options.hideDefinitions && !frame.function &&
        (value.is(ObjKind::Function) || value.is(ObjKind::Class) || value.is(ObjKind::Builtin)))
      continue;
    out.push_back(VariableView{name, view(value)});
  }
  return out;
}

Snapshot SnapshotBuilder::build(VM& vm, const TraceEvent& ev, uint64_t step) {
  HeapAccountGuard guard;
  Snapshot s;
  s.step = step;
  s.event = ev.kind;
  s.function = ev.frame ? ev.frame->code->name : "<module>";
  s.line = ev.line;
  for (const Frame* f = ev.frame; f; f = f->back) {
    FrameView fv;
    fv.function = f->code->name;
    fv.line = f == ev.frame ? ev.line : f->currentLine();
    if (m_options.withLocals) fv.locals = localsOf(*f);
    fv.generatorId = f->generator ? f->generator->id : 0;
    if (f->generator && f->back) fv.askedBy = askingLabel(vm, *f->back);
    s.stack.push_back(std::move(fv));
  }
  s.generators = generatorViews(vm, ev);
  s.outputBytes = m_outputBytes;
  if (ev.value && (ev.kind == EventKind::Yield || ev.kind == EventKind::Return))
    s.value = shortRepr(*ev.value, m_options.reprLimit);
  if (ev.value && (ev.kind == EventKind::Exception || ev.kind == EventKind::End))
    s.exception = exceptionText(*ev.value);
  if (m_options.withMemory) {
    const Footprint fp = footprint(vm);
    s.memory.totalBytes = fp.totalBytes;
    s.memory.byKind = fp.byKind;
  }
  NarrationInput said = narrationFor(vm, ev, m_lines, kNarrationReprLimit);
  if (ev.frame && ev.frame->generator) {
    const GeneratorTrack& t = trackOf(*ev.frame->generator);
    said.neverPaused = !t.ran;
    said.reentered = ev.kind == EventKind::Call && t.ranBefore;
    if (said.endsByException && ev.kind == EventKind::Return) said.endingException = t.lastException;
    said.yieldsWhileClosing = ev.kind == EventKind::Yield && t.closing;
    const std::vector<GeneratorObj*> live = vm.liveGenerators();
    askedByDelegator(live, ev, said);
    // Two generators of one function are told apart as their cards are.
    const GeneratorObj* gen = ev.frame->generator;
    if (std::any_of(live.begin(), live.end(),
                    [gen](const GeneratorObj* other) { return other != gen && other->name == gen->name; }))
      said.function = gen->name + "#" + std::to_string(gen->id);
  }
  s.says = narrate(said);
  return s;
}

// A generator that another one delegates to with `yield from` is asked by
// that `yield from`, even when throw() or close() reached it straight from
// the line that called them (CPython's _gen_throw does not resume the
// delegating frame): its value or exception goes back to the delegator.
void SnapshotBuilder::askedByDelegator(const std::vector<GeneratorObj*>& live, const TraceEvent& ev,
                                       NarrationInput& said) const {
  for (const GeneratorObj* delegator : live) {
    if (!delegator->yieldFrom.is(ObjKind::Generator) || delegator->yieldFrom.as<GeneratorObj>() != ev.frame->generator)
      continue;
    if (!delegator->frame || ev.frame->back == delegator->frame.get()) return;
    said.callerLine = delegator->frame->currentLine();
    said.callerSource = lineText(m_lines, said.callerLine);
    said.callerNames.clear();
    said.askingNative.clear();
    said.askingInstruction = AskingInstruction::YieldFrom;
    return;
  }
}

std::vector<GeneratorView> SnapshotBuilder::generatorViews(VM& vm, const TraceEvent& ev) {
  std::map<uint64_t, GeneratorView> views;
  for (GeneratorObj* gen : vm.liveGenerators()) {
    GeneratorTrack& t = trackOf(*gen);
    GeneratorView gv;
    gv.id = gen->id;
    gv.name = gen->name;
    gv.state = gen->state;
    // A running generator is on the line its frame is on: the event's line
    // when it is the frame the event happened in (the arrow in the code).
    gv.line = gen->state == GenState::Created                                   ? gen->code->firstLine
              : gen->state == GenState::Running && gen->frame.get() == ev.frame ? ev.line
              : gen->state == GenState::Running && gen->frame                   ? gen->frame->currentLine()
                                                                                : gen->suspendedLine;
    if (m_options.withLocals && gen->frame && gen->state != GenState::Closed) gv.locals = localsOf(*gen->frame);
    if (m_options.withYieldedValues) gv.yielded = t.yielded;
    gv.yieldCount = t.yieldCount;
    gv.returned = t.returned;
    gv.sizeBytes = t.sizeBytes;
    views[gen->id] = std::move(gv);
  }
  // Freed generators can only be closed; the most recent few keep a card.
  // Older ones are forgotten so a program that makes a generator per item
  // does not grow every snapshot (and this map) without bound.
  size_t freedShown = 0;
  for (auto it = m_generators.rbegin(); it != m_generators.rend();) {
    if (views.count(it->first)) {
      ++it;
      continue;
    }
    if (freedShown == m_options.maxFreedGenerators) {
      it = decltype(it)(m_generators.erase(std::next(it).base()));
      continue;
    }
    ++freedShown;
    const GeneratorTrack& t = it->second;
    GeneratorView gv;
    gv.id = it->first;
    gv.name = t.name;
    gv.state = GenState::Closed;
    gv.line = t.lastLine;
    if (m_options.withYieldedValues) gv.yielded = t.yielded;
    gv.yieldCount = t.yieldCount;
    gv.returned = t.returned;
    gv.sizeBytes = t.sizeBytes;
    gv.freed = true;
    views[it->first] = std::move(gv);
    ++it;
  }
  std::vector<GeneratorView> out;
  out.reserve(views.size());
  for (auto& [id, gv] : views) out.push_back(std::move(gv));
  return out;
}

void SnapshotBuilder::forgetFreed(VM& vm) {
  std::set<uint64_t> live;
  for (GeneratorObj* gen : vm.liveGenerators()) live.insert(gen->id);
  size_t kept = 0;
  for (auto it = m_generators.rbegin(); it != m_generators.rend();) {
    if (live.count(it->first) || kept++ < m_options.maxFreedGenerators) {
      ++it;
      continue;
    }
    it = decltype(it)(m_generators.erase(std::next(it).base()));
  }
  m_forgetAt = std::max<size_t>(1024, 2 * m_generators.size());
}

std::vector<ClosedAtExit> exitLikePython(VM& vm, RunResult& result) {
  std::vector<ClosedAtExit> open;
  for (const GeneratorObj* gen : vm.liveGenerators())
    if (gen->state == GenState::Suspended || gen->state == GenState::Created)
      open.push_back({gen->id, gen->name, gen->state == GenState::Suspended ? gen->suspendedLine : 0});
  vm.exitCleanup(result);
  std::set<uint64_t> stillOpen;
  for (const GeneratorObj* gen : vm.liveGenerators())
    if (gen->state != GenState::Closed) stillOpen.insert(gen->id);
  std::vector<ClosedAtExit> closed;
  for (ClosedAtExit& gen : open)
    if (!stillOpen.count(gen.id)) closed.push_back(std::move(gen));
  // In the order the exit closed them; one that a finally block closed by
  // calling close() is not in that list, and comes last.
  const std::vector<uint64_t>& order = vm.generatorsClosedAtExit();
  auto rank = [&order](const ClosedAtExit& gen) {
    return std::find(order.begin(), order.end(), gen.id) - order.begin();
  };
  std::stable_sort(closed.begin(), closed.end(),
                   [&rank](const ClosedAtExit& a, const ClosedAtExit& b) { return rank(a) < rank(b); });
  return closed;
}

void showExit(Snapshot& end, const std::vector<ClosedAtExit>& closed, bool printed, bool outranBudget) {
  for (GeneratorView& view : end.generators)
    for (const ClosedAtExit& gen : closed)
      if (view.id == gen.id) {
        view.state = GenState::Closed;
        view.locals.clear();
      }
  const std::string exit = narrateExit(closed, printed, outranBudget);
  if (!exit.empty()) end.says += (end.says.empty() ? "" : " ") + exit;
}

}  // namespace ys
