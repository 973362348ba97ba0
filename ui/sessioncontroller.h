// sessioncontroller.h — the window's one handle on the engine.
//
// Owns the ys::Session of the loaded program and a copy of the snapshot on
// screen (the session's references are only valid until its next move).
// Work that can take long — loading (which records the whole run), Continue,
// Step over/out and scrubbing to a far step — runs on a worker thread through
// QtConcurrent, one job at a time; the UI thread only copies the result in.
// While a job runs the controller is "busy": the window shows a busy
// indicator, ignores further moves, and Stop calls Session::cancel().
// Next, Back, Step into and Reset are one event (or a cached replay) and run
// inline, so a key press repaints within a frame without thread hops.
//
// The session is held by shared_ptr so that dropping a program (the user
// edited the code) never frees a session a worker is still using.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <set>

#include "core/session.h"

namespace ys::ui {

class SessionController : public QObject {
  Q_OBJECT
 public:
  explicit SessionController(QObject* parent = nullptr);
  ~SessionController() override;

  // Starts loading (asynchronous); emits loadFinished when done.
  void load(const QString& source, const QString& filename);
  // Forgets the current run (the code was edited): the next move reloads.
  void invalidate();

  bool isLoaded() const { return m_session && m_hasSnapshot; }
  bool isBusy() const { return m_busy; }
  bool hasSyntaxError() const;
  const Snapshot& snapshot() const { return m_snapshot; }
  Session* session() const { return m_session.get(); }
  std::shared_ptr<Session> sharedSession() const { return m_session; }
  QString lastFailure() const { return m_failure; }

  void next();
  void back();
  void stepOver();
  void stepInto();
  void stepOut();
  void continueRun();
  void reset();
  void goTo(uint64_t step);
  void stop();
  void setBreakpoints(const std::set<int>& lines);
  const std::set<int>& breakpoints() const { return m_breakpoints; }

  uint64_t stepCount() const;
  bool atEnd() const;

 Q_SIGNALS:
  void loadFinished(bool ok);    // ok=false: syntax error or failure (see lastFailure)
  void snapshotChanged();
  void busyChanged(bool busy);

 private:
  using Move = std::function<Snapshot(Session&)>;
  void moveInline(const Move& move);
  void moveAsync(Move move);
  void setBusy(bool busy);
  void finishMove();
  void finishLoad();

  std::shared_ptr<Session> m_session;   // the program on screen
  std::shared_ptr<Session> m_loading;   // the program being loaded
  Snapshot m_snapshot;
  bool m_hasSnapshot = false;
  bool m_busy = false;
  QString m_failure;
  std::set<int> m_breakpoints;
  std::optional<uint64_t> m_pendingGoTo;  // a scrub that arrived while busy
  struct LoadResult {
    bool ok = false;
    bool hasSnapshot = false;
    Snapshot snapshot;
    QString failure;
  };
  struct MoveResult {
    bool ok = false;
    Snapshot snapshot;
    QString failure;
  };
  QFutureWatcher<LoadResult> m_loadWatcher;
  QFutureWatcher<MoveResult> m_moveWatcher;
};

}  // namespace ys::ui
