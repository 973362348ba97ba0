// session.cpp — history by recording once, snapshots by deterministic replay.
//
// load() runs the program once with a Recorder: one StepRecord per event, the
// yielded values, and the memory footprint sampled at a rate that keeps the
// cost of walking the heap proportional to the work done (see
// FootprintSampler). The eager twin, when there is one, is run the same way
// for its memory series only.
//
// Snapshots come from a Cursor: a VM on its own thread that replays the
// program and pauses inside the trace hook at the wanted step, builds the
// snapshot there (the engine's own frames and generator objects are the
// picture), and waits. Going forward lets it run on; going back starts a new
// cursor from step 0. A small cache keeps recent snapshots so Back/Next over
// the last few hundred steps cost nothing.
#include "core/session.h"

#include <algorithm>
#include <condition_variable>
#include <list>
#include <map>
#include <mutex>
#include <unordered_map>

#include "core/bigstack.h"
#include "core/inspect.h"
#include "core/memory.h"
#include "core/narration.h"
#if __has_include("core/twin.h")
#include "core/twin.h"
#define YS_HAVE_TWIN 1
#endif

namespace ys {

namespace {

constexpr size_t kMaxYieldRecords = 200'000;   // the window's list of yielded values
constexpr size_t kMaxYieldsPerGenerator = 200;  // shown on a generator's card

// Frames on the call stack, counted along the back links. Consecutive events
// in the same frame (most of them: line events) reuse the last count.
class DepthCounter {
 public:
  int32_t depthOf(const TraceEvent& ev) {
    if (!ev.frame) return 0;
    if (ev.frame == m_lastFrame && ev.kind == EventKind::Line) return m_lastDepth;
    int32_t depth = 0;
    for (const Frame* f = ev.frame; f; f = f->back) ++depth;
    m_lastFrame = ev.frame;
    m_lastDepth = depth;
    return depth;
  }

 private:
  const Frame* m_lastFrame = nullptr;
  int32_t m_lastDepth = 0;
};

// Walking the heap costs time proportional to its size, so the footprint is
// sampled every step while the heap is small and more rarely as it grows
// (every bytes/4096 steps), and never more than ~8000 times per million
// steps. The eager list's growth between two samples stays under ~1%.
class FootprintSampler {
 public:
  // Returns true when a new sample was taken.
  // `force` takes a sample whatever the rate (the end of the run: its final bytes).
  bool maybeSample(const VM& vm, uint64_t step, bool force = false) {
    if (step < m_nextStep && !force) return false;
    m_last = footprint(vm).totalBytes;
    m_points.emplace_back(step, m_last);
    m_peak = std::max(m_peak, m_last);
    const uint64_t bySize = uint64_t(std::max<int64_t>(1, m_last / 4096));
    const uint64_t byCount = step / 8000;
    m_nextStep = step + std::max<uint64_t>({1, bySize, byCount});
    return true;
  }
  int64_t last() const { return m_last; }
  MemorySeries finish(uint64_t steps) {
    MemorySeries series;
    series.points = std::move(m_points);
    series.peakBytes = m_peak;
    series.finalBytes = m_last;
    series.steps = steps;
    return series;
  }

 private:
  uint64_t m_nextStep = 0;
  int64_t m_last = 0;
  int64_t m_peak = 0;
  std::vector<std::pair<uint64_t, int64_t>> m_points;
};

// Records one run: the full history (for the lazy program) or only its
// memory series (for the eager twin).
class Recorder : public Tracer {
 public:
  Recorder(const std::atomic<bool>& cancel, bool fullHistory, size_t reprLimit)
      : m_cancel(cancel), m_full(fullHistory), m_reprLimit(reprLimit) {}

  void onEvent(VM& vm, const TraceEvent& ev) override {
    if (m_cancel.load(std::memory_order_relaxed)) vm.requestStop();
    m_sampler.maybeSample(vm, m_steps, ev.kind == EventKind::End);
    if (m_full) record(ev);
    ++m_steps;
  }

  uint64_t steps() const { return m_steps; }
  FootprintSampler& sampler() { return m_sampler; }
  std::vector<StepRecord> history;
  std::vector<std::string> functionNames;
  std::vector<YieldRecord> yields;

