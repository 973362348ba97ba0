// session.cpp — history by recording once, snapshots from checkpoints.
//
// The processes of one loaded run (all forked, none exec'd):
//
//   session (this process, the caller's engine thread)
//     ├── recorder: runs the program once, streams the history, and every
//     │   few milliseconds forks a checkpoint: a copy of itself paused inside
//     │   the trace hook at that step
//     │     └── checkpoint at step s (one per few ms of run)
//     │           └── cursor: forked on demand, runs on from s to the wanted
//     │               step, sends snapshots, and waits there for the next move
//     └── twin: runs the eager twin for its memory curve, then exits
//
// Why processes: a paused program cannot be copied inside one process when
// native code (sum, list, itertools) is driving a generator, because part of
// its state is on the C++ stack. fork() copies all of it, cheaply (pages are
// shared until written), and the copy is the very same run, so replay is
// deterministic by construction. A crash of the engine ends a child process,
// never the window.
//
// Rules the children keep: they never return to the code that forked them
// (they end with _exit, running no destructors of the parent's objects),
// they close every descriptor they did not create, and they die with their
// parent (PR_SET_PDEATHSIG).
#include "core/debug/session.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <list>
#include <random>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <unordered_map>

#include "core/base/bigstack.h"
#include "core/debug/footprint.h"
#include "core/debug/inspect.h"
#include "core/debug/ipc.h"
#include "core/debug/narration.h"
#include "core/debug/snapshot_builder.h"
#include "core/debug/twin.h"
#include "core/debug/whatif.h"
#include "core/runtime/memory.h"

namespace ys {

namespace {

constexpr size_t kMaxYieldRecords = 200'000;  // the window's list of yielded values
constexpr size_t kHistoryBatch = 8192;        // StepRecords a message
// Snapshots a cursor also sends before the step asked for: a few after a jump
// (Back right after it is instant), more when Back itself ran out of cached
// steps (holding Back refills rarely).
constexpr uint64_t kPrefetchJump = 16;
constexpr uint64_t kPrefetchBack = 64;
constexpr int64_t kMaxCheckpointHeapBytes = int64_t(1) << 30;  // see thinCheckpoints

enum Message : uint8_t {
  // recorder -> session
  kHistory = 1,
  kOutput,
  kYields,
  kSentValues,  // what send() passed in, for the yield it answers
  kCheckpoint,  // carries the checkpoint's socket
  kRecorded,
  // twin -> session
  kTwinDone,
  // session -> checkpoint, and the answer (carries the cursor's socket)
  kSpawn,
  kSpawned,
  // session -> cursor, and the answers
  kAdvance,
  kSnapshot,
  kPaused,
  kRunEnded,
  // session -> paused cursor: evaluate on a throwaway copy (core/debug/whatif.h);
  // the copy answers kEvalResult, then the cursor kEvalDone (how the copy ended)
  kEvaluate,
  kEvalResult,
  kEvalDone,
};

// One page shared by the session and all its engine processes.
struct SharedControl {
  std::atomic<bool> stop{false};
  std::atomic<int64_t> checkpointSpacingNs{0};
};

int64_t nowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// ---------------------------------------------------------------- encoding

}  // namespace

// What the engine processes send: each struct's fields once, for both ends
// (ipc::Writer and ipc::Reader walk the same list).
template <class A, ipc::Either<ValueView> S>
void transfer(A& a, S& v) {
  a(v.repr), a(v.typeName), a(v.sizeBytes), a(v.generatorId);
}
template <class A, ipc::Either<VariableView> S>
void transfer(A& a, S& v) {
  a(v.name), a(v.value);
}
template <class A, ipc::Either<FrameView> S>
void transfer(A& a, S& f) {
  a(f.function), a(f.line), a(f.locals), a(f.generatorId), a(f.askedBy);
}
template <class A, ipc::Either<GeneratorView> S>
void transfer(A& a, S& g) {
  a(g.id), a(g.name), a(g.state), a(g.line), a(g.locals), a(g.yielded), a(g.yieldCount), a(g.returned);
  a(g.sizeBytes), a(g.freed);
}
template <class A, ipc::Either<MemoryView> S>
void transfer(A& a, S& m) {
  a(m.totalBytes), a(m.byKind);
}
template <class A, ipc::Either<Snapshot> S>
void transfer(A& a, S& s) {
  a(s.step), a(s.event), a(s.function), a(s.line), a(s.stack), a(s.generators), a(s.outputBytes), a(s.value);
  a(s.exception), a(s.memory), a(s.says);
}

namespace {

size_t approximateBytes(const Snapshot& s) {
  size_t n = sizeof s + s.says.size() + s.function.size();
  auto vars = [](const std::vector<VariableView>& vs) {
    size_t m = 0;
    for (const auto& v : vs) m += sizeof v + v.name.size() + v.value.repr.size() + v.value.typeName.size();
    return m;
  };
  for (const auto& f : s.stack) n += sizeof f + f.function.size() + vars(f.locals);
  for (const auto& g : s.generators) {
    n += sizeof g + g.name.size() + vars(g.locals);
    for (const auto& y : g.yielded) n += sizeof y + y.size();
  }
  return n;
}

void writeSeries(ipc::Writer& w, const MemorySeries& m) {
  w.u64(m.points.size());
  w.bytes(m.points.data(), m.points.size() * sizeof m.points[0]);
  w.i64(m.peakBytes);
  w.i64(m.finalBytes);
  w.u64(m.steps);
}
MemorySeries readSeries(ipc::Reader& r) {
  MemorySeries m;
  m.points.resize(r.u64());
  for (auto& [step, bytes] : m.points) {
    step = r.u64();
    bytes = r.i64();
  }
  m.peakBytes = r.i64();
  m.finalBytes = r.i64();
  m.steps = r.u64();
  return m;
}

// ---------------------------------------------------------------- recording helpers

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
  // `force` takes a sample whatever the rate (the end of the run: its final bytes).
  void maybeSample(const VM& vm, uint64_t step, bool force = false) {
    if (step < m_nextStep && !force) return;
    m_last = footprint(vm).totalBytes;
    m_points.emplace_back(step, m_last);
    m_peak = std::max(m_peak, m_last);
    const uint64_t bySize = uint64_t(std::max<int64_t>(1, m_last / 4096));
    const uint64_t byCount = step / 8000;
    m_nextStep = step + std::max<uint64_t>({1, bySize, byCount});
  }
  int64_t last() const { return m_last; }
  MemorySeries finish(uint64_t steps) const {
    return MemorySeries{.points = m_points, .peakBytes = m_peak, .finalBytes = m_last, .steps = steps};
  }

