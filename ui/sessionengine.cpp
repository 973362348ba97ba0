#include "ui/sessionengine.h"

#include <QElapsedTimer>
#include <exception>
#include <stdexcept>

namespace ys::ui {

namespace {

QString describe(const std::exception& e) {
  return QObject::tr("The engine failed: %1. The program was not changed; press Next to run it again.")
      .arg(QString::fromUtf8(e.what()));
}

void provoke(EngineFault fault) {
  switch (fault) {
    case EngineFault::None:
      return;
    case EngineFault::Exception:
      throw std::logic_error("an injected internal error");
    case EngineFault::UnknownException:
      throw 42;  // not a std::exception: caught all the same
  }
}

}  // namespace

SessionEngine::SessionEngine(std::shared_ptr<Session> session, quint64 generation)
    : m_session(std::move(session)), m_generation(generation) {
  ++s_live;
}

// Runs on the engine thread when the thread finishes: the session (and its
// own replay threads) is torn down here, never on the UI thread.
SessionEngine::~SessionEngine() {
  m_session.reset();
  --s_live;
}

void SessionEngine::run(const EngineCommand& command) {
  if (m_abandoned.load()) return;
  EngineResult result;
  result.generation = m_generation;
  result.kind = command.kind;
  Session& s = *m_session;
  try {
    using Kind = EngineCommand::Kind;
    const Snapshot* shot = nullptr;
    provoke(command.fault);
    switch (command.kind) {
      case Kind::Load:
        load(command, result);
        break;
      case Kind::GoTo: {
        // One event either way is the common case (a key press): the
        // session's cursor serves it without a replay.
        const uint64_t here = s.position();
        if (command.target == here + 1)
          shot = &s.next();
        else if (command.target + 1 == here)
          shot = &s.back();
        else
          shot = &s.goTo(command.target);
        break;
      }
      case Kind::StepOver:
        shot = &s.stepOver();
        break;
      case Kind::StepInto:
        shot = &s.stepInto();
        break;
      case Kind::StepOut:
        shot = &s.stepOut();
        break;
      case Kind::Continue:
        s.setBreakpoints(command.breakpoints);
        shot = &s.continueRun();
        break;
      case Kind::Handout:
        writeHandoutPages(command, result);
        break;
      case Kind::Evaluate:  // on a throwaway copy: the position does not change
        result.evalResult = std::make_shared<const EvalResult>(s.evaluate(command.target, command.evalRequest));
        result.askId = command.askId;
        result.evalStep = command.target;
        result.ok = true;
        break;
    }
    if (shot) {
      result.snapshot = *shot;
      result.hasSnapshot = true;
      result.ok = true;
    }
  } catch (const std::exception& e) {
    // Nothing may leave this thread's event loop: an exception there ends
    // the whole process, and with it the teacher's program.
    result = failed(result.kind, describe(e));
  } catch (...) {
    result = failed(result.kind, QObject::tr("The engine failed for an unknown reason. The program was not "
                                             "changed; press Next to run it again."));
  }
  if (!m_abandoned.load()) Q_EMIT finished(result);
}

EngineResult SessionEngine::failed(EngineCommand::Kind kind, const QString& why) const {
  return EngineResult{.generation = m_generation, .kind = kind, .ok = false, .failure = why};
}

void SessionEngine::load(const EngineCommand& command, EngineResult& result) {
  Session& s = *m_session;
  s.setBreakpoints(command.breakpoints);
  s.setInputText(command.inputText.toStdString());
  result.ok = s.load(command.source.toStdString(), command.filename.toStdString());
  if (!result.ok || m_abandoned.load()) return;
  result.snapshot = s.current();
  result.hasSnapshot = true;
  auto chart = std::make_shared<MemoryChartData>();
  chart->build(s.lazyMemory(), s.eagerMemory(), Session::xAxisLabel(), 700, s.twinReason().empty());
  result.chart = std::move(chart);
}

void SessionEngine::writeHandoutPages(const EngineCommand& command, EngineResult& result) {
  m_stopHandout.store(false);
  result.handoutPath = command.handoutPath;
  QElapsedTimer sinceReport;
  sinceReport.start();
  const quint64 generation = m_generation;
  result.ok = writeHandout(*m_session, command.handoutTitle, command.handoutRange, command.handoutPath, &result.failure,
                           [&](uint64_t done, uint64_t total) {
                             // A few reports a second are enough for a progress bar.
                             if (done == total || sinceReport.elapsed() >= 50) {
                               Q_EMIT handoutProgress(generation, done, total);
                               sinceReport.restart();
                             }
                             return !m_abandoned.load() && !m_stopHandout.load();
                           });
}

}  // namespace ys::ui