 private:
  void record(const TraceEvent& ev) {
    const GeneratorObj* gen = ev.frame ? ev.frame->generator : nullptr;
    history.push_back(StepRecord{ev.kind, functionIndex(ev.frame), ev.line, m_sampler.last(),
                                 gen ? gen->id : 0, m_depth.depthOf(ev)});
    if (ev.kind == EventKind::Yield && gen && ev.value && yields.size() < kMaxYieldRecords) {
      const Frame* asker = ev.frame->back;
      yields.push_back(YieldRecord{m_steps, gen->id, gen->name, shortRepr(*ev.value, m_reprLimit),
                                   asker ? asker->currentLine() : 0});
    }
  }

  uint16_t functionIndex(const Frame* frame) {
    const CodeObj* code = frame ? frame->code.get() : nullptr;
    if (code && code == m_lastCode) return m_lastIndex;
    const std::string name = code ? code->name : std::string("<module>");
    auto it = m_indexByName.find(name);
    if (it == m_indexByName.end()) {
      it = m_indexByName.emplace(name, uint16_t(functionNames.size())).first;
      functionNames.push_back(name);
    }
    m_lastCode = code;
    m_lastIndex = it->second;
    return it->second;
  }

  const std::atomic<bool>& m_cancel;
  bool m_full;
  size_t m_reprLimit;
  uint64_t m_steps = 0;
  FootprintSampler m_sampler;
  DepthCounter m_depth;
  std::unordered_map<std::string, uint16_t> m_indexByName;
  const CodeObj* m_lastCode = nullptr;
  uint16_t m_lastIndex = 0;
};

std::string withThousands(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string describeEnd(const RunResult& result, uint64_t steps) {
  switch (result.status) {
    case RunStatus::Finished: return {};
    case RunStatus::SyntaxError: return "The program has a syntax error; nothing ran.";
    case RunStatus::Raised:
      return "The program stopped with an uncaught " + exceptionText(result.exception) + ".";
    case RunStatus::StepBudget:
      return "Stopped after " + withThousands(steps) +
             " steps: the step budget ran out (the program may never end). The steps before stay browsable.";
    case RunStatus::Stopped: return "Stopped after " + withThousands(steps) + " steps.";
  }
  return {};
}

// Runs `source` under `tracer` on a big-stack thread and returns the result.
RunResult runTraced(const std::string& source, const std::string& filename, const Budgets& budgets,
                    Tracer& tracer, std::string* output) {
  RunResult result;
  runOnBigStack([&] {
    VM vm(budgets);
    vm.setTracer(&tracer);
    vm.setOutput([output](std::string_view text) {
      if (output) output->append(text);
    });
    vm.setArgv({filename});
    result = vm.runSource(source, filename);
    // Generators still suspended are finalised when the VM is destroyed;
    // that code is not part of the run's history.
    vm.setTracer(nullptr);
  });
  return result;
}

}  // namespace

// ---------------------------------------------------------------- Cursor

// A replaying VM paused inside its trace hook at `at()`.
class Cursor : public Tracer {
 public:
  Cursor(const std::string& source, const std::string& filename, const SessionOptions& options,
         const std::vector<std::string>& lines)
      : m_lines(lines), m_options(options) {
    m_thread = std::make_unique<BigStackThread>([this, source, filename] { run(source, filename); });
  }

  ~Cursor() override {
    {
      std::lock_guard lock(m_mutex);
      m_abort = true;
    }
    m_wake.notify_all();
    m_thread->join();
  }

  uint64_t at() const { return m_pausedAt; }
  bool paused() const { return m_paused; }

  // Runs on to `step` (>= at()) and returns its snapshot; false when the run
  // ended before reaching it. `before` receives snapshots of up to
  // kPrefetch steps just before `step` that the run passed on its way, so
  // that Back after a long jump (Continue, the slider) needs no replay.
  bool advanceTo(uint64_t step, Snapshot& out, std::vector<Snapshot>& before) {
    std::unique_lock lock(m_mutex);
    // A new cursor pauses at step 0 on its own (m_target starts at 0): if it
    // is already waiting exactly here, there is nothing to run.
    if (m_paused && m_pausedAt == step) {
      out = m_snapshot;
      return true;
    }
    m_target = step;
    const uint64_t next = m_paused ? m_pausedAt + 1 : 0;  // first step the run has yet to pass
    m_prefetchFrom = step > next + kPrefetch ? step - kPrefetch : next;
    m_paused = false;
    m_wake.notify_all();
    m_ready.wait(lock, [&] { return m_paused || m_finished; });
    before = std::move(m_prefetched);
    m_prefetched.clear();
    if (!m_paused) return false;
    out = m_snapshot;
    return true;
  }

