// What the window tests share: a window shown for each test (WindowTest),
// waiting for the engine thread, loading a program and moving to a step,
// pressing an action as a user does, reading the Output pane, finding a
// module line's step, and the small fib program most of them start from.
// Listed among each UI test's sources (tests/ui/CMakeLists.txt) so that moc
// sees WindowTest.
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLatin1String>
#include <QObject>
#include <QPlainTextEdit>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cstdint>
#include <memory>

#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

#include "tests/fib_program.h"

namespace ys::uitest {

// An endless Fibonacci generator asked twice; python3 prints "0 1".
inline const QString kFib = QStringLiteral(YS_TEST_FIB_DEF
                                           "\n"
                                           "\n"
                                           "g = fib()\n"
                                           "first = next(g)\n"
                                           "second = next(g)\n"
                                           "print(first, second)\n");

// The engine thread has finished its work and a program is loaded.
inline bool waitIdle(ui::SessionController& c, int ms = 60000) {
  return QTest::qWaitFor([&] { return !c.isBusy() && c.isLoaded(); }, ms);
}

// The window's engine thread has finished its work (loaded or refused).
inline bool waitIdle(ui::MainWindow& w, int ms = 90000) {
  return QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, ms);
}

// A program given to the window, and the engine thread done with it (loaded
// or refused).
inline bool load(ui::MainWindow& w, const QString& source, const QString& name) {
  w.loadSource(source, name);
  return waitIdle(w);
}

// A bundled example (resources/examples) opened, recorded and loaded.
inline bool openExample(ui::MainWindow& w, const QString& name) {
  return w.openExample(name) && waitIdle(w) && w.controller()->isLoaded();
}

// The controller moved to `step` and done.
inline bool goTo(ui::SessionController& c, uint64_t step) {
  c.goTo(step);
  return waitIdle(c);
}

// The first step at `line` of the module (the program stopped before it runs).
inline uint64_t stepAtLine(const ui::SessionController& c, int line) {
  const auto& h = c.session()->history();
  for (uint64_t i = 0; i < h.size(); ++i)
    if (h[i].event == EventKind::Line && h[i].line == line && h[i].depth == 1) return i;
  return 0;
}

inline QString outputText(ui::MainWindow& w) {
  return w.findChild<QPlainTextEdit*>(QStringLiteral("output"))->toPlainText();
}

inline void press(ui::MainWindow& w, const char* action) {
  w.action(QLatin1String(action))->trigger();
}

// Continue with no breakpoint: to the end of the run.
inline bool runToEnd(ui::MainWindow& w) {
  press(w, "actionContinue");
  return waitIdle(w) && w.controller()->atEnd();
}

// The window sized as `size` (unless it is invalid), shown and exposed.
inline bool showWindow(ui::MainWindow& w, QSize size = QSize()) {
  if (size.isValid()) w.resize(size);
  w.show();
  return QTest::qWaitForWindowExposed(&w);
}

// A program of tests/ui/fixtures, or an empty string.
inline QString fixture(const QString& relativePath) {
  QFile f(QStringLiteral(YS_UI_FIXTURES "/") + relativePath);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
inline QString fixture(const char* relativePath) {
  return fixture(QString::fromUtf8(relativePath));
}

// A countdown generator in a for loop: tests/trace/gen_basic.py, whose steps
// the trace test checks against CPython's.
inline QString countdownProgram() {
  return fixture("../../trace/gen_basic.py");
}

// A stage of the lesson's notes as the student has it then (fixtures/lesson/
// README.md): 1_as_pasted.py with the fixes of fixes.tsv applied up to and
// including `stage`; an empty string for a stage fixes.tsv does not name.
inline QString lessonStage(const QString& stage) {
  QStringList lines = fixture("lesson/1_as_pasted.py").split(QLatin1Char('\n'));
  if (stage == QLatin1String("1_as_pasted")) return lines.join(QLatin1Char('\n'));
  bool reached = false;
  for (const QString& row : fixture("lesson/fixes.tsv").split(QLatin1Char('\n'))) {
    if (row.isEmpty() || row.startsWith(QLatin1Char('#'))) continue;
    const QString name = row.section(QLatin1Char('\t'), 0, 0);
    if (reached && name != stage) break;
    const int number = row.section(QLatin1Char('\t'), 1, 1).toInt();
    if (number < 1 || number > lines.size()) return {};
    lines[number - 1] = row.section(QLatin1Char('\t'), 2);
    reached = reached || name == stage;
  }
  return reached ? lines.join(QLatin1Char('\n')) : QString();
}

// How the timing tools (ui_timing, lesson_walkthrough) start: the clock, the
// application and its window, shown (at `size`, unless invalid) and painted;
// shownMs is the time that took (QApplication + MainWindow + first paint).
struct TimedStart {
  TimedStart(int& argc, char** argv, QSize size = QSize()) : clock(started()), app(argc, argv) {
    (void)showWindow(window, size);
    window.repaint();
    shownMs = clock.nsecsElapsed() / 1e6;
  }
  static QElapsedTimer started() {
    QElapsedTimer t;
    t.start();
    return t;
  }
  QElapsedTimer clock;
  QApplication app;
  ui::MainWindow window;
  double shownMs = 0;
};

// The fixture of most window tests: QStandardPaths in test mode, and a new
// window, shown, for each test function. A test that wants more in init() or
// cleanup() declares its own, calling these first (init) or last (cleanup).
class WindowTest : public QObject {
  Q_OBJECT

 protected:
  std::unique_ptr<ui::MainWindow> m_w;
  QSize m_windowSize;  // the window's size, when a test sets it before init()

  ui::MainWindow& window() { return *m_w; }
  ui::SessionController& ctl() { return *m_w->controller(); }

 protected Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
  void init() {
    m_w = std::make_unique<ui::MainWindow>();
    QVERIFY(showWindow(*m_w, m_windowSize));
  }
  void cleanup() { m_w.reset(); }
};

}  // namespace ys::uitest