 private:
  uint64_t m_nextStep = 0;
  int64_t m_last = 0;
  int64_t m_peak = 0;
  std::vector<std::pair<uint64_t, int64_t>> m_points;
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
    case RunStatus::Finished:
      return {};
    case RunStatus::SyntaxError:
      return "The program has a syntax error; nothing ran.";
    case RunStatus::Raised:
      return "The program stopped with an uncaught " + exceptionText(result.exception) + ".";
    case RunStatus::StepBudget:
      return "Stopped after " + withThousands(steps) +
             " steps: the step budget ran out (the program may never end). The steps before stay browsable.";
    case RunStatus::Stopped:
      return "Stopped after " + withThousands(steps) + " steps.";
  }
  return {};
}

// ---------------------------------------------------------------- child processes

[[noreturn]] void endChild() {
  _exit(0);
}

// Forks a child that keeps only `keepFd` (and stdio) and runs `body` on a big
// stack; the child never returns. Returns the child's pid in the parent.
pid_t forkEngineProcess(int keepFd, const std::function<void(int fd)>& body) {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("cannot start an engine process");
  if (pid > 0) return pid;
  // The child: only this thread exists here. Die with the parent; reap our
  // own children automatically; drop every descriptor of the parent's.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
  signal(SIGCHLD, SIG_IGN);
  signal(SIGPIPE, SIG_IGN);
  int fd = keepFd;
  if (fd != 3) {
    dup2(fd, 3);
    fd = 3;
  }
  fcntl(fd, F_SETFD, 0);
  close_range(4, ~0U, 0);
  try {
    BigStackThread thread([&] { body(fd); });
    thread.join();
  } catch (...) {
  }
  endChild();
}

// Forked from inside a trace hook (a checkpoint from the recorder, a cursor
// from a checkpoint): the child goes on in the same hook.
pid_t forkHere() {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(1);
  }
  return pid;
}

// The tracer of every engine process. Forked copies carry its state along:
// a checkpoint and its cursors know everything the recorder knew at that step.
class EngineTracer : public Tracer {
 public:
  enum class Role { Recorder, Checkpoint, Cursor, Twin };

  EngineTracer(Role role, int fd, SharedControl* control, std::vector<std::string> lines,
               const SnapshotOptions& snapshotOptions, size_t reprLimit)
      : m_role(role),
        m_channel(fd),
        m_control(control),
        m_builder(std::move(lines), snapshotOptions),
        m_reprLimit(reprLimit) {}

  Role role() const { return m_role; }
  ipc::Channel& channel() { return m_channel; }

  void printed(std::string_view text) {
    m_builder.printed(text.size());
    if (m_role == Role::Recorder) {
      m_output.append(text);
      if (m_output.size() >= (64u << 10)) flushOutput();
    }
  }

  void onEvent(VM& vm, const TraceEvent& ev) override {
    const uint64_t step = m_step++;
    if (m_role == Role::Twin) {
      if (m_control->stop.load(std::memory_order_relaxed)) vm.requestStop();
      m_sampler.maybeSample(vm, step, ev.kind == EventKind::End);
      return;
    }
    m_builder.track(vm, ev);
    if (m_role == Role::Cursor) {
      arrive(vm, ev, step);
      return;
    }
    // The recorder.
    if (m_control->stop.load(std::memory_order_relaxed)) vm.requestStop();
    m_sampler.maybeSample(vm, step, ev.kind == EventKind::End);
    record(vm, ev, step);
    if ((step & 63) == 0 || ev.kind == EventKind::End) {
      const int64_t now = nowNs();
      if (step == 0 || now - m_lastCheckpointNs >= m_control->checkpointSpacingNs.load(std::memory_order_relaxed))
        leaveCheckpoint(vm, ev, step);
    }
  }

  // The recorder notes which generators Python's exit closed and what it
  // printed, for the end step.
  void exitLikePython(VM& vm, RunResult& result) {
    const uint64_t printedBefore = m_builder.outputBytes();
    m_closedAtExit = ys::exitLikePython(vm, result);
    m_exitOutputBytes = m_builder.outputBytes() - printedBefore;
  }

  // After the run: the recorder reports and waits until the session lets go;
  // a cursor that ran off the end says so.
  void finish(const RunResult& result) {
    if (m_role == Role::Twin) {
      ipc::Writer w;
      writeSeries(w, m_sampler.finish(m_step));
      w.u8(uint8_t(result.status));
      w.str(result.status == RunStatus::Raised ? exceptionTypeName(result.exception) : "");
      m_channel.send(kTwinDone, w.buffer());
      return;
    }
    if (m_role == Role::Cursor) {
      m_channel.send(kRunEnded, {});
      waitForClose();
      return;
    }
    flushHistory();
    flushOutput();
    ipc::Writer w;
    w.u8(uint8_t(result.status));
    w.i32(result.exitCode);
    w.str(result.stderrText);
    w.str(result.exception.isNone() ? std::string() : exceptionText(result.exception));
    w.str(describeEnd(result, m_step));
    w.u64(m_step);
    w.u64(m_functionNames.size());
    for (const auto& name : m_functionNames) w.str(name);
    w.u64(m_askerLabels.size());
    for (const auto& label : m_askerLabels) w.str(label);
    writeSeries(w, m_sampler.finish(m_step));
    w.u64(m_exitOutputBytes);
    w.u64(m_closedAtExit.size());
    for (const ClosedAtExit& gen : m_closedAtExit) {
      w.u64(gen.id);
      w.str(gen.name);
      w.i32(gen.pausedLine);
    }
    m_channel.send(kRecorded, w.buffer());
    waitForClose();
    // Checkpoints end when the session closes their sockets; reap them all
    // (SIGCHLD is ignored here, so wait() returns once none is left).
    while (wait(nullptr) > 0 || errno == EINTR) {
    }
  }

 private:
  void waitForClose() {
    uint8_t type;
    std::string payload;
    while (m_channel.receive(type, payload)) {
    }
  }

