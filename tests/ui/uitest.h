// What the window tests share: waiting for the engine thread, pressing an
// action as a user does, reading the Output pane, finding a module line's
// step, and the small fib program most of them start from.
#pragma once

#include <QFile>
#include <QLatin1String>
#include <QPlainTextEdit>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cstdint>

#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

namespace ys::uitest {

// An endless Fibonacci generator asked twice; python3 prints "0 1".
inline const QString kFib = QStringLiteral(
    "def fib():\n"
    "    a, b = 0, 1\n"
    "    while True:\n"
    "        yield a\n"
    "        a, b = b, a + b\n"
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

// A program of tests/ui/fixtures, or an empty string.
inline QString fixture(const QString& relativePath) {
  QFile f(QStringLiteral(YS_UI_FIXTURES "/") + relativePath);
  return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
inline QString fixture(const char* relativePath) {
  return fixture(QString::fromUtf8(relativePath));
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

}  // namespace ys::uitest
