#include "ui/sessioncontroller.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace ys::ui {

namespace {

QString describe(const std::exception& e) {
  return QObject::tr("The engine failed: %1").arg(QString::fromUtf8(e.what()));
}

}  // namespace

SessionController::SessionController(QObject* parent) : QObject(parent) {
  connect(&m_loadWatcher, &QFutureWatcher<LoadResult>::finished, this, &SessionController::finishLoad);
  connect(&m_moveWatcher, &QFutureWatcher<MoveResult>::finished, this, &SessionController::finishMove);
}

SessionController::~SessionController() {
  // A worker may still be running: stop it and wait, so it never outlives us.
  if (m_loading) m_loading->cancel();
  if (m_session) m_session->cancel();
  m_loadWatcher.waitForFinished();
  m_moveWatcher.waitForFinished();
}

void SessionController::load(const QString& source, const QString& filename) {
  if (m_busy) stop();
  m_loadWatcher.waitForFinished();
  m_moveWatcher.waitForFinished();
  m_loading = std::make_shared<Session>();
  m_loading->setBreakpoints(m_breakpoints);
  m_failure.clear();
  setBusy(true);
  auto session = m_loading;
  const std::string src = source.toStdString(), name = filename.toStdString();
  m_loadWatcher.setFuture(QtConcurrent::run([session, src, name]() {
    LoadResult r;
    try {
      r.ok = session->load(src, name);
      if (r.ok) {
        r.snapshot = session->current();
        r.hasSnapshot = true;
      }
    } catch (const std::exception& e) {
      r.ok = false;
      r.failure = describe(e);
    }
    return r;
  }));
}

void SessionController::finishLoad() {
  LoadResult r = m_loadWatcher.result();
  m_session = std::move(m_loading);
  m_loading.reset();
  m_snapshot = std::move(r.snapshot);
  m_hasSnapshot = r.hasSnapshot;
  m_failure = r.failure;
  setBusy(false);
  Q_EMIT loadFinished(r.ok);
  if (m_hasSnapshot) Q_EMIT snapshotChanged();
}

void SessionController::invalidate() {
  if (m_busy) stop();
  m_session.reset();
  m_hasSnapshot = false;
  m_pendingGoTo.reset();
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

void SessionController::moveInline(const Move& move) {
  if (m_busy || !isLoaded()) return;
  try {
    m_snapshot = move(*m_session);
  } catch (const std::exception& e) {
    m_failure = describe(e);
  }
  Q_EMIT snapshotChanged();
}

void SessionController::moveAsync(Move move) {
  if (m_busy || !isLoaded()) return;
  setBusy(true);
  auto session = m_session;
  m_moveWatcher.setFuture(QtConcurrent::run([session, move = std::move(move)]() {
    MoveResult r;
    try {
      r.snapshot = move(*session);
      r.ok = true;
    } catch (const std::exception& e) {
      r.failure = describe(e);
    }
    return r;
  }));
}

void SessionController::finishMove() {
  MoveResult r = m_moveWatcher.result();
  if (r.ok) m_snapshot = std::move(r.snapshot);
  else m_failure = r.failure;
  setBusy(false);
  Q_EMIT snapshotChanged();
  if (m_pendingGoTo) {
    const uint64_t step = *m_pendingGoTo;
    m_pendingGoTo.reset();
    if (step != m_snapshot.step) goTo(step);
  }
}

void SessionController::setBusy(bool busy) {
  if (m_busy == busy) return;
  m_busy = busy;
  Q_EMIT busyChanged(busy);
}

void SessionController::next() { moveInline([](Session& s) { return s.next(); }); }
void SessionController::back() { moveInline([](Session& s) { return s.back(); }); }
void SessionController::stepInto() { moveInline([](Session& s) { return s.stepInto(); }); }
void SessionController::reset() { moveInline([](Session& s) { return s.reset(); }); }
void SessionController::stepOver() { moveAsync([](Session& s) { return s.stepOver(); }); }
void SessionController::stepOut() { moveAsync([](Session& s) { return s.stepOut(); }); }

void SessionController::continueRun() {
  auto bps = m_breakpoints;
  moveAsync([bps](Session& s) {
    s.setBreakpoints(bps);
    return s.continueRun();
  });
}

void SessionController::goTo(uint64_t step) {
  if (!isLoaded()) return;
  if (m_busy) {
    m_pendingGoTo = step;
    return;
  }
  moveAsync([step](Session& s) { return s.goTo(step); });
}

void SessionController::stop() {
  m_pendingGoTo.reset();
  if (m_loading) m_loading->cancel();
  if (m_session) m_session->cancel();
}

void SessionController::setBreakpoints(const std::set<int>& lines) {
  m_breakpoints = lines;
  if (m_session && !m_busy) m_session->setBreakpoints(lines);
}

}  // namespace ys::ui