  void onEvent(VM& vm, const TraceEvent& ev) override {
    track(ev);
    const uint64_t step = m_step++;
    std::unique_lock lock(m_mutex);
    if (m_abort) {
      vm.requestStop();
      return;
    }
    if (step != m_target) {
      if (step >= m_prefetchFrom && step < m_target) m_prefetched.push_back(build(vm, ev, step));
      return;
    }
    m_snapshot = build(vm, ev, step);
    m_pausedAt = step;
    m_paused = true;
    m_ready.notify_all();
    m_wake.wait(lock, [&] { return m_abort || m_target > step; });
    if (m_abort) vm.requestStop();
  }

 private:
  struct GeneratorTrack {
    std::string name;
    std::vector<std::string> yielded;
    std::optional<std::string> returned;
    int lastLine = 0;
    int64_t sizeBytes = 0;
    bool live = true;
  };

  void run(const std::string& source, const std::string& filename) {
    VM vm(m_options.budgets);
    vm.setTracer(this);
    vm.setOutput([this](std::string_view text) { m_output.append(text); });
    vm.setArgv({filename});
    vm.runSource(source, filename);
    vm.setTracer(nullptr);  // finalisers run by ~VM are not steps of the run
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_ready.notify_all();
  }

  // Keeps what generator cards need after the generator object is gone.
  void track(const TraceEvent& ev) {
    const bool afterException = m_lastKind == EventKind::Exception && m_lastFrame == ev.frame;
    m_lastKind = ev.kind;
    m_lastFrame = ev.frame;
    m_endsByException = afterException;
    if (!ev.frame || !ev.frame->generator) return;
    const GeneratorObj* gen = ev.frame->generator;
    GeneratorTrack& t = trackOf(*gen);
    t.lastLine = ev.line;
    if (ev.kind == EventKind::Yield && ev.value) {
      if (t.yielded.size() == kMaxYieldsPerGenerator) t.yielded.erase(t.yielded.begin());
      t.yielded.push_back(shortRepr(*ev.value, m_options.reprLimit));
    } else if (ev.kind == EventKind::Return && ev.value && !afterException) {
      t.returned = shortRepr(*ev.value, m_options.reprLimit);
    }
  }

  GeneratorTrack& trackOf(const GeneratorObj& gen) {
    auto [it, inserted] = m_generators.try_emplace(gen.id);
    if (inserted) {
      it->second.name = gen.name;
      it->second.sizeBytes = getsizeof(Value::object(const_cast<GeneratorObj*>(&gen)));
    }
    return it->second;
  }

  ValueView view(const Value& v) const {
    ValueView out;
    out.repr = shortRepr(v, m_options.reprLimit);
    out.typeName = typeName(v);
    out.sizeBytes = getsizeof(v);
    if (v.is(ObjKind::Generator)) out.generatorId = v.as<GeneratorObj>()->id;
    return out;
  }

  std::vector<VariableView> localsOf(const Frame& frame) const {
    std::vector<VariableView> out;
    for (auto& [name, value] : frameLocals(frame)) {
      if (!frame.function && (value.is(ObjKind::Function) || value.is(ObjKind::Class) ||
                              value.is(ObjKind::Builtin)))
        continue;  // module-level defs are code, not data: keep the variables panel about data
      out.push_back(VariableView{name, view(value)});
    }
    return out;
  }

  Snapshot build(VM& vm, const TraceEvent& ev, uint64_t step) {
    Snapshot s;
    s.step = step;
    s.event = ev.kind;
    s.function = ev.frame ? ev.frame->code->name : "<module>";
    s.line = ev.line;
    for (const Frame* f = ev.frame; f; f = f->back) {
      FrameView fv;
      fv.function = f->code->name;
      fv.line = f == ev.frame ? ev.line : f->currentLine();
      fv.locals = localsOf(*f);
      fv.generatorId = f->generator ? f->generator->id : 0;
      s.stack.push_back(std::move(fv));
    }
    s.generators = generatorViews(vm);
    s.outputBytes = m_output.size();
    if (ev.value && (ev.kind == EventKind::Yield || ev.kind == EventKind::Return))
      s.value = shortRepr(*ev.value, m_options.reprLimit);
    if (ev.value && (ev.kind == EventKind::Exception || ev.kind == EventKind::End))
      s.exception = exceptionText(*ev.value);
    const Footprint fp = footprint(vm);
    s.memory.totalBytes = fp.totalBytes;
    s.memory.byKind = fp.byKind;
    s.says = narrate(narrationFor(ev, m_lines, m_endsByException, m_options.reprLimit));
    return s;
  }

