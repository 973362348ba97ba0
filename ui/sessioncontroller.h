// sessioncontroller.h — the window's one handle on the engine.
//
// Each loaded program gets its own SessionEngine on its own thread (see
// sessionengine.h). The controller posts commands to it and never waits:
// the UI thread runs no Python, replays nothing and joins no thread. Answers
// come back as queued signals carrying finished Snapshot copies; the
// controller keeps a copy of the one on screen.
//
// One command is in flight at a time; what the user asks meanwhile waits in
// a short queue where it coalesces: Next/Back presses add up to one relative
// move (holding a key moves as fast as answers can be drawn), a slider drag
// or Reset keeps only the latest position. Moves asked while a program loads
// wait for the load and then apply. Stop empties the queue and cancels what
// runs; it leaves nothing behind that the next move could trip over.
//
// A program that is dropped (another one loads, the code was edited) is
// abandoned, not waited for: its engine is told to stop and quit, finishes on
// its own thread and frees its session there. The run's record (history,
// yields, output, memory series) is immutable once loaded, so the window
// reads it on the UI thread through session().
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "core/debug/session.h"

#include "ui/handout.h"
#include "ui/models/memorychartdata.h"
#include "ui/sessionengine.h"

class QThread;
class QTimer;

namespace ys::ui {

class SessionController : public QObject {
  Q_OBJECT
 public:
  explicit SessionController(QObject* parent = nullptr);
  ~SessionController() override;

  // Starts loading (asynchronous); emits loadFinished when done. A load or
  // move still running for the previous program is abandoned, not awaited.
  void load(const QString& source, const QString& filename);
  // Forgets the current run (the code was edited): the next move reloads.
  void invalidate();
  // What the program's input() reads from the next load on (the input box).
  void setInputText(const QString& text) { m_inputText = text; }
  QString inputText() const { return m_inputText; }
  // Budgets and cache sizes of the sessions loaded from now on.
  void setSessionOptions(const SessionOptions& options) { m_options = options; }
  // Tests: the next command fails on the engine thread as an engine bug
  // would (an exception), to prove the window reports it and goes on.
  void injectFault(EngineFault fault);

  bool isLoaded() const { return m_session && m_hasSnapshot; }
  bool isLoading() const { return m_loading; }
  // Loading, a move in flight or moves waiting: the engine has work.
  bool isBusy() const { return m_loading || m_inFlight || !m_pending.empty(); }
  bool isExportingHandout() const { return m_handoutRunning; }
  // A program is loaded or loading (even one with a syntax error).
  bool hasProgram() const { return m_session || m_loading; }
  bool hasSyntaxError() const;
  const Snapshot& snapshot() const { return m_snapshot; }
  // The loaded run's record; its history, yields, output and memory series
  // may be read on the UI thread. Never move it from here.
  Session* session() const { return m_session.get(); }
  std::shared_ptr<Session> sharedSession() const { return m_session; }
  const MemoryChartData* chartData() const { return m_chart.get(); }
  // Why the last load or move failed on the engine thread, or why the run
  // stopped short (its step budget, the engine process dying); "" if neither.
  QString lastFailure() const { return m_failure; }
  // Steps the program being loaded has recorded so far.
  uint64_t stepsRecorded() const;

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
  // Writes a handout PDF on the engine thread (after the moves already
  // asked); handoutProgress and then handoutFinished report on it.
  bool exportHandout(const QString& path, const QString& title, HandoutRange range);

  uint64_t stepCount() const;
  bool atEnd() const;

  // What-if (core/debug/whatif.h): asks a question at the step on screen once the
  // moves already asked are done, on a throwaway copy of the run; askFinished
  // answers with the returned id (0: nothing loaded, or too much queued).
  // Nothing on screen changes. Stop cancels it.
  quint64 ask(const EvalRequest& request);

 Q_SIGNALS:
  void loadStarted();
  void loadProgress(quint64 stepsRecorded);
  void loadFinished(bool ok);  // ok=false: syntax error or failure (see lastFailure)
  void snapshotChanged();
  void busyChanged(bool busy);
  // The session on screen is about to be dropped: let go of anything that
  // holds it (models), so that it is freed on its engine thread.
  void sessionAboutToChange();
  void handoutProgress(quint64 pagesDone, quint64 pages);
  void handoutFinished(bool ok, const QString& pathOrError);
  void askFinished(quint64 askId, quint64 step, const ys::EvalResult& result);

 private:
  // What the user asked while the engine was busy.
  // A position (relative or absolute, coalesced while waiting) or a
  // command for the engine as the user gave it: a step, Continue, a handout
  // or a question.
  struct Pending {
    enum class Kind { Relative, Absolute, Command };
    Kind kind = Kind::Relative;
    int64_t delta = 0;        // Relative: events forward (negative: back) from where the last move ends
    uint64_t target = 0;      // Absolute
    EngineCommand command{};  // Command
  };
  struct Engine {
    QPointer<QThread> thread;
    SessionEngine* engine = nullptr;
    std::shared_ptr<Session> session;
    quint64 generation = 0;
  };

  // A move is taken once a program is shown, or while one loads (it applies
  // when the load is done); before any program there is nothing to move in.
  bool acceptsMoves() const { return m_loading || isLoaded(); }
  std::optional<uint64_t> predictedStep() const;
  void navigate(int64_t delta);
  void navigateTo(uint64_t step);
  void enqueue(Pending move);
  void dispatchPending();
  bool dispatch(const Pending& move);
  void post(EngineCommand command);
  void onEngineFinished(const EngineResult& result);
  void finishLoad(const EngineResult& result);
  void startEngine();
  void abandonEngine();
  void updateBusy();

  Engine m_engine;                     // the engine of the program on screen or loading
  std::shared_ptr<Session> m_session;  // the loaded program (null while loading)
  std::shared_ptr<const MemoryChartData> m_chart;
  Snapshot m_snapshot;
  bool m_hasSnapshot = false;
  bool m_loading = false;
  bool m_inFlight = false;
  std::optional<uint64_t> m_inFlightTarget;  // where the move in flight ends, when known
  bool m_longMoveInFlight = false;           // Continue/Step over/Step out: Stop cancels them
  bool m_handoutRunning = false;
  bool m_busy = false;
  std::deque<Pending> m_pending;
  QString m_failure;
  QString m_inputText;
  SessionOptions m_options;
  int m_fault = 0;           // EngineFault of the next command (tests)
  bool m_stopAsked = false;  // Stop during this load: a short run is the user's wish
  std::set<int> m_breakpoints;
  QTimer* m_progressTimer = nullptr;
  std::vector<QPointer<QThread>> m_abandoned;  // still finishing; the exit waits briefly for them
  quint64 m_lastAskId = 0;
};

}  // namespace ys::ui