  // ---- recorder

  void record(const VM& vm, const TraceEvent& ev, uint64_t step) {
    const GeneratorObj* gen = ev.frame ? ev.frame->generator : nullptr;
    const bool asked = gen && ev.frame->back && (ev.kind == EventKind::Call || ev.kind == EventKind::Resume);
    const uint16_t askedBy = asked ? askerIndex(askingLabel(vm, *ev.frame->back)) : uint16_t(0);
    m_history.push_back(StepRecord{ev.kind, functionIndex(ev.frame), ev.line, m_sampler.last(), gen ? gen->id : 0,
                                   m_depth.depthOf(ev), askedBy});
    if (m_history.size() == kHistoryBatch) flushHistory();
    // send() resuming a generator: the value its paused yield evaluates to
    // goes beside that yield in the ledger. Once yields are no longer
    // recorded, neither are sends (one would land on an older yield).
    if (ev.kind == EventKind::Resume && askedBy && !ev.thrownIn && m_askerLabels[askedBy] == "send()" &&
        m_yieldCount < kMaxYieldRecords) {
      m_sentValues.u64(step);
      m_sentValues.u64(gen->id);
      m_sentValues.str(ev.value ? shortRepr(*ev.value, m_reprLimit) : "None");
    }
    if (ev.kind == EventKind::Yield && gen && ev.value && m_yieldCount < kMaxYieldRecords) {
      ++m_yieldCount;
      const Frame* asker = ev.frame->back;
      m_yields.u64(step);
      m_yields.u64(gen->id);
      m_yields.str(gen->name);
      m_yields.str(shortRepr(*ev.value, m_reprLimit));
      m_yields.i32(asker ? asker->currentLine() : 0);
      if (m_yields.buffer().size() >= (64u << 10)) flushHistory();
    }
  }

  void flushHistory() {
    flushOutput();  // keep the session's output in step with the history
    if (!m_history.empty()) {
      m_channel.send(kHistory, std::string_view(reinterpret_cast<const char*>(m_history.data()),
                                                m_history.size() * sizeof(StepRecord)));
      m_history.clear();
    }
    if (!m_yields.buffer().empty()) {
      m_channel.send(kYields, m_yields.buffer());
      m_yields.buffer().clear();
    }
    if (!m_sentValues.buffer().empty()) {
      m_channel.send(kSentValues, m_sentValues.buffer());
      m_sentValues.buffer().clear();
    }
  }

  void flushOutput() {
    if (m_output.empty()) return;
    m_channel.send(kOutput, m_output);
    m_output.clear();
  }

  uint16_t functionIndex(const Frame* frame) {
    const CodeObj* code = frame ? frame->code.get() : nullptr;
    if (code && code == m_lastCode) return m_lastIndex;
    const std::string name = code ? code->name : std::string("<module>");
    auto it = m_indexByName.find(name);
    if (it == m_indexByName.end()) {
      it = m_indexByName.emplace(name, uint16_t(m_functionNames.size())).first;
      m_functionNames.push_back(name);
    }
    m_lastCode = code;
    m_lastIndex = it->second;
    return it->second;
  }

  uint16_t askerIndex(const std::string& label) {
    const auto at = std::find(m_askerLabels.begin(), m_askerLabels.end(), label);
    if (at != m_askerLabels.end()) return uint16_t(at - m_askerLabels.begin());
    if (m_askerLabels.size() > UINT16_MAX) return 0;
    m_askerLabels.push_back(label);
    return uint16_t(m_askerLabels.size() - 1);
  }

  void leaveCheckpoint(VM& vm, const TraceEvent& ev, uint64_t step) {
    flushHistory();
    auto [ours, theirs] = ipc::socketPair();
    const pid_t pid = forkHere();
    if (pid == 0) {
      ::close(ours);
      m_channel = ipc::Channel(theirs);  // closes the recorder's channel in this copy
      m_role = Role::Checkpoint;
      serveAsCheckpoint(vm, ev, step);  // returns only in a cursor forked from here
      return;
    }
    ::close(theirs);
    if (pid > 0) {
      ipc::Writer w;
      w.u64(step);
      w.i64(currentHeapAccount() ? currentHeapAccount()->liveBytes : 0);
      w.i32(pid);
      m_channel.send(kCheckpoint, w.buffer(), ours);
    }
    ::close(ours);
    m_lastCheckpointNs = nowNs();
  }

  // ---- checkpoint: wait for requests to fork a cursor

  void serveAsCheckpoint(VM& vm, const TraceEvent& ev, uint64_t step) {
    uint8_t type;
    std::string payload;
    while (m_channel.receive(type, payload)) {
      if (type != kSpawn) continue;
      auto [ours, theirs] = ipc::socketPair();
      const pid_t pid = forkHere();
      if (pid == 0) {
        ::close(ours);
        m_channel = ipc::Channel(theirs);
        m_role = Role::Cursor;
        // The request carries the cursor's first move: no round trip to ask it.
        ipc::Reader r(payload);
        m_target = r.u64();
        m_prefetchFrom = r.u64();
        if (m_target < step) endChild();
        if (m_prefetchFrom <= step) sendSnapshot(vm, ev, step);
        if (m_target == step) waitForAdvance(vm, ev, step);
        m_prefetchFrom = std::max(m_prefetchFrom, step + 1);
        return;
      }
      ::close(theirs);
      ipc::Writer w;
      w.i32(pid);
      m_channel.send(kSpawned, w.buffer(), pid > 0 ? ours : -1);
      ::close(ours);
    }
    endChild();  // the session let go of this checkpoint
  }

  // ---- cursor: run on to the target, sending snapshots on the way

  void arrive(VM& vm, const TraceEvent& ev, uint64_t step) {
    if (step >= m_prefetchFrom && step < m_target) sendSnapshot(vm, ev, step);
    if (step == m_target) {
      sendSnapshot(vm, ev, step);
      waitForAdvance(vm, ev, step);
    }
  }