  std::vector<GeneratorView> generatorViews(VM& vm) {
    for (auto& [id, t] : m_generators) t.live = false;
    std::map<uint64_t, GeneratorView> views;
    for (GeneratorObj* gen : vm.liveGenerators()) {
      GeneratorTrack& t = trackOf(*gen);
      t.live = true;
      GeneratorView gv;
      gv.id = gen->id;
      gv.name = gen->name;
      gv.state = gen->state;
      gv.line = gen->state == GenState::Created ? gen->code->firstLine
                : gen->state == GenState::Running && gen->frame ? gen->frame->currentLine()
                                                                 : gen->suspendedLine;
      if (gen->frame && gen->state != GenState::Closed) gv.locals = localsOf(*gen->frame);
      gv.yielded = t.yielded;
      gv.returned = t.returned;
      gv.sizeBytes = t.sizeBytes;
      views[gen->id] = std::move(gv);
    }
    for (auto& [id, t] : m_generators) {
      if (t.live) continue;
      GeneratorView gv;  // freed by now: it can only be closed
      gv.id = id;
      gv.name = t.name;
      gv.state = GenState::Closed;
      gv.line = t.lastLine;
      gv.yielded = t.yielded;
      gv.returned = t.returned;
      gv.sizeBytes = t.sizeBytes;
      views[id] = std::move(gv);
    }
    std::vector<GeneratorView> out;
    for (auto& [id, gv] : views) out.push_back(std::move(gv));
    return out;
  }

  const std::vector<std::string>& m_lines;
  const SessionOptions& m_options;
  std::unique_ptr<BigStackThread> m_thread;
  std::mutex m_mutex;
  std::condition_variable m_wake;   // the UI asks the cursor to move on
  std::condition_variable m_ready;  // the cursor has paused (or finished)
  static constexpr uint64_t kPrefetch = 16;
  uint64_t m_target = 0;
  uint64_t m_prefetchFrom = 0;
  std::vector<Snapshot> m_prefetched;
  uint64_t m_step = 0;
  uint64_t m_pausedAt = 0;
  bool m_paused = false;
  bool m_finished = false;
  bool m_abort = false;
  Snapshot m_snapshot;
  std::string m_output;
  std::map<uint64_t, GeneratorTrack> m_generators;
  EventKind m_lastKind = EventKind::Line;
  const Frame* m_lastFrame = nullptr;
  bool m_endsByException = false;
};

// ---------------------------------------------------------------- Session

struct Session::Impl {
  SessionOptions options;
  std::string source, filename;
  std::vector<std::string> lines;
  std::optional<SyntaxErrorInfo> syntaxError;
  std::vector<StepRecord> history;
  std::vector<std::string> functionNames;
  std::vector<YieldRecord> yields;
  RunResult result;
  std::string endMessage;
  MemorySeries lazy;
  std::optional<MemorySeries> eager;
  std::string twinReason, twinSource;
  std::set<int> breakpoints;
  uint64_t position = 0;
  std::atomic<bool> cancel{false};
  std::atomic<uint64_t> stepsRecorded{0};
  std::string output;
  std::unique_ptr<Cursor> cursor;
  // Snapshot cache: most recently used first.
  std::list<Snapshot> cache;
  std::unordered_map<uint64_t, std::list<Snapshot>::iterator> cacheIndex;
  Snapshot empty;

  void clear() {
    cursor.reset();
    cache.clear();
    cacheIndex.clear();
    history.clear();
    functionNames.clear();
    yields.clear();
    syntaxError.reset();
    eager.reset();
    twinReason.clear();
    twinSource.clear();
    endMessage.clear();
    result = RunResult{};
    lazy = MemorySeries{};
    output.clear();
    stepsRecorded = 0;
    position = 0;
    cancel = false;
    empty = Snapshot{};
  }

  void recordLazy() {
    Recorder recorder(cancel, true, options.reprLimit);
    result = runTraced(source, filename, options.budgets, recorder, &output);
    history = std::move(recorder.history);
    functionNames = std::move(recorder.functionNames);
    yields = std::move(recorder.yields);
    lazy = recorder.sampler().finish(recorder.steps());
    endMessage = describeEnd(result, recorder.steps());
  }

