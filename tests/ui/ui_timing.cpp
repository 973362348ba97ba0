// ui_timing — measures what a user feels: start-up until the window is on
// screen, and a Next press until the window has repainted, for a small
// program, for one holding a 10^4-element list and for one that has printed
// a megabyte. Prints numbers; it is not
// a pass/fail test (timings belong in benchmarks, not in ctest).
//
//   QT_QPA_PLATFORM=offscreen build/tests/ui/ui_timing
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys::ui;
using ys::uitest::fixture;
using ys::uitest::showWindow;
using ys::uitest::waitIdle;

namespace {

// startFromEnd: first go to `presses` steps before the end, where the output
// is longest.
void measureNext(MainWindow& w, const char* name, int presses, bool startFromEnd = false,
                 const char* actionName = "actionNext") {
  QElapsedTimer load;
  load.start();
  w.loadSource(fixture(name), QLatin1String(name));
  (void)waitIdle(w, 60000);
  const double loadMs = load.nsecsElapsed() / 1e6;
  const bool back = QLatin1String(actionName) == QLatin1String("actionBack");
  if (startFromEnd) {
    const uint64_t steps = w.controller()->stepCount();
    w.controller()->goTo(back ? steps - 1 : steps > uint64_t(presses) + 1 ? steps - uint64_t(presses) - 1 : 0);
    (void)waitIdle(w, 60000);
    w.repaint();
  }
  std::vector<double> ms, uiMs;
  QAction* next = w.action(QLatin1String(actionName));
  for (int i = 0; i < presses && (back ? w.controller()->snapshot().step > 0 : !w.controller()->atEnd()); ++i) {
    QElapsedTimer t;
    QEventLoop answered;
    qint64 answerNs = 0;
    // Connected after the window's own handler, so this runs once the
    // window has taken the snapshot in.
    auto c = QObject::connect(w.controller(), &SessionController::snapshotChanged, &answered, [&] {
      if (w.controller()->isBusy()) return;
      answered.quit();
    });
    auto arrived = QObject::connect(w.controller(), &SessionController::busyChanged, &answered, [&](bool busy) {
      if (!busy && !answerNs) answerNs = t.nsecsElapsed();
    });
    t.start();
    next->trigger();  // posted to the engine thread; the answer comes back as an event
    QTimer::singleShot(10000, &answered, &QEventLoop::quit);
    answered.exec();
    QObject::disconnect(c);
    QObject::disconnect(arrived);
    QElapsedTimer ui;
    ui.start();
    w.repaint();  // synchronous paint of the whole window
    ms.push_back(t.nsecsElapsed() / 1e6);
    // The window's own part: taking the snapshot in (after busyChanged) and painting.
    uiMs.push_back((t.nsecsElapsed() - answerNs) / 1e6);
  }
  std::sort(uiMs.begin(), uiMs.end());
  std::sort(ms.begin(), ms.end());
  if (ms.empty()) return;
  std::printf(
      "%-14s load+record %7.1f ms | %s->repaint over %zu presses: median %.2f ms, p90 %.2f ms, max %.2f ms"
      " | of which the window (snapshot in + paint): median %.2f ms, p90 %.2f ms\n",
      name, loadMs, back ? "Back" : "Next", ms.size(), ms[ms.size() / 2], ms[ms.size() * 9 / 10], ms.back(),
      uiMs[uiMs.size() / 2], uiMs[uiMs.size() * 9 / 10]);
}

// Loading a long run right after a short one once took far longer than
// loading it first (the memory axis kept the short run's tick interval).
void measureLongAfterShort() {
  const QString longRun = QStringLiteral("def g(n):\n  for i in range(n): yield i\nfor x in g(50_000): pass\n");
  auto loadMs = [&](MainWindow& w) {
    QElapsedTimer t;
    t.start();
    w.loadSource(longRun, QStringLiteral("long.py"));
    (void)waitIdle(w, 60000);
    w.repaint();
    return t.nsecsElapsed() / 1e6;
  };
  MainWindow first;
  (void)showWindow(first);
  const double alone = loadMs(first);
  MainWindow second;
  (void)showWindow(second);
  second.loadSource(fixture("squares.py"), QStringLiteral("squares.py"));
  (void)waitIdle(second, 60000);
  second.repaint();
  const double afterShort = loadMs(second);
  std::printf("a %llu-step run: load+first paint %.1f ms in a new window, %.1f ms after squares.py\n",
              static_cast<unsigned long long>(second.controller()->stepCount()), alone, afterShort);
}

}  // namespace

int main(int argc, char** argv) {
  ys::uitest::TimedStart start(argc, argv);
  MainWindow& w = start.window;
  std::printf("window shown after %.1f ms (QApplication + MainWindow + first paint)\n", start.shownMs);
  measureNext(w, "squares.py", 40);
  measureNext(w, "biglist.py", 200);
  measureNext(w, "bigoutput.py", 200, true);
  measureNext(w, "bigoutput.py", 200, true, "actionBack");
  measureLongAfterShort();
  return 0;
}
