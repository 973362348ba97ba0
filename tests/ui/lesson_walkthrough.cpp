// lesson_walkthrough — gives the lesson of the generator tutorial (fixtures/lesson)
// in the window from a cold start at a 1280x720 projector's size, as a teacher
// would: each point of the tutorial with its bundled example, Next pressed
// through every step; the memory point with n raised to 100000; the notes'
// code pasted verbatim and fixed one hint at a time. Prints each part, the
// presses it took and the window's time (load, every Next answered and
// painted). Not a pass/fail test (tst_lesson checks the same ground; timings
// belong here, not in ctest).
//
//   QT_QPA_PLATFORM=offscreen build/tests/ui/lesson_walkthrough
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTest>
#include <cstdio>

#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/panels/memorypanel.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys::ui;

namespace {

void idle(MainWindow& w) {
  (void)ys::uitest::waitIdle(w, 120000);
}

// Next until the end, each answer painted: returns the presses.
int nextToTheEnd(MainWindow& w) {
  QAction* next = w.action(QStringLiteral("actionNext"));
  int presses = 0;
  while (!w.controller()->atEnd() && presses < 5000 && w.controller()->isLoaded()) {
    next->trigger();
    idle(w);
    w.repaint();
    ++presses;
  }
  return presses;
}

void report(const char* point, const QString& what, int presses, double ms, const QString& note) {
  std::printf("%-34s %-36s %5d presses %8.0f ms  %s\n", point, qPrintable(what), presses, ms,
              qPrintable(note.left(90)));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  ys::uitest::TimedStart start(argc, argv, QSize(1216, 684));
  MainWindow& w = start.window;
  const QElapsedTimer& total = start.clock;
  idle(w);
  report("cold start", QStringLiteral("window shown, example loaded"), 0, total.nsecsElapsed() / 1e6, QString());

  struct Point {
    const char* point;
    const char* example;
    qint64 size;    // the memory panel's size control, 0 to leave it
    bool toTheEnd;  // Continue instead of Next through every step (a long run)
  };
  const Point points[] = {
      {"1 lazy evaluation, yield", "01_squares_generator.py", 0, false},
      {"  return vs yield", "03_return_vs_yield.py", 0, false},
      {"2 generator expressions", "02_squares_genexp.py", 0, false},
      {"3 next() and __next__()", "04_next_by_hand.py", 0, false},
      {"  a for loop does it for you", "05_for_loop.py", 0, false},
      {"4 state kept between calls", "06_state_between_next.py", 0, false},
      {"  memory: a list vs a generator", "12_memory_race.py", 0, true},
      {"  infinite sequences", "07_infinite_islice.py", 0, false},
      {"notes: yeild typo", "13_mistake_yeild_typo.py", 0, false},
      {"notes: code after return", "14_mistake_code_after_return.py", 0, false},
      {"notes: 'stores all results'", "15_mistake_stores_all_results.py", 0, false},
  };
  for (const Point& p : points) {
    QElapsedTimer t;
    t.start();
    if (!w.openExample(QLatin1String(p.example))) {
      report(p.point, QLatin1String(p.example), 0, 0, QStringLiteral("COULD NOT OPEN"));
      continue;
    }
    idle(w);
    if (p.size) {
      Q_EMIT w.memoryPanel()->sizeChosen(p.size);
      idle(w);
      w.action(QStringLiteral("actionContinue"))->trigger();
      idle(w);
      w.repaint();
      report(p.point, QLatin1String(p.example), 1, t.nsecsElapsed() / 1e6, w.memoryPanel()->summaryText());
      continue;
    }
    int presses = 1;
    if (p.toTheEnd) {
      w.action(QStringLiteral("actionContinue"))->trigger();
      idle(w);
      w.repaint();
    } else {
      presses = nextToTheEnd(w);
    }
    const QString error = w.editor()->errorText();
    report(p.point, QLatin1String(p.example), presses, t.nsecsElapsed() / 1e6,
           !error.isEmpty() ? error.section(QLatin1Char('\n'), 0, 0) : w.narrationText());
  }

  // The tutorial's square_generator pasted, n raised in place to 100000.
  {
    QElapsedTimer t;
    t.start();
    w.loadSource(ys::uitest::fixture("lesson/tutorial_square_generator.py"), QStringLiteral("squares.py"));
    idle(w);
    const int presses = nextToTheEnd(w);
    Q_EMIT w.memoryPanel()->sizeChosen(100000);
    idle(w);
    w.action(QStringLiteral("actionContinue"))->trigger();
    idle(w);
    w.repaint();
    report("  memory: n raised to 100000", QStringLiteral("tutorial's square_generator"), presses + 1,
           t.nsecsElapsed() / 1e6, w.memoryPanel()->summaryText());
  }

  // The notes' own code, pasted and fixed one hint at a time.
  const char* stages[] = {"1_as_pasted",      "2_return_fixed",          "3_indented", "4_yield_fixed",
                          "5_note_commented", "6_second_note_commented", "7_runs"};
  for (const char* stage : stages) {
    QElapsedTimer t;
    t.start();
    w.loadSource(ys::uitest::lessonStage(QLatin1String(stage)), QStringLiteral("notes.py"));
    idle(w);
    const int presses = w.controller()->hasSyntaxError() ? 0 : nextToTheEnd(w);
    const QString error = w.editor()->errorText();
    report("notes pasted", QLatin1String(stage), presses, t.nsecsElapsed() / 1e6,
           error.isEmpty() ? w.findChild<QPlainTextEdit*>(QStringLiteral("output"))->toPlainText().simplified()
                           : error.section(QLatin1Char('\n'), 1).simplified());
  }
  std::printf("whole lesson: %.1f s of the window's time\n", total.nsecsElapsed() / 1e9);
  return 0;
}
