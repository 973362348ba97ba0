#include "ui/sessioncontroller.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <utility>

#include "ui/sessionengine.h"

namespace ys::ui {

namespace {

// Each loaded program gets a new number; answers carrying an older one are
// about a program the user has left.
quint64 nextGeneration() {
  static quint64 generation = 0;
  return ++generation;
}

constexpr size_t kMaxPendingMoves = 32;  // beyond this a press is dropped rather than queued for minutes
constexpr int kLoadProgressMs = 100;
constexpr int kExitWaitMs = 2000;  // the most the window's exit waits for abandoned engines

}  // namespace

SessionController::SessionController(QObject* parent) : QObject(parent) {
  qRegisterMetaType<ys::ui::EngineResult>();
  m_progressTimer = new QTimer(this);
  m_progressTimer->setInterval(kLoadProgressMs);
  connect(m_progressTimer, &QTimer::timeout, this, [this] { Q_EMIT loadProgress(stepsRecorded()); });
}

SessionController::~SessionController() {
  blockSignals(true);  // the window is being torn down: nobody is left to tell
  abandonEngine();
  // Abandoned engines stop within milliseconds (their session is cancelled);
  // wait a little so that none still runs when the process tears down, but
  // never long: an engine that does not stop in time is left to the exit.
  QDeadlineTimer deadline(kExitWaitMs);
  for (const QPointer<QThread>& thread : m_abandoned)
    if (thread) thread->wait(deadline);
}

// ---------------------------------------------------------------- engines

void SessionController::startEngine() {
  Engine e;
  e.generation = nextGeneration();
  e.session = std::make_shared<Session>(m_options);
  e.thread = new QThread;
  e.thread->setObjectName(QStringLiteral("ys-engine-%1").arg(e.generation));
  e.engine = new SessionEngine(e.session, e.generation);
  e.engine->moveToThread(e.thread);
  connect(e.thread, &QThread::finished, e.engine, &QObject::deleteLater);
  connect(e.thread, &QThread::finished, e.thread, &QObject::deleteLater);
  connect(e.engine, &SessionEngine::finished, this, &SessionController::onEngineFinished, Qt::QueuedConnection);
  connect(
      e.engine, &SessionEngine::handoutProgress, this,
      [this](quint64 generation, quint64 done, quint64 total) {
        if (generation == m_engine.generation) Q_EMIT handoutProgress(done, total);
      },
      Qt::QueuedConnection);
  e.thread->start();
  m_engine = std::move(e);
}

void SessionController::abandonEngine() {
  if (!m_engine.engine) return;
  Q_EMIT sessionAboutToChange();
  const bool handoutWasRunning = m_handoutRunning;
  // Answers already posted are dropped by their generation; later ones are
  // not even sent.
  disconnect(m_engine.engine, nullptr, this, nullptr);
  m_engine.engine->abandon();
  m_engine.session->cancel();
  // Our references go before the thread may finish, so that the engine's is
  // the last and the session is freed on its own thread (freeing it can
  // take long: it joins the session's replay thread).
  const QPointer<QThread> thread = m_engine.thread;
  m_session.reset();
  m_chart.reset();
  m_engine = Engine{};
  thread->quit();
  m_abandoned.erase(
      std::remove_if(m_abandoned.begin(), m_abandoned.end(), [](const QPointer<QThread>& t) { return t.isNull(); }),
      m_abandoned.end());
  m_abandoned.push_back(thread);
  m_hasSnapshot = false;
  m_loading = false;
  m_inFlight = false;
  m_inFlightTarget.reset();
  m_longMoveInFlight = false;
  m_handoutRunning = false;
  m_pending.clear();
  m_progressTimer->stop();
  if (handoutWasRunning)
    Q_EMIT handoutFinished(false, tr("The handout export was stopped: another program was loaded."));
}

void SessionController::injectFault(EngineFault fault) {
  m_fault = int(fault);
}

void SessionController::post(EngineCommand command) {
  command.fault = EngineFault(std::exchange(m_fault, 0));
  SessionEngine* engine = m_engine.engine;
  QMetaObject::invokeMethod(
      engine, [engine, command = std::move(command)] { engine->run(command); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------- loading

void SessionController::load(const QString& source, const QString& filename) {
  abandonEngine();
  m_failure.clear();
  m_stopAsked = false;
  startEngine();
  m_loading = true;
  EngineCommand command;
  command.kind = EngineCommand::Kind::Load;
  command.source = source;
  command.filename = filename;
  command.inputText = m_inputText;
  command.breakpoints = m_breakpoints;
  post(std::move(command));
  m_progressTimer->start();
  Q_EMIT loadStarted();
  updateBusy();
}

void SessionController::finishLoad(const EngineResult& result) {
  if (!result.ok && !result.failure.isEmpty()) {
    // The engine failed, not the program: its session may be half-loaded.
    // Drop it, so that nothing reads it and the next move loads afresh.
    const QString failure = result.failure;
    abandonEngine();
    m_failure = failure;
    updateBusy();
    Q_EMIT loadFinished(false);
    return;
  }
  m_loading = false;
  m_progressTimer->stop();
  m_session = m_engine.session;
  m_chart = result.chart;
  m_snapshot = result.snapshot;
  m_hasSnapshot = result.hasSnapshot;
  m_failure = result.failure;
  if (m_session && m_failure.isEmpty()) {
    // A run cut short by its step budget, or by its engine process dying,
    // is said at once (the steps recorded stay browsable); one the user
    // stopped is not news.
    const RunStatus status = m_session->runResult().status;
    if (status == RunStatus::StepBudget || (status == RunStatus::Stopped && !m_stopAsked))
      m_failure = QString::fromStdString(m_session->endMessage());
  }
  if (!m_hasSnapshot) m_pending.clear();  // a syntax error: there is nothing to move
  dispatchPending();                      // presses made while it loaded
  updateBusy();
  Q_EMIT loadFinished(result.ok);
  if (m_hasSnapshot) Q_EMIT snapshotChanged();
}

void SessionController::invalidate() {
  abandonEngine();
  m_failure.clear();
  updateBusy();
}

uint64_t SessionController::stepsRecorded() const {
  return m_loading && m_engine.session ? m_engine.session->stepsRecorded() : 0;
}

bool SessionController::hasSyntaxError() const {
  return m_session && m_session->syntaxError().has_value();
}

uint64_t SessionController::stepCount() const {
  return isLoaded() ? m_session->stepCount() : 0;
}

bool SessionController::atEnd() const {
  return !isLoaded() || m_snapshot.step + 1 >= m_session->stepCount();
}

// ---------------------------------------------------------------- answers

void SessionController::onEngineFinished(const EngineResult& result) {
  if (result.generation != m_engine.generation) return;  // about a program already left
  if (result.kind == EngineCommand::Kind::Load) {
    finishLoad(result);
    return;
  }
  m_inFlight = false;
  m_inFlightTarget.reset();
  m_longMoveInFlight = false;
  if (result.kind == EngineCommand::Kind::Evaluate) {
    dispatchPending();
    updateBusy();
    if (result.evalResult) Q_EMIT askFinished(result.askId, result.evalStep, *result.evalResult);
    return;
  }
  if (result.kind == EngineCommand::Kind::Handout) {
    m_handoutRunning = false;
    dispatchPending();
    updateBusy();
    Q_EMIT handoutFinished(result.ok, result.ok ? result.handoutPath : result.failure);
    return;
  }
  if (result.hasSnapshot) {
    m_snapshot = result.snapshot;
    m_failure.clear();  // an old failure must not be shown again with every later step
  } else {
    m_failure = result.failure;
  }
  // The engine starts on the next move while this one is drawn.
  dispatchPending();
  updateBusy();
  Q_EMIT snapshotChanged();
}

// ---------------------------------------------------------------- moves

// Where the engine will stand once everything asked so far is done, when
// that is known without asking it (Continue's end is not).
std::optional<uint64_t> SessionController::predictedStep() const {
  if (!isLoaded()) return std::nullopt;
  if (!m_pending.empty()) {
    const Pending& last = m_pending.back();
    if (last.kind == Pending::Kind::Absolute) return std::min(last.target, stepCount() - 1);
    return std::nullopt;
  }
  if (m_inFlight) return m_inFlightTarget;
  return m_snapshot.step;
}

void SessionController::navigate(int64_t delta) {
  if (!acceptsMoves()) return;
  if (const auto base = predictedStep()) {
    const int64_t last = int64_t(stepCount()) - 1;
    navigateTo(uint64_t(std::clamp(int64_t(*base) + delta, int64_t(0), last)));
    return;
  }
  if (!m_pending.empty() && m_pending.back().kind == Pending::Kind::Relative) {
    m_pending.back().delta += delta;
    return;
  }
  enqueue(Pending{.kind = Pending::Kind::Relative, .delta = delta});
}

void SessionController::navigateTo(uint64_t step) {
  if (!acceptsMoves()) return;
  // A newer position replaces an older one still waiting: a drag or a held
  // key costs one move per answer, not one per event.
  if (!m_pending.empty() &&
      (m_pending.back().kind == Pending::Kind::Absolute || m_pending.back().kind == Pending::Kind::Relative)) {
    m_pending.back().kind = Pending::Kind::Absolute;
    m_pending.back().target = step;
    return;
  }
  enqueue(Pending{.kind = Pending::Kind::Absolute, .target = step});
}

void SessionController::enqueue(Pending move) {
  if (!acceptsMoves()) return;
  if (!m_loading && !m_inFlight && m_pending.empty()) {
    dispatch(move);
  } else if (m_pending.size() < kMaxPendingMoves) {
    m_pending.push_back(std::move(move));
  }
  updateBusy();
}

void SessionController::dispatchPending() {
  while (!m_loading && !m_inFlight && !m_pending.empty()) {
    Pending move = std::move(m_pending.front());
    m_pending.pop_front();
    dispatch(move);
  }
}

// Sends one move to the engine; false when it would not move (Next at the
// end, a position already shown).
bool SessionController::dispatch(const Pending& move) {
  if (!isLoaded()) return false;
  const uint64_t last = stepCount() - 1;
  EngineCommand command;
  std::optional<uint64_t> target;
  switch (move.kind) {
    case Pending::Kind::Relative:
    case Pending::Kind::Absolute:
      target = move.kind == Pending::Kind::Absolute
                   ? std::min(move.target, last)
                   : uint64_t(std::clamp(int64_t(m_snapshot.step) + move.delta, int64_t(0), int64_t(last)));
      if (*target == m_snapshot.step) return false;
      command.kind = EngineCommand::Kind::GoTo;
      command.target = *target;
      break;
    case Pending::Kind::Command:
      command = move.command;
      using Kind = EngineCommand::Kind;
      if (command.kind == Kind::Handout) {
        m_handoutRunning = true;
        target = m_snapshot.step;  // the handout puts the session back where it was
      } else if (command.kind == Kind::Evaluate) {
        command.target = m_snapshot.step;
        m_longMoveInFlight = true;  // Stop cancels it
        target = m_snapshot.step;   // the position does not change
      } else {                      // a step or Continue
        if (atEnd()) return false;
        command.breakpoints = m_breakpoints;
        m_longMoveInFlight = command.kind != Kind::StepInto;
      }
      break;
  }
  m_inFlight = true;
  m_inFlightTarget = target;
  post(std::move(command));
  return true;
}

void SessionController::next() {
  navigate(+1);
}
void SessionController::back() {
  navigate(-1);
}
void SessionController::reset() {
  navigateTo(0);
}
void SessionController::goTo(uint64_t step) {
  navigateTo(step);
}
void SessionController::stepOver() {
  enqueue(Pending{.kind = Pending::Kind::Command, .command = {.kind = EngineCommand::Kind::StepOver}});
}
void SessionController::stepInto() {
  enqueue(Pending{.kind = Pending::Kind::Command, .command = {.kind = EngineCommand::Kind::StepInto}});
}
void SessionController::stepOut() {
  enqueue(Pending{.kind = Pending::Kind::Command, .command = {.kind = EngineCommand::Kind::StepOut}});
}
void SessionController::continueRun() {
  enqueue(Pending{.kind = Pending::Kind::Command, .command = {.kind = EngineCommand::Kind::Continue}});
}

bool SessionController::exportHandout(const QString& path, const QString& title, HandoutRange range) {
  if (!isLoaded()) return false;
  if (m_pending.size() >= kMaxPendingMoves) return false;
  enqueue(Pending{
      .kind = Pending::Kind::Command,
      .command = {
          .kind = EngineCommand::Kind::Handout, .handoutPath = path, .handoutTitle = title, .handoutRange = range}});
  return true;
}

quint64 SessionController::ask(const EvalRequest& request) {
  if (!isLoaded() || m_pending.size() >= kMaxPendingMoves) return 0;
  enqueue(Pending{.kind = Pending::Kind::Command,
                  .command = {.kind = EngineCommand::Kind::Evaluate, .evalRequest = request, .askId = ++m_lastAskId}});
  return m_lastAskId;
}

// Stop forgets every waiting move and cancels what runs. Only work that
// looks at the cancel flag is cancelled (a load, a scan for Continue/Step
// over/Step out, a handout); a one-event move is over in a moment anyway.
void SessionController::stop() {
  m_pending.clear();
  if (m_loading) m_stopAsked = true;
  if (m_engine.session && (m_loading || m_longMoveInFlight)) m_engine.session->cancel();
  if (m_handoutRunning) m_engine.engine->stopHandout();
  updateBusy();
}

void SessionController::setBreakpoints(const std::set<int>& lines) {
  // Sent with each Continue: the session itself is only touched on its thread.
  m_breakpoints = lines;
}

void SessionController::updateBusy() {
  const bool busy = isBusy();
  if (busy == m_busy) return;
  m_busy = busy;
  Q_EMIT busyChanged(busy);
}

}  // namespace ys::ui
