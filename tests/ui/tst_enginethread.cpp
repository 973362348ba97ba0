// The window's engine thread (issue 9): switching programs while the old one
// is busy, moves asked while a program loads, coalesced key presses, Stop,
// and the memory axes that once froze the window after a small program.
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>

#include "ui/mainwindow.h"
#include "ui/panels/memorypanel.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

const QString kSquares = QStringLiteral(
    "def squares(n):\n"
    "    for i in range(n):\n"
    "        yield i * i\n"
    "\n"
    "\n"
    "for v in squares(40):\n"
    "    print(v)\n"
    "print(\"done\")\n");

// Long enough that a load or a Continue is still running when Stop comes.
QString countTo(int n) {
  return QStringLiteral(
             "def count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n\n\n"
             "total = 0\nfor x in count(%1):\n    total += x\nprint(total)\n")
      .arg(n);
}

// Whether the engine still keeps a Stop's cancel flag for the moves after it
// (the engine side of issue 9): then a Continue after a Stop moves one step,
// whatever the window does.
bool engineKeepsCancelAfterStop() {
  Session s;
  s.load("for i in range(50):\n    pass\n", "probe.py");
  s.cancel();
  s.continueRun();
  const Snapshot& after = s.continueRun();
  return after.step + 1 < s.stepCount();
}

// Whether destroying a session paused at `step` is safe in this engine,
// tried in a child process so that a crash there cannot end the test.
bool engineSurvivesDroppingASessionAt(const std::string& source, uint64_t step) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::signal(SIGSEGV, SIG_DFL);  // the child's crash is an answer, not a test failure to report
    std::signal(SIGABRT, SIG_DFL);
    alarm(30);  // a hang counts as a failure too
    {
      Session s;
      s.load(source, "probe.py");
      s.goTo(step);
    }
    _exit(0);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) return true;  // cannot tell: run the test
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

class TestEngineThread : public WindowTest {
  Q_OBJECT

 private Q_SLOTS:
  void switchingExamplesWhileTheOldRunIsBusyDoesNotCrash_data() {
    QTest::addColumn<bool>("atGeneratorExit");
    QTest::newRow("paused at a yield") << false;
    QTest::newRow("paused at GeneratorExit") << true;
  }