  void recordEager(const ast::Module& module) {
#ifdef YS_HAVE_TWIN
    TwinResult twin = makeEagerTwin(module);
    if (!twin.source) {
      twinReason = twin.reason;
      return;
    }
    twinSource = *twin.source;
    Recorder recorder(cancel, false, options.reprLimit);
    // A smaller memory budget for the twin: an endless generator turned into
    // a list should hit MemoryError (the lesson) well before the step budget.
    Budgets budgets = options.budgets;
    budgets.maxMemoryBytes = std::min<int64_t>(budgets.maxMemoryBytes, int64_t(64) << 20);
    const RunResult r = runTraced(twinSource, filename, budgets, recorder, nullptr);
    eager = recorder.sampler().finish(recorder.steps());
    if (r.status == RunStatus::Raised && exceptionTypeName(r.exception) == "MemoryError" &&
        result.status != RunStatus::Raised) {
      twinReason = "The eager twin ran out of memory: a list cannot hold an endless generator's values.";
    } else if (r.status == RunStatus::StepBudget) {
      twinReason = "The eager twin did not finish within the step budget: its lists kept growing.";
    }
#else
    (void)module;
    twinReason = "This build has no eager twin.";
#endif
  }

  const Snapshot* cached(uint64_t step) {
    auto it = cacheIndex.find(step);
    if (it == cacheIndex.end()) return nullptr;
    cache.splice(cache.begin(), cache, it->second);
    return &*it->second;
  }

  const Snapshot& store(Snapshot s) {
    const uint64_t step = s.step;
    cache.push_front(std::move(s));
    cacheIndex[step] = cache.begin();
    while (cache.size() > std::max<size_t>(1, options.snapshotCacheSize)) {
      cacheIndex.erase(cache.back().step);
      cache.pop_back();
    }
    return cache.front();
  }

  const Snapshot& snapshotAt(uint64_t step) {
    if (history.empty()) return empty;
    step = std::min<uint64_t>(step, history.size() - 1);
    position = step;
    if (const Snapshot* hit = cached(step)) return *hit;
    if (!cursor || !cursor->paused() || cursor->at() > step) {
      cursor.reset();
      cursor = std::make_unique<Cursor>(source, filename, options, lines);
    }
    Snapshot s;
    std::vector<Snapshot> before;
    const bool reached = cursor->advanceTo(step, s, before);
    for (Snapshot& b : before) {
      if (!cached(b.step)) store(std::move(b));
    }
    if (!reached) {
      // The replay ended early (it must not: runs are deterministic). Show
      // what the history knows rather than nothing.
      cursor.reset();
      s = Snapshot{};
      s.step = step;
      s.event = history[step].event;
      s.line = history[step].line;
      s.function = functionNames[history[step].functionIndex];
      s.says = "This step could not be replayed.";
    }
    if (s.event == EventKind::End && !s.exception && result.status == RunStatus::Raised) {
      // The end event itself carries no exception: take it from the run.
      s.exception = exceptionText(result.exception);
      NarrationInput in;
      in.event = EventKind::End;
      in.exception = *s.exception;
      in.endsByException = true;
      s.says = narrate(in);
    }
    return store(std::move(s));
  }

