// ui_screens — puts the window in a chosen state for a screenshot under Xvfb.
//
//   ui_screens FILE [--size N]... [--next N | --until-suspended K | --until-says TEXT | --end | --loading]
//              [--presentation] [--zoom N] [--fill] [--handout OUT.pdf]
//              [--step N] [--dock NAME] [--dock-height NAME H] [--hide-dock NAME] [--peek ID] [--predict] [--guess-line
//              L] [--guess-value V] [--reveal]...
//
// Loads FILE, steps (N times Next; or until the K-th time a generator is seen
// suspended on a line event; or until the narration says TEXT; or Continue to the end; or, with --loading, not
// at all: READY comes while the run is still being recorded), prints READY on stdout
// and stays open until killed, so tests/ui/take_screenshots.sh can capture
// the X screen with ImageMagick's `import`. --size re-runs the program with
// its size constant at N (the memory panel's control; repeat it to keep
// several sizes side by side). The window opens at its own default size,
// or fills the screen with --fill. The last group runs in the order given:
// --step goes to step N (0-based), --dock raises a dock by object name,
// --peek presses the peek button of generator ID's card and waits for the
// answer, --predict turns predict-next on, --guess-line/--guess-value make
// the class's guess and --reveal presses Next.
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFrame>
#include <QScreen>
#include <QTest>
#include <QTimer>
#include <cstdio>

#include "ui/mainwindow.h"
#include "ui/panels/generatorcards.h"
#include "ui/panels/memorypanel.h"
#include "ui/panels/predictbar.h"
#include "ui/sessioncontroller.h"

using namespace ys;
using namespace ys::ui;

namespace {

bool idle(MainWindow& w) {
  return QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 60000);
}

bool suspendedOnLine(const Snapshot& s) {
  if (s.event != EventKind::Line) return false;
  for (const GeneratorView& g : s.generators)
    if (g.state == GenState::Suspended) return true;
  return false;
}

void drive(MainWindow& w, const QStringList& args) {
  if (args.contains(QStringLiteral("--loading"))) {
    (void)QTest::qWaitFor([&] { return w.controller()->stepsRecorded() > 100000 || !w.controller()->isLoading(); },
                          1500);
    return;
  }
  idle(w);
  for (int i = args.indexOf(QStringLiteral("--size")); i >= 0; i = args.indexOf(QStringLiteral("--size"), i + 1)) {
    Q_EMIT w.memoryPanel()->sizeChosen(args.value(i + 1).toLongLong());
    idle(w);
  }
  QAction* next = w.action(QStringLiteral("actionNext"));
  if (int i = args.indexOf(QStringLiteral("--next")); i >= 0)
    for (int n = args.value(i + 1).toInt(); n > 0; --n) {
      next->trigger();
      idle(w);
    }
  if (int i = args.indexOf(QStringLiteral("--until-suspended")); i >= 0)
    for (int k = args.value(i + 1).toInt(), guard = 0; k > 0 && guard < 100000 && !w.controller()->atEnd(); ++guard) {
      next->trigger();
      idle(w);
      if (suspendedOnLine(w.controller()->snapshot())) --k;
    }
  if (int i = args.indexOf(QStringLiteral("--until-says")); i >= 0) {
    const std::string words = args.value(i + 1).toStdString();
    for (int guard = 0;
         guard < 100000 && !w.controller()->atEnd() && w.controller()->snapshot().says.find(words) == std::string::npos;
         ++guard) {
      next->trigger();
      idle(w);
    }
  }
  if (args.contains(QStringLiteral("--end"))) {
    w.action(QStringLiteral("actionContinue"))->trigger();
    idle(w);
  }
  if (args.contains(QStringLiteral("--presentation"))) w.setPresentationMode(true);
  if (int i = args.indexOf(QStringLiteral("--zoom")); i >= 0)  // Ctrl+ pressed N times
    for (int n = args.value(i + 1).toInt(); n > 0; --n) w.action(QStringLiteral("actionZoomIn"))->trigger();
  if (int i = args.indexOf(QStringLiteral("--handout")); i >= 0) {
    // The moments of the whole run (every yield and resume), as File > Export Handout offers first.
    QString error;
    bool finished = false;
    QObject::connect(&w, &MainWindow::handoutExported, [&](bool ok, const QString& what) {
      std::printf("handout %s: %s\n", ok ? "written" : "failed", qPrintable(what));
      finished = true;
    });
    if (!w.exportHandoutPdf(args.value(i + 1), {0, w.controller()->stepCount() - 1, true}, &error))
      std::printf("handout failed: %s\n", qPrintable(error));
    else
      (void)QTest::qWaitFor([&] { return finished; }, 120000);
  }
}

// The options that run in the order given (see the file comment).
void driveInOrder(MainWindow& w, const QStringList& args) {
  for (int i = 0; i < args.size(); ++i) {
    const QString& a = args[i];
    const QString value = args.value(i + 1);
    if (a == QLatin1String("--step")) {
      w.controller()->goTo(value.toULongLong());
      idle(w);
    } else if (a == QLatin1String("--dock")) {
      if (auto* dock = w.findChild<QDockWidget*>(value)) {
        dock->show();
        dock->raise();
      }
    } else if (a == QLatin1String("--hide-dock")) {  // as if its close button were clicked
      if (auto* dock = w.findChild<QDockWidget*>(value)) dock->hide();
    } else if (a == QLatin1String("--dock-height")) {  // NAME H: as if the splitter were dragged
      if (auto* dock = w.findChild<QDockWidget*>(value))
        w.resizeDocks({dock}, {args.value(i + 2).toInt()}, Qt::Vertical);
    } else if (a == QLatin1String("--peek")) {
      w.cardsPanel()->peek(value.toULongLong());
      (void)QTest::qWaitFor([&] { return !w.cardsPanel()->peekWaiting(); }, 20000);
      if (QFrame* card = w.cardsPanel()->card(value.toULongLong())) w.cardsPanel()->ensureWidgetVisible(card);
    } else if (a == QLatin1String("--predict")) {
      w.setPredictMode(true);
    } else if (a == QLatin1String("--guess-line")) {
      w.predictBar()->guessLine(value.toInt());
    } else if (a == QLatin1String("--guess-value")) {
      w.predictBar()->guessValue(value);
    } else if (a == QLatin1String("--reveal")) {
      w.action(QStringLiteral("actionNext"))->trigger();
      idle(w);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("YieldscopeScreens"));  // keep the user's settings out
  const QStringList args = QApplication::arguments();
  if (args.size() < 2) {
    std::fprintf(
        stderr,
        "usage: ui_screens FILE [--size N]... [--next N | --until-suspended K | --until-says TEXT | --end | --loading]"
        " [--presentation] [--zoom N] [--fill] [--handout OUT.pdf]\n");
    return 2;
  }
  MainWindow w;
  w.move(0, 0);
  if (args.contains(QStringLiteral("--fill"))) w.resize(w.screen()->availableGeometry().size());
  w.show();
  if (!w.openFile(args.at(1))) return 1;
  drive(w, args);
  driveInOrder(w, args);
  if (args.contains(QStringLiteral("--handout"))) return 0;  // written (or not): nothing to photograph
  QTimer::singleShot(300, [] {
    std::printf("READY\n");
    std::fflush(stdout);
  });
  return app.exec();
}
