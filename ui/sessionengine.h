// sessionengine.h — the one thread that runs a session's engine.
//
// A SessionEngine lives on its own QThread, one per loaded program, and is
// the only caller of its Session's load() and moves (the session's threading
// contract). The SessionController posts EngineCommands to it and receives
// EngineResults through a queued signal: finished Snapshot copies, tagged
// with the session's generation so that a late answer about a program the
// user has already left is recognised and dropped.
//
// The engine outlives nobody's patience: when its program is dropped the
// controller abandons it (queued commands are skipped, a handout stops at the
// next page, a load or Continue is cancelled) and tells its thread to quit;
// the thread then finishes on its own and deletes the engine, which releases
// the session there — the UI thread never joins it.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <set>

#include "core/debug/session.h"

#include "ui/handout.h"
#include "ui/models/memorychartdata.h"

namespace ys::ui {

// A failure to provoke on the engine thread, as an engine bug would (tests:
// SessionController::injectFault). The engine must report it, not die of it.
enum class EngineFault { None, Exception, UnknownException };

struct EngineCommand {
  enum class Kind { Load, GoTo, StepOver, StepInto, StepOut, Continue, Handout, Evaluate };
  Kind kind = Kind::GoTo;
  EngineFault fault = EngineFault::None;
  uint64_t target = 0;           // GoTo; Evaluate: the step asked at
  EvalRequest evalRequest{};     // Evaluate (core/debug/whatif.h)
  quint64 askId = 0;             // Evaluate
  std::set<int> breakpoints{};   // Load, Continue
  QString source{}, filename{};  // Load
  QString inputText{};           // Load: what the program's input() reads
  QString handoutPath{}, handoutTitle{};
  HandoutRange handoutRange{};
};

struct EngineResult {
  quint64 generation = 0;
  EngineCommand::Kind kind = EngineCommand::Kind::GoTo;
  bool ok = false;
  bool hasSnapshot = false;
  Snapshot snapshot{};
  QString failure;  // the engine failed (an exception on its thread)
  // Load: the chart, downsampled here so that a 5-million-step series never
  // touches the UI thread.
  std::shared_ptr<const MemoryChartData> chart{};
  QString handoutPath{};
  // Evaluate: the answer, for the question askId asked at step evalStep.
  std::shared_ptr<const EvalResult> evalResult{};
  quint64 askId = 0;
  quint64 evalStep = 0;
};

class SessionEngine : public QObject {
  Q_OBJECT
 public:
  SessionEngine(std::shared_ptr<Session> session, quint64 generation);
  ~SessionEngine() override;

  // Runs on the engine thread (posted by the controller).
  void run(const EngineCommand& command);
  // Any thread: skip what is still queued and stop a handout at its next page.
  void abandon() { m_abandoned.store(true); }
  // Any thread: stop a handout being written (the session's cancel() covers
  // loads and long moves).
  void stopHandout() { m_stopHandout.store(true); }
  // Engines not yet deleted (an abandoned one is deleted when its thread
  // finishes): the application's exit looks at it.
  static int liveCount() { return s_live.load(); }

 Q_SIGNALS:
  void finished(const ys::ui::EngineResult& result);
  void handoutProgress(quint64 generation, quint64 pagesDone, quint64 pages);

 private:
  void load(const EngineCommand& command, EngineResult& result);
  EngineResult failed(EngineCommand::Kind kind, const QString& why) const;
  void writeHandoutPages(const EngineCommand& command, EngineResult& result);

  std::shared_ptr<Session> m_session;
  const quint64 m_generation;
  std::atomic<bool> m_abandoned{false};
  std::atomic<bool> m_stopHandout{false};
  static inline std::atomic<int> s_live{0};
};

}  // namespace ys::ui

Q_DECLARE_METATYPE(ys::ui::EngineResult)