  // First step after `from` that satisfies `pred`, or the last step.
  template <class Pred>
  uint64_t findForward(uint64_t from, Pred pred) const {
    for (uint64_t s = from + 1; s < history.size(); ++s) {
      if (cancel.load(std::memory_order_relaxed)) return s;
      if (pred(history[s])) return s;
    }
    return history.empty() ? 0 : history.size() - 1;
  }
};

Session::Session(SessionOptions options) : m_impl(std::make_unique<Impl>()) {
  m_impl->options = options;
}

Session::~Session() = default;

bool Session::load(std::string source, std::string filename) {
  Impl& d = *m_impl;
  d.clear();
  d.source = std::move(source);
  d.filename = std::move(filename);
  d.lines = splitSourceLines(d.source);
  ParseResult parsed = parse(d.source, d.filename);
  if (parsed.error) {
    d.syntaxError = parsed.error;
    d.result.status = RunStatus::SyntaxError;
    d.result.exitCode = 1;
    d.result.stderrText = parsed.error->format();
    d.endMessage = parsed.error->type + " at line " + std::to_string(parsed.error->line) + ": " +
                   parsed.error->message;
    d.empty.says = "Fix the " + parsed.error->type + " at line " + std::to_string(parsed.error->line) +
                   " to run the program.";
    d.empty.line = parsed.error->line;
    return false;
  }
  d.recordLazy();
  if (d.result.status == RunStatus::SyntaxError) {
    // A compile-time error (e.g. 'return' outside function) found after parsing.
    d.endMessage = d.result.stderrText;
    return true;
  }
  d.recordEager(*parsed.module);
  return true;
}

const std::optional<SyntaxErrorInfo>& Session::syntaxError() const { return m_impl->syntaxError; }
const std::string& Session::source() const { return m_impl->source; }
const std::string& Session::output() const { return m_impl->output; }
std::string_view Session::outputAt(const Snapshot& s) const {
  return std::string_view(m_impl->output).substr(0, std::min<uint64_t>(s.outputBytes, m_impl->output.size()));
}
uint64_t Session::stepsRecorded() const { return m_impl->stepsRecorded.load(std::memory_order_relaxed); }
uint64_t Session::stepCount() const { return m_impl->history.size(); }
const std::vector<StepRecord>& Session::history() const { return m_impl->history; }
const std::vector<std::string>& Session::functionNames() const { return m_impl->functionNames; }
const std::vector<YieldRecord>& Session::yields() const { return m_impl->yields; }
RunResult Session::runResult() const { return m_impl->result; }
std::string Session::endMessage() const { return m_impl->endMessage; }
uint64_t Session::position() const { return m_impl->position; }

const Snapshot& Session::current() { return m_impl->snapshotAt(m_impl->position); }
const Snapshot& Session::goTo(uint64_t step) { return m_impl->snapshotAt(step); }
const Snapshot& Session::next() { return goTo(m_impl->position + 1); }
const Snapshot& Session::back() { return goTo(m_impl->position == 0 ? 0 : m_impl->position - 1); }
const Snapshot& Session::reset() { return goTo(0); }

const Snapshot& Session::stepInto() {
  Impl& d = *m_impl;
  return goTo(d.findForward(d.position, [](const StepRecord& r) {
    return r.event == EventKind::Line || r.event == EventKind::Call || r.event == EventKind::Resume ||
           r.event == EventKind::End;
  }));
}

const Snapshot& Session::stepOver() {
  Impl& d = *m_impl;
  if (d.history.empty()) return d.empty;
  const int32_t depth = d.history[d.position].depth;
  return goTo(d.findForward(d.position, [depth](const StepRecord& r) {
    return (r.event == EventKind::Line && r.depth <= depth) || r.event == EventKind::End;
  }));
}

const Snapshot& Session::stepOut() {
  Impl& d = *m_impl;
  if (d.history.empty()) return d.empty;
  const int32_t depth = d.history[d.position].depth;
  // The step where this frame returns or yields, then the caller's next step.
  const uint64_t leaving = d.findForward(d.position, [depth](const StepRecord& r) {
    return ((r.event == EventKind::Return || r.event == EventKind::Yield) && r.depth == depth) ||
           r.depth < depth || r.event == EventKind::End;
  });
  if (d.history[leaving].depth < depth || d.history[leaving].event == EventKind::End) return goTo(leaving);
  return goTo(std::min<uint64_t>(leaving + 1, d.history.size() - 1));
}

const Snapshot& Session::continueRun() {
  Impl& d = *m_impl;
  const auto& bps = d.breakpoints;
  return goTo(d.findForward(d.position, [&bps](const StepRecord& r) {
    return r.event == EventKind::Line && bps.count(r.line) > 0;
  }));
}

void Session::setBreakpoints(std::set<int> lines) { m_impl->breakpoints = std::move(lines); }
const std::set<int>& Session::breakpoints() const { return m_impl->breakpoints; }
void Session::cancel() { m_impl->cancel = true; }

const MemorySeries& Session::lazyMemory() const { return m_impl->lazy; }
const MemorySeries* Session::eagerMemory() const { return m_impl->eager ? &*m_impl->eager : nullptr; }
std::string Session::twinReason() const { return m_impl->twinReason; }
std::string Session::twinSource() const { return m_impl->twinSource; }
const char* Session::xAxisLabel() { return "step"; }

}  // namespace ys