  // The crash users saw: paused where the infinite generator is closed
  // (GeneratorExit at its line 7), then another example is chosen while the
  // old session is still at work.
  void switchingExamplesWhileTheOldRunIsBusyDoesNotCrash() {
    QFETCH(bool, atGeneratorExit);
    QVERIFY(openExample(window(), QStringLiteral("07_infinite_islice.py")));
    QVERIFY(ctl().isLoaded());
    if (atGeneratorExit) {
      const auto& history = ctl().session()->history();
      const auto exit = std::find_if(history.begin(), history.end(),
                                     [](const StepRecord& r) { return r.event == EventKind::Exception; });
      QVERIFY(exit != history.end());
      // First without a window, in a child process, so that an engine crash
      // is reported as this failure rather than ending the test run.
      QVERIFY2(engineSurvivesDroppingASessionAt(ctl().session()->source(), uint64_t(exit - history.begin())),
               "destroying a session paused at GeneratorExit crashed or hung the engine");
    }
    const Snapshot& s = ctl().snapshot();
    auto there = [&] {
      if (!atGeneratorExit) return s.event == EventKind::Yield && s.step > 20;
      return s.says.find("GeneratorExit") != std::string::npos ||
             (s.exception && s.exception->find("GeneratorExit") != std::string::npos);
    };
    for (int i = 0; i < 200 && !there() && !ctl().atEnd(); ++i) {
      press(window(), "actionNext");
      QVERIFY(waitIdle(window()));
    }
    QVERIFY2(there(), s.says.c_str());
    const QStringList others = {QStringLiteral("01_squares_generator.py"), QStringLiteral("07_infinite_islice.py"),
                                QStringLiteral("12_memory_race.py"), QStringLiteral("08_pipeline.py")};
    for (int round = 0; round < 24; ++round) {
      // Leave each program with work in flight: a move, a Continue, a load.
      press(window(), "actionNext");
      if (round % 3 == 1) press(window(), "actionContinue");
      if (round % 4 == 2) press(window(), "actionBack");
      QVERIFY(window().openExample(others[round % others.size()]));
      if (round % 5 == 4)
        QVERIFY(waitIdle(window()));
      else
        QTest::qWait(round % 2 ? 0 : 3);
    }
    QVERIFY(window().openExample(QStringLiteral("01_squares_generator.py")));
    QVERIFY(waitIdle(window()));
    QVERIFY(ctl().isLoaded());
    QCOMPARE(window().programName(), QStringLiteral("01_squares_generator.py"));
    QVERIFY(ctl().session()->source().find("squares_gen") != std::string::npos);
    QCOMPARE(ctl().snapshot().step, 0ull);
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 1ull);
  }

  void nextPressedWhileLoadingIsApplied() {
    window().loadSource(kSquares, QStringLiteral("squares.py"));
    QVERIFY(ctl().isLoading());
    press(window(), "actionNext");
    press(window(), "actionNext");
    QTest::keyClick(&window(), Qt::Key_Right);  // the key, not only the action
    QVERIFY(waitIdle(window()));
    QVERIFY(ctl().isLoaded());
    QCOMPARE(ctl().snapshot().step, 3ull);
    QCOMPARE(window().statusText().contains(QStringLiteral("Step 4 of")), true);
  }

  void heldKeysCoalesceIntoOneTarget() {
    window().loadSource(kSquares, QStringLiteral("squares.py"));
    QVERIFY(waitIdle(window()));
    QSignalSpy shown(&ctl(), &SessionController::snapshotChanged);
    for (int i = 0; i < 50; ++i) press(window(), "actionNext");  // no event processed in between
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 50ull);
    QVERIFY2(shown.count() <= 3, qPrintable(QString::number(shown.count())));  // not 50 answers
    shown.clear();
    for (int i = 0; i < 20; ++i) press(window(), "actionBack");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 30ull);
    QVERIFY(shown.count() <= 3);
    // A slider drag keeps only the latest position.
    for (uint64_t step : {5ull, 70ull, 12ull, 44ull}) ctl().goTo(step);
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 44ull);
    // Next past the end stops at the end, and one Back then moves one step.
    const uint64_t last = ctl().stepCount() - 1;
    for (uint64_t i = 0; i < last + 40; ++i) press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, last);
    press(window(), "actionBack");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, last - 1);
  }

  void stopThenContinueRunsToTheEnd() {
    // Stop when nothing runs leaves nothing behind.
    window().loadSource(kSquares, QStringLiteral("squares.py"));
    QVERIFY(waitIdle(window()));
    press(window(), "actionNext");
    press(window(), "actionStop");
    QVERIFY(waitIdle(window()));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    QVERIFY(ctl().atEnd());
    // Stop during a Continue, then Continue again.
    press(window(), "actionReset");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 0ull);
    press(window(), "actionContinue");
    press(window(), "actionStop");
    QVERIFY(waitIdle(window()));
    QVERIFY2(!engineKeepsCancelAfterStop(), "a Stop left the engine cancelled: the next Continue did nothing");
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    QVERIFY(ctl().atEnd());
  }

  void stopDuringALoadKeepsTheWindowUsable() {
    QSignalSpy progress(&ctl(), &SessionController::loadProgress);
    window().loadSource(countTo(3'000'000), QStringLiteral("count.py"));
    QTest::qWait(400);
    QVERIFY(ctl().isLoading());  // five million steps take seconds
    QVERIFY(window().statusText().contains(QStringLiteral("Loading")));
    QVERIFY(QTest::qWaitFor([&] { return progress.count() > 0; }, 5000));
    press(window(), "actionStop");
    QVERIFY(waitIdle(window(), 20000));
    QVERIFY(ctl().isLoaded());  // the steps before the Stop stay browsable
    QVERIFY(ctl().stepCount() > 1000);
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, 1ull);
  }

  void switchingProgramsCancelsALoadWithoutWaiting() {
    window().loadSource(countTo(3'000'000), QStringLiteral("count.py"));
    QTest::qWait(200);
    QVERIFY(ctl().isLoading());
    QElapsedTimer t;
    t.start();
    window().loadSource(kSquares, QStringLiteral("squares.py"));
    QVERIFY2(t.elapsed() < 100, qPrintable(QString::number(t.elapsed())));  // did not wait for the old load
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().programName(), QStringLiteral("squares.py"));
    QVERIFY(ctl().session()->source().find("squares") != std::string::npos);
  }

  void aHandoutIsWrittenOffTheUiThreadAndStopEndsIt() {
    window().loadSource(kSquares, QStringLiteral("squares.py"));
    QVERIFY(waitIdle(window()));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long-handout.pdf"));
    QSignalSpy progress(&ctl(), &SessionController::handoutProgress);
    QSignalSpy done(&window(), &MainWindow::handoutExported);
    QVERIFY(window().exportHandoutPdf(pdf, {0, 150}));
    QVERIFY(ctl().isExportingHandout());
    press(window(), "actionNext");  // queued behind the handout, not lost
    QVERIFY(QTest::qWaitFor([&] { return progress.count() > 0 || done.count() > 0; }, 60000));
    if (done.isEmpty()) {
      QVERIFY(window().statusText().contains(QStringLiteral("handout")));
      press(window(), "actionStop");
      QVERIFY(done.wait(60000));
      // On a loaded machine the last page can be written before Stop reaches
      // the engine thread; either way the file is all or nothing.
      const bool finished = done.at(0).at(0).toBool();
      QCOMPARE(QFile::exists(pdf), finished);
    }
    QVERIFY(waitIdle(window()));
    QVERIFY(!ctl().isExportingHandout());
    // Stop also dropped the queued Next; the engine stands where the window does.
    const uint64_t here = ctl().snapshot().step;
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(ctl().snapshot().step, here + 1);
  }

  // Loading a long program after a short one once froze the window: the new
  // x range was laid out with the short program's tick interval.
  void memoryAxesOfALongRunAfterAShortOneAreQuick() {
    MemoryPanel panel;
    panel.resize(600, 300);
    panel.show();
    auto chart = [](double xMax) {
      MemoryChartData d;
      d.lazy = {{0, 100}, {xMax / 2, 400}, {xMax, 200}};
      d.lazyPeak = 400;
      d.xMax = xMax;
      d.yMax = 500;
      return d;
    };
    for (double xMax : {100.0, 5'000'000.0, 50.0, 100'000.0, 1.0, 5'000'000.0}) {
      QElapsedTimer t;
      t.start();
      panel.setSeries(chart(xMax), QStringLiteral("step"), QString());
      panel.setPosition(uint64_t(xMax / 2), 0, 300);
      panel.repaint();
      QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("xMax %1: %2 ms").arg(xMax).arg(t.elapsed())));
    }
  }
};

QTEST_MAIN(TestEngineThread)
#include "tst_enginethread.moc"