  void waitForAdvance(VM& vm, const TraceEvent& ev, uint64_t step) {
    for (;;) {
      if (step == m_target && m_prefetchFrom <= step) {
        ipc::Writer w;
        w.u64(step);
        m_channel.send(kPaused, w.buffer());
      }
      uint8_t type;
      std::string payload;
      if (!receiveMove(vm, ev, type, payload)) endChild();
      if (type != kAdvance) continue;
      ipc::Reader r(payload);
      const uint64_t target = r.u64();
      const uint64_t prefetchFrom = r.u64();
      if (target < step) continue;  // cannot go back: the session knows
      m_target = target;
      m_prefetchFrom = std::max(prefetchFrom, step);
      if (target == step) {
        sendSnapshot(vm, ev, step);
        continue;
      }
      if (m_prefetchFrom == step) sendSnapshot(vm, ev, step);
      m_prefetchFrom = std::max(m_prefetchFrom, step + 1);
      return;
    }
  }

  // The next message for a paused cursor, answering questions (kEvaluate)
  // while it waits. False when the session let go.
  bool receiveMove(VM& vm, const TraceEvent& ev, uint8_t& type, std::string& payload) {
    for (;;) {
      if (!m_channel.receive(type, payload)) return false;
      if (type != kEvaluate) return true;
      serveEvaluation(vm, ev, payload);
    }
  }

  // What-if: a copy of this cursor evaluates the question and exits, so
  // the cursor (the recorded run) never sees it. A hard timer ends a copy
  // stuck where the evaluation's own time check cannot reach (native code).
  void serveEvaluation(VM& vm, const TraceEvent& ev, const std::string& payload) {
    EvalRequest request;
    int32_t ended = -2;  // the copy did not start; else 0 or the signal that ended it
    if (decodeEvalRequest(payload, request)) {
      signal(SIGCHLD, SIG_DFL);  // to learn how the copy ended
      const pid_t pid = forkHere();
      if (pid == 0) {
        itimerval hard{};
        hard.it_value.tv_sec = std::max<int64_t>(0, request.limits.maxMillis) / 1000 + 1;
        hard.it_value.tv_usec = (std::max<int64_t>(0, request.limits.maxMillis) % 1000) * 1000;
        setitimer(ITIMER_REAL, &hard, nullptr);  // SIGALRM's default action ends the copy
        const EvalResult result = evaluateInPausedVm(
            vm, ev.frame, request,
            [](void* control) { return static_cast<SharedControl*>(control)->stop.load(std::memory_order_relaxed); },
            m_control);
        m_channel.send(kEvalResult, encodeEvalResult(result));
        endChild();
      }
      int status = 0;
      if (pid > 0 && waitpid(pid, &status, 0) == pid) ended = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
      signal(SIGCHLD, SIG_IGN);
    }
    ipc::Writer w;
    w.i32(ended);
    m_channel.send(kEvalDone, w.buffer());
  }

  void sendSnapshot(VM& vm, const TraceEvent& ev, uint64_t step) {
    m_channel.send(kSnapshot, ipc::encode(m_builder.build(vm, ev, step)));
  }

  Role m_role;
  ipc::Channel m_channel;
  SharedControl* m_control;
  SnapshotBuilder m_builder;
  size_t m_reprLimit;
  uint64_t m_step = 0;
  // recorder
  FootprintSampler m_sampler;
  DepthCounter m_depth;
  std::vector<StepRecord> m_history;
  ipc::Writer m_yields;
  ipc::Writer m_sentValues;
  size_t m_yieldCount = 0;
  std::string m_output;
  std::vector<std::string> m_functionNames;
  std::unordered_map<std::string, uint16_t> m_indexByName;
  const CodeObj* m_lastCode = nullptr;
  uint16_t m_lastIndex = 0;
  std::vector<std::string> m_askerLabels{""};  // few: the builtins and instructions that ask
  int64_t m_lastCheckpointNs = 0;
  uint64_t m_exitOutputBytes = 0;  // printed as Python exited, after the last step
  std::vector<ClosedAtExit> m_closedAtExit;
  // cursor
  uint64_t m_target = 0;
  uint64_t m_prefetchFrom = 0;
};

// The body of the recorder and twin processes.
// What the recorder's and the twin's input() read: the session's input text.
struct RunInputs {
  std::string inputText;
  uint64_t randomSeed = 0;
};

void runEngine(EngineTracer& tracer, const std::string& source, const std::string& filename, const Budgets& budgets,
               const RunInputs& inputs) {
  VM vm(budgets);
  vm.setRandomSeed(inputs.randomSeed);
  size_t inputPos = 0;
  vm.setInput([&inputs, &inputPos]() -> std::optional<std::string> {
    const std::string& text = inputs.inputText;
    if (inputPos >= text.size()) return std::nullopt;
    size_t end = text.find('\n', inputPos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(inputPos, end - inputPos);  // without its newline
    inputPos = end + 1;
    return line;
  });
  vm.setTracer(&tracer);
  // The output panel is the student's terminal: stderr is shown there too.
  vm.setOutput([&tracer](std::string_view text) { tracer.printed(text); });
  vm.setErrorOutput([&tracer](std::string_view text) { tracer.printed(text); });
  vm.setArgv({filename});
  RunResult result = vm.runSource(source, filename);
  vm.setTracer(nullptr);
  // The twin's memory curve ends with the run; this process ends without
  // destroying the VM, so nothing else is finalised.
  if (tracer.role() == EngineTracer::Role::Recorder) tracer.exitLikePython(vm, result);
  tracer.finish(result);
  endChild();
}

int64_t readPssBytes(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
  std::string key;
  int64_t kb = 0;
  while (in >> key) {
    if (key == "Pss:") {
      in >> kb;
      return kb * 1024;
    }
    std::string rest;
    std::getline(in, rest);
  }
  return 0;
}

}  // namespace

// ---------------------------------------------------------------- Session

struct Session::Impl {
  SessionOptions options;
  std::string source, filename;
  std::vector<std::string> lines;
  std::optional<SyntaxErrorInfo> syntaxError;
  std::vector<StepRecord> history;
  std::vector<std::string> functionNames;
  std::vector<std::string> askerLabels;  // StepRecord::askerIndex's words
  std::vector<YieldRecord> yields;
  std::unordered_map<uint64_t, std::vector<size_t>> yieldRowsOf;  // generator id -> its rows in yields
  RunResult result;
  std::string exceptionText;  // of an uncaught exception
  std::string endMessage;
  std::string output;
  uint64_t exitOutputBytes = 0;  // the end of `output` printed as Python exited
  std::vector<ClosedAtExit> closedAtExit;
  MemorySeries lazy;
  std::optional<MemorySeries> eager;
  std::string twinReason, twinSource;
  std::set<int> breakpoints;
  RunInputs inputs;
  std::optional<uint64_t> fixedSeed;
  uint64_t position = 0;
  std::atomic<bool> cancel{false};
  std::atomic<uint64_t> stepsRecorded{0};
  SharedControl* control = nullptr;  // shared with the engine processes; lives as long as the session
  Snapshot empty;

  // The engine processes of the loaded run.
  pid_t recorderPid = -1;
  ipc::Channel recorder;
  struct Checkpoint {
    uint64_t step = 0;
    int64_t heapBytes = 0;
    pid_t pid = -1;
    ipc::Channel channel;
  };
  std::vector<Checkpoint> checkpoints;  // by step
  struct Cursor {
    ipc::Channel channel;
    pid_t pid = -1;
    uint64_t at = 0;  // the step it waits at (or the checkpoint it was forked from)
  } cursor;
  uint64_t lastReplaySteps = 0;

  // Snapshot cache: most recently used first, bounded by count and bytes.
  struct Cached {
    Snapshot snapshot;
    size_t bytes;
  };
  std::list<Cached> cache;
  std::unordered_map<uint64_t, std::list<Cached>::iterator> cacheIndex;
  size_t cacheBytes = 0;

  Impl() {
    void* page = mmap(nullptr, sizeof(SharedControl), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) throw std::runtime_error("cannot map the engine's control page");
    control = new (page) SharedControl;
  }
  ~Impl() {
    stopEngine();
    munmap(control, sizeof(SharedControl));
  }

  void stopEngine() {
    control->stop = true;
    cursor.channel.close();
    checkpoints.clear();  // each checkpoint ends when its socket closes
    recorder.close();
    if (recorderPid > 0) {
      // The recorder ends once its checkpoints have; give it a moment, then insist.
      int status;
      for (int i = 0; i < 200; ++i) {
        if (waitpid(recorderPid, &status, WNOHANG) != 0) {
          recorderPid = -1;
          break;
        }
        usleep(1000);
      }
      if (recorderPid > 0) {
        kill(recorderPid, SIGKILL);
        waitpid(recorderPid, &status, 0);
      }
    }
    recorderPid = -1;
    cursor = Cursor{};
  }

  void clear() {
    stopEngine();
    cache.clear();
    cacheIndex.clear();
    cacheBytes = 0;
    history.clear();
    history.shrink_to_fit();
    functionNames.clear();
    askerLabels.clear();
    yields.clear();
    yieldRowsOf.clear();
    syntaxError.reset();
    eager.reset();
    twinReason.clear();
    twinSource.clear();
    endMessage.clear();
    exceptionText.clear();
    output.clear();
    exitOutputBytes = 0;
    closedAtExit.clear();
    result = RunResult{};
    lazy = MemorySeries{};
    position = 0;
    cancel = false;
    stepsRecorded = 0;
    empty = Snapshot{};
    control->stop = false;
    control->checkpointSpacingNs = std::max<int64_t>(1, options.checkpointSpacingNs);
  }

  SnapshotOptions snapshotOptions() const {
    SnapshotOptions o;
    o.reprLimit = options.reprLimit;
    o.hideDefinitions = options.hideDefinitions;
    return o;
  }

  // ---- loading

  void startRecorder() {
    auto [ours, theirs] = ipc::socketPair();
    const std::string src = source, name = filename;
    const Budgets budgets = options.budgets;
    SharedControl* shared = control;
    const SnapshotOptions snap = snapshotOptions();
    const size_t reprLimit = options.reprLimit;
    std::vector<std::string> sourceLines = lines;
    try {
      recorderPid = forkEngineProcess(theirs, [&](int fd) {
        EngineTracer tracer(EngineTracer::Role::Recorder, fd, shared, sourceLines, snap, reprLimit);
        runEngine(tracer, src, name, budgets, inputs);
      });
    } catch (...) {
      ::close(ours);
      ::close(theirs);
      throw;
    }
    ::close(theirs);
    recorder = ipc::Channel(ours);
  }

  // Reads the recorder's stream until it reports the end of the run.
  void receiveRecording() {
    uint8_t type;
    std::string payload;
    int fd = -1;
    bool ended = false;
    while (!ended && recorder.receive(type, payload, &fd)) {
      ipc::Reader r(payload);
      switch (type) {
        case kHistory: {
          const size_t n = payload.size() / sizeof(StepRecord);
          const size_t old = history.size();
          if (history.capacity() < old + n) history.reserve(std::max(old + n, history.capacity() * 2));
          history.resize(old + n);
          std::memcpy(static_cast<void*>(history.data() + old), payload.data(), n * sizeof(StepRecord));
          stepsRecorded.store(history.size(), std::memory_order_relaxed);
          break;
        }
        case kOutput:
          output.append(payload);
          break;
        case kYields:
          while (!r.rest().empty() && !r.bad()) {
            YieldRecord y;
            y.step = r.u64();
            y.generatorId = r.u64();
            y.generatorName = r.str();
            y.value = r.str();
            y.consumerLine = r.i32();
            yieldRowsOf[y.generatorId].push_back(yields.size());
            yields.push_back(std::move(y));
          }
          break;
        case kSentValues:
          while (!r.rest().empty() && !r.bad()) {
            const uint64_t step = r.u64();
            const auto rows = yieldRowsOf.find(r.u64());
            std::string value = r.str();
            if (rows == yieldRowsOf.end()) continue;
            // The yield it answers: that generator's last one before the send.
            const auto after = std::partition_point(rows->second.begin(), rows->second.end(),
                                                    [&](size_t row) { return yields[row].step < step; });
            if (after == rows->second.begin()) continue;
            YieldRecord& y = yields[*std::prev(after)];
            if (y.sentStep == 0) {
              y.sentStep = step;
              y.sentBack = std::move(value);
            }
          }
          break;
        case kCheckpoint: {
          Checkpoint c;
          c.step = r.u64();
          c.heapBytes = r.i64();
          c.pid = r.i32();
          c.channel = ipc::Channel(fd);
          fd = -1;
          checkpoints.push_back(std::move(c));
          thinCheckpoints();
          break;
        }
        case kRecorded: {
          result = RunResult{};
          result.status = RunStatus(r.u8());
          result.exitCode = r.i32();
          result.stderrText = r.str();
          exceptionText = r.str();
          endMessage = r.str();
          result.steps = r.u64();
          functionNames.resize(r.u64());
          for (auto& f : functionNames) f = r.str();
          askerLabels.resize(r.u64());
          for (auto& label : askerLabels) label = r.str();
          lazy = readSeries(r);
          exitOutputBytes = r.u64();
          closedAtExit.resize(r.u64());
          for (ClosedAtExit& gen : closedAtExit) {
            gen.id = r.u64();
            gen.name = r.str();
            gen.pausedLine = r.i32();
          }
          ended = true;
          break;
        }
        default:
          break;
      }
      if (fd >= 0) ::close(fd);
    }
    if (!ended) {
      // The recorder died: an engine bug. What was recorded stays browsable.
      result = RunResult{};
      result.status = RunStatus::Stopped;
      result.exitCode = 1;
      result.steps = history.size();
      endMessage = "The engine stopped unexpectedly after " + withThousands(history.size()) +
                   " steps (a Yieldscope bug). The steps before stay browsable.";
      lazy.steps = history.size();
    }
    if (functionNames.empty()) functionNames.push_back("<module>");
    if (askerLabels.empty()) askerLabels.push_back("");
  }

  // Too many checkpoints (or too much heap held by them): drop every other
  // one, keeping the first, and ask the recorder for half as many from now on.
  void thinCheckpoints() {
    int64_t heap = 0;
    for (const auto& c : checkpoints) heap += c.heapBytes;
    if (checkpoints.size() <= options.maxCheckpoints && heap <= kMaxCheckpointHeapBytes) return;
    std::vector<Checkpoint> kept;
    for (size_t i = 0; i < checkpoints.size(); ++i)
      if (i % 2 == 0 || i + 1 == checkpoints.size()) kept.push_back(std::move(checkpoints[i]));
    checkpoints = std::move(kept);
    control->checkpointSpacingNs = control->checkpointSpacingNs.load() * 2;
  }

  void recordEager(const ast::Module& module) {
    TwinResult twin = makeEagerTwin(module);
    if (!twin.source) {
      twinReason = twin.reason;
      return;
    }
    twinSource = *twin.source;
    // A smaller memory budget for the twin: an endless generator turned into
    // a list should hit MemoryError (the lesson) well before the step budget.
    Budgets budgets = options.budgets;
    budgets.maxMemoryBytes = std::min<int64_t>(budgets.maxMemoryBytes, int64_t(64) << 20);
    auto [ours, theirs] = ipc::socketPair();
    const std::string src = twinSource, name = filename;
    SharedControl* shared = control;
    pid_t pid = -1;
    try {
      pid = forkEngineProcess(theirs, [&](int fd) {
        EngineTracer tracer(EngineTracer::Role::Twin, fd, shared, {}, SnapshotOptions{}, options.reprLimit);
        runEngine(tracer, src, name, budgets, inputs);
      });
    } catch (...) {
      ::close(ours);
      ::close(theirs);
      twinReason = "The eager twin could not be started.";
      return;
    }
    ::close(theirs);
    twinChannel = ipc::Channel(ours);
    twinPid = pid;
  }

  ipc::Channel twinChannel;
  pid_t twinPid = -1;

  void receiveEager() {
    if (!twinChannel.open()) return;
    uint8_t type;
    std::string payload;
    if (twinChannel.receive(type, payload) && type == kTwinDone) {
      ipc::Reader r(payload);
      eager = readSeries(r);
      const RunStatus status = RunStatus(r.u8());
      const std::string exception = r.str();
      if (status == RunStatus::Raised && exception == "MemoryError" && result.status != RunStatus::Raised)
        twinReason = "The eager twin ran out of memory: a list cannot hold an endless generator's values.";
      else if (status == RunStatus::StepBudget)
        twinReason = "The eager twin did not finish within the step budget: its lists kept growing.";
      else if (status == RunStatus::Stopped)
        twinReason = "The eager twin was stopped.";
    } else {
      twinReason = "The eager twin stopped unexpectedly.";
    }
    twinChannel.close();
    int status;
    waitpid(twinPid, &status, 0);
    twinPid = -1;
  }

  // ---- snapshots

  const Snapshot* cached(uint64_t step) {
    auto it = cacheIndex.find(step);
    if (it == cacheIndex.end()) return nullptr;
    cache.splice(cache.begin(), cache, it->second);
    return &it->second->snapshot;
  }

  void store(Snapshot s) {
    if (cacheIndex.count(s.step)) return;
    finish(s);
    const size_t bytes = approximateBytes(s);
    const uint64_t step = s.step;
    cache.push_front(Cached{std::move(s), bytes});
    cacheIndex[step] = cache.begin();
    cacheBytes += bytes;
    while (cache.size() > 1 &&
           (cache.size() > std::max<size_t>(1, options.snapshotCacheSize) || cacheBytes > options.snapshotCacheBytes)) {
      cacheBytes -= cache.back().bytes;
      cacheIndex.erase(cache.back().snapshot.step);
      cache.pop_back();
    }
  }

  void finish(Snapshot& s) const {
    if (s.event == EventKind::End && !s.exception && result.status == RunStatus::Raised && !exceptionText.empty()) {
      // The end event itself carries no exception: take it from the run.
      s.exception = exceptionText;
      NarrationInput in;
      in.event = EventKind::End;
      in.exception = exceptionText;
      in.endsByException = true;
      s.says = narrate(in);
    }
    // A run that reached its end step and still ran out of steps did so as
    // Python exited: the end sentence says so.
    if (s.event == EventKind::End)
      showExit(s, closedAtExit, exitOutputBytes > 0, result.status == RunStatus::StepBudget);
    else if (result.status == RunStatus::StepBudget && s.step + 1 == history.size()) {
      // The last recorded step of a run the budget cut off: what it says
      // next never happened, so say why the steps end here.
      s.says += (s.says.empty() ? "" : " ") +
                std::string("The step budget stopped the program here: it had not finished after ") +
                withThousands(options.budgets.maxSteps) +
                " steps, the most a recorded run keeps for going back and forth (`yieldscope run` allows " +
                withThousands(kRunBudgets.maxSteps) + ").";
    }
  }

  // The latest checkpoint at or before `step` (the first one is at step 0).
  Checkpoint* checkpointFor(uint64_t step) {
    auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), step,
                               [](uint64_t s, const Checkpoint& c) { return s < c.step; });
    if (it == checkpoints.begin()) return nullptr;
    return &*std::prev(it);
  }

  // Forks a cursor from `from`, already on its way to `target`.
  bool spawnCursor(Checkpoint& from, const std::string& move) {
    cursor = Cursor{};
    if (!from.channel.send(kSpawn, move)) return false;
    uint8_t type;
    std::string payload;
    int fd = -1;
    if (!from.channel.receive(type, payload, &fd) || type != kSpawned || fd < 0) {
      if (fd >= 0) ::close(fd);
      return false;
    }
    ipc::Reader r(payload);
    cursor.pid = r.i32();
    cursor.channel = ipc::Channel(fd);
    cursor.at = from.step;
    return true;
  }

  // Moves the cursor to `step`, caching the snapshots it sends on the way.
  // `prefetch`: how many snapshots before `step` to keep as well.
  bool replayTo(uint64_t step, uint64_t prefetch) {
    Checkpoint* base = checkpointFor(step);
    const bool useCursor = cursor.channel.open() && cursor.at <= step && (!base || cursor.at >= base->step);
    const uint64_t from = useCursor ? cursor.at : base ? base->step : 0;
    const uint64_t wanted = step > prefetch ? step - prefetch : 0;
    // Next asks the paused cursor for one snapshot only.
    const uint64_t prefetchFrom = useCursor ? std::max(wanted, from + 1) : std::max(wanted, from);
    ipc::Writer w;
    w.u64(step);
    w.u64(std::min(prefetchFrom, step));
    if (useCursor) {
      if (!cursor.channel.send(kAdvance, w.buffer())) return false;
    } else if (!base || !spawnCursor(*base, w.buffer())) {
      return false;
    }
    for (;;) {
      uint8_t type;
      std::string payload;
      if (!cursor.channel.receive(type, payload)) return false;
      if (type == kSnapshot) {
        Snapshot s;
        if (ipc::decode(payload, s)) store(std::move(s));
      } else if (type == kPaused) {
        cursor.at = step;
        lastReplaySteps = step - from;
        return true;
      } else if (type == kRunEnded) {
        return false;
      }
    }
  }

  const Snapshot& snapshotAt(uint64_t step) {
    if (history.empty()) return empty;
    step = std::min<uint64_t>(step, history.size() - 1);
    const bool goingBack = step + 1 == position;
    position = step;
    if (const Snapshot* hit = cached(step)) return *hit;
    if (!replayTo(step, goingBack ? kPrefetchBack : kPrefetchJump) || !cached(step)) {
      // The replay failed (it must not: a cursor is a copy of the recorded
      // run). Show what the history knows rather than nothing.
      cursor = Cursor{};
      Snapshot s;
      s.step = step;
      s.event = history[step].event;
      s.line = history[step].line;
      s.function = functionNames[std::min<size_t>(history[step].functionIndex, functionNames.size() - 1)];
      s.says = "This step could not be replayed.";
      store(std::move(s));
    }
    return *cached(step);
  }

  // What-if: the cursor paused at `step` forks a copy that answers; the
  // cursor, the checkpoints and the cache are as they were (the snapshot of
  // `step` may be added to the cache: it is the recorded one).
  EvalResult evaluate(uint64_t step, const EvalRequest& request) {
    EvalResult result;
    const int64_t started = nowNs();
    if (history.empty()) {
      result.message = "No program is loaded.";
      return result;
    }
    step = std::min<uint64_t>(step, history.size() - 1);
    control->stop = false;  // a Stop ends only the move it interrupts
    if (!(cursor.channel.open() && cursor.at == step) && !replayTo(step, 0)) {
      cursor = Cursor{};
      result.message = "This step could not be replayed.";
      return result;
    }
    bool answered = false;
    int32_t ended = -1;
    if (cursor.channel.send(kEvaluate, encodeEvalRequest(request))) {
      for (;;) {
        uint8_t type;
        std::string payload;
        if (!cursor.channel.receive(type, payload)) break;
        if (type == kEvalResult) answered = decodeEvalResult(payload, result);
        if (type == kEvalDone) {
          ipc::Reader r(payload);
          ended = r.i32();
          break;
        }
      }
    }
    if (ended == -1) cursor = Cursor{};  // the cursor itself is gone; the next move forks another
    if (!answered) {
      result = EvalResult{};
      if (ended == SIGALRM) {
        result.status = EvalStatus::Stopped;
        result.message = "Stopped: the evaluation ran longer than " + std::to_string(request.limits.maxMillis) +
                         " ms (it may never end).";
      } else {
        result.message = "The evaluation stopped unexpectedly (a Yieldscope bug); the run is unchanged.";
      }
      if (request.peekGenerator) result.peek = result.message;
    }
    result.micros = (nowNs() - started) / 1000;
    return result;
  }

  // First step after `from` that satisfies `pred`, or the last step.
  template <class Pred>
  uint64_t findForward(uint64_t from, Pred pred) const {
    for (uint64_t s = from + 1; s < history.size(); ++s) {
      if ((s & 4095) == 0 && cancel.load(std::memory_order_relaxed)) return s;
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
  d.inputs.randomSeed = d.fixedSeed ? *d.fixedSeed : (uint64_t(std::random_device{}()) << 32) ^ std::random_device{}();
  ParseResult parsed = parse(d.source, d.filename);
  if (parsed.error) {
    d.syntaxError = parsed.error;
    d.result.status = RunStatus::SyntaxError;
    d.result.exitCode = 1;
    d.result.stderrText = parsed.error->format();
    d.endMessage = parsed.error->type + " at line " + std::to_string(parsed.error->line) + ": " + parsed.error->message;
    d.empty.says =
        "Fix the " + parsed.error->type + " at line " + std::to_string(parsed.error->line) + " to run the program.";
    d.empty.line = parsed.error->line;
    return false;
  }
  // The recorder and the twin run side by side (two cores, two processes).
  d.startRecorder();
  if (d.options.eagerTwin) d.recordEager(*parsed.module);
  d.receiveRecording();
  if (d.result.status == RunStatus::SyntaxError) {
    // A compile-time error (e.g. 'return' outside function) found after parsing.
    d.endMessage = d.result.stderrText;
    d.receiveEager();
    d.eager.reset();
    return true;
  }
  d.receiveEager();
  return true;
}

const std::optional<SyntaxErrorInfo>& Session::syntaxError() const {
  return m_impl->syntaxError;
}
const std::string& Session::source() const {
  return m_impl->source;
}
const std::string& Session::output() const {
  return m_impl->output;
}
std::string_view Session::exitOutput() const {
  const std::string& all = m_impl->output;
  return std::string_view(all).substr(all.size() - std::min<uint64_t>(m_impl->exitOutputBytes, all.size()));
}
std::string_view Session::outputAt(const Snapshot& s) const {
  return std::string_view(m_impl->output).substr(0, std::min<uint64_t>(s.outputBytes, m_impl->output.size()));
}
uint64_t Session::stepsRecorded() const {
  return m_impl->stepsRecorded.load(std::memory_order_relaxed);
}
uint64_t Session::stepCount() const {
  return m_impl->history.size();
}
const std::vector<StepRecord>& Session::history() const {
  return m_impl->history;
}
const std::vector<std::string>& Session::functionNames() const {
  return m_impl->functionNames;
}
const std::vector<std::string>& Session::askerLabels() const {
  return m_impl->askerLabels;
}
const std::vector<YieldRecord>& Session::yields() const {
  return m_impl->yields;
}
RunOutcome Session::runResult() const {
  return m_impl->result;
}
std::string Session::endMessage() const {
  return m_impl->endMessage;
}
uint64_t Session::position() const {
  return m_impl->position;
}

const Snapshot& Session::current() {
  return m_impl->snapshotAt(m_impl->position);
}
const Snapshot& Session::goTo(uint64_t step) {
  return m_impl->snapshotAt(step);
}
const Snapshot& Session::next() {
  return goTo(m_impl->position + 1);
}
const Snapshot& Session::back() {
  return goTo(m_impl->position == 0 ? 0 : m_impl->position - 1);
}
const Snapshot& Session::reset() {
  return goTo(0);
}

const Snapshot& Session::stepInto() {
  Impl& d = *m_impl;
  d.cancel = false;
  return goTo(d.findForward(d.position, [](const StepRecord& r) {
    return r.event == EventKind::Line || r.event == EventKind::Call || r.event == EventKind::Resume ||
           r.event == EventKind::End;
  }));
}

const Snapshot& Session::stepOver() {
  Impl& d = *m_impl;
  if (d.history.empty()) return d.empty;
  d.cancel = false;
  const int32_t depth = d.history[d.position].depth;
  return goTo(d.findForward(d.position, [depth](const StepRecord& r) {
    return (r.event == EventKind::Line && r.depth <= depth) || r.event == EventKind::End;
  }));
}

const Snapshot& Session::stepOut() {
  Impl& d = *m_impl;
  if (d.history.empty()) return d.empty;
  d.cancel = false;
  const int32_t depth = d.history[d.position].depth;
  // The step where this frame returns or yields, then the caller's next step.
  const uint64_t leaving = d.findForward(d.position, [depth](const StepRecord& r) {
    return ((r.event == EventKind::Return || r.event == EventKind::Yield) && r.depth == depth) || r.depth < depth ||
           r.event == EventKind::End;
  });
  if (d.history[leaving].depth < depth || d.history[leaving].event == EventKind::End) return goTo(leaving);
  return goTo(std::min<uint64_t>(leaving + 1, d.history.size() - 1));
}

const Snapshot& Session::continueRun() {
  Impl& d = *m_impl;
  d.cancel = false;
  const auto& bps = d.breakpoints;
  return goTo(d.findForward(
      d.position, [&bps](const StepRecord& r) { return r.event == EventKind::Line && bps.count(r.line) > 0; }));
}

void Session::setInputText(std::string text) {
  m_impl->inputs.inputText = std::move(text);
}
void Session::setRandomSeed(std::optional<uint64_t> seed) {
  m_impl->fixedSeed = seed;
}
uint64_t Session::randomSeed() const {
  return m_impl->inputs.randomSeed;
}

void Session::setBreakpoints(std::set<int> lines) {
  m_impl->breakpoints = std::move(lines);
}
const std::set<int>& Session::breakpoints() const {
  return m_impl->breakpoints;
}
void Session::cancel() {
  m_impl->cancel = true;
  m_impl->control->stop = true;
}

const MemorySeries& Session::lazyMemory() const {
  return m_impl->lazy;
}
const MemorySeries* Session::eagerMemory() const {
  return m_impl->eager ? &*m_impl->eager : nullptr;
}
std::string Session::twinReason() const {
  return m_impl->twinReason;
}
std::string Session::twinSource() const {
  return m_impl->twinSource;
}
const char* Session::xAxisLabel() {
  return "step";
}

EvalResult Session::evaluate(uint64_t step, const EvalRequest& request) {
  return m_impl->evaluate(step, request);
}

EvalResult Session::evaluate(uint64_t step, int frameIndex, std::string source) {
  EvalRequest request;
  request.source = std::move(source);
  request.frameIndex = frameIndex;
  return m_impl->evaluate(step, request);
}

EvalResult Session::peek(uint64_t step, uint64_t generatorId) {
  EvalRequest request;
  request.peekGenerator = generatorId;
  return m_impl->evaluate(step, request);
}

EngineStats Session::engineStats() const {
  const Impl& d = *m_impl;
  EngineStats stats;
  stats.checkpoints = d.checkpoints.size();
  stats.checkpointSpacingNs = d.control->checkpointSpacingNs.load();
  stats.lastReplaySteps = d.lastReplaySteps;
  if (d.recorderPid > 0) stats.engineProcessBytes += readPssBytes(d.recorderPid);
  for (const auto& c : d.checkpoints) stats.engineProcessBytes += readPssBytes(c.pid);
  if (d.cursor.pid > 0) stats.engineProcessBytes += readPssBytes(d.cursor.pid);
  return stats;
}

}  // namespace ys
