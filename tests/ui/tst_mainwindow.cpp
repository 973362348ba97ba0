// The real window, offscreen, driving the real engine through its actions.
//
// Expected facts (lines, yielded values, event order) come from CPython 3.11:
// squares.py traced under python3's sys.settrace (tests/trace/regen.sh's way)
// shows the first yield at squares line 3 (value 0) asked for by the for loop
// at module line 7, then the module at line 8, and print output "0 1 4 done".
#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "ui/handout.h"
#include "ui/mainwindow.h"
#include "ui/models/callstackmodel.h"
#include "ui/models/generatorsmodel.h"
#include "ui/models/variablesmodel.h"
#include "ui/models/yieldsmodel.h"
#include "ui/panels/codeeditor.h"
#include "ui/panels/generatorcards.h"
#include "ui/panels/memorypanel.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

bool anySuspended(const GeneratorsModel& m) {
  for (int r = 0; r < m.rowCount(); ++r)
    if (m.generator(r)->state == GenState::Suspended) return true;
  return false;
}

}  // namespace

class TestMainWindow : public WindowTest {
  Q_OBJECT
  std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

  void loadFixture(const char* name) { QVERIFY(load(*m_w, fixture(name), QLatin1String(name))); }

  // Presses Next until `done` holds; at most `limit` presses.
  template <typename F>
  bool nextUntil(F done, int limit = 60) {
    for (int i = 0; i < limit && !done(); ++i) {
      press(*m_w, "actionNext");
      if (!waitIdle(*m_w)) return false;
    }
    return done();
  }

 private Q_SLOTS:
  // A new window, its item models checked by QAbstractItemModelTester.
  void init() {
    WindowTest::init();
    if (QTest::currentTestFailed()) return;
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.clear();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->callStackModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->variablesModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->generatorsModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->yieldsModel(), Mode::QtTest));
  }

  void cleanup() {
    m_testers.clear();
    WindowTest::cleanup();
  }

  void nextUntilAGeneratorIsSuspendedShowsItsFrame() {
    loadFixture("squares.py");
    QVERIFY(window().controller()->isLoaded());
    const Snapshot& s = window().controller()->snapshot();
    // The first yield: squares' frame on top of the module's.
    QVERIFY(nextUntil([&] { return s.event == EventKind::Yield; }));
    CallStackModel& stack = *window().callStackModel();
    QCOMPARE(stack.rowCount(), 2);
    QVERIFY(stack.frame(0)->function == "squares");
    QCOMPARE(stack.frame(0)->line, 3);
    QVERIFY(stack.frame(0)->generatorId != 0);
    QVERIFY(stack.frame(1)->function == "<module>");
    QCOMPARE(stack.frame(1)->line, 7);
    // One step on, the module runs line 8 and the generator waits at line 3.
    QVERIFY(nextUntil([&] { return s.event == EventKind::Line && s.function == "<module>"; }));
    QCOMPARE(s.line, 8);
    QCOMPARE(stack.rowCount(), 1);
    GeneratorsModel& gens = *window().generatorsModel();
    QVERIFY(anySuspended(gens));
    QCOMPARE(gens.index(0, GeneratorsModel::NameColumn).data().toString(), QStringLiteral("squares#1"));
    QCOMPARE(gens.index(0, GeneratorsModel::StateColumn).data().toString(), QStringLiteral("suspended"));
    QCOMPARE(gens.index(0, GeneratorsModel::LineColumn).data().toInt(), 3);
    QCOMPARE(gens.index(0, GeneratorsModel::YieldedColumn).data().toString(), QStringLiteral("0"));
    // The card and the editor both show the paused frame.
    QFrame* card = window().cardsPanel()->card(gens.generator(0)->id);
    QVERIFY(card);
    QCOMPARE(card->findChild<QLabel*>(QStringLiteral("stateBadge"))->text(), QStringLiteral("SUSPENDED"));
    QVERIFY(window().editor()->suspendedLabel(3).contains(QStringLiteral("squares#1")));
    // The value went to the for loop on line 7.
    YieldsModel& ys = *window().yieldsModel();
    QCOMPARE(ys.rowCount(), 1);
    QCOMPARE(ys.index(0, YieldsModel::ValueColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(ys.index(0, YieldsModel::GeneratorColumn).data().toString(), QStringLiteral("squares#1"));
    QCOMPARE(ys.index(0, YieldsModel::ConsumerLineColumn).data().toInt(), 7);
    QVERIFY(!window().narrationText().isEmpty());
    QVERIFY(window().statusText().contains(QStringLiteral("Step ")));
  }

  void backReturnsToTheExactEarlierStep() {
    loadFixture("squares.py");
    const Snapshot& s = window().controller()->snapshot();
    QVERIFY(nextUntil([&] { return s.event == EventKind::Yield; }));
    const uint64_t yieldStep = s.step;
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(s.step, yieldStep + 1);
    press(window(), "actionBack");
    QVERIFY(waitIdle(window()));
    QCOMPARE(s.step, yieldStep);
    QVERIFY(s.event == EventKind::Yield);
    QCOMPARE(window().callStackModel()->rowCount(), 2);
    QCOMPARE(window().yieldsModel()->rowCount(), 1);
    press(window(), "actionBack");
    QVERIFY(waitIdle(window()));
    QCOMPARE(s.step, yieldStep - 1);
    QCOMPARE(window().yieldsModel()->rowCount(), 0);  // 0 is not yielded yet
  }

  void continueStopsAtABreakpoint() {
    loadFixture("squares.py");
    window().editor()->toggleBreakpoint(9);  // print("done")
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    const Snapshot& s = window().controller()->snapshot();
    QCOMPARE(s.line, 9);
    QVERIFY(s.event == EventKind::Line);
    QCOMPARE(QString::fromStdString(std::string(window().controller()->session()->outputAt(s))),
             QStringLiteral("0\n1\n4\n"));
    QCOMPARE(window().yieldsModel()->rowCount(), 3);
    // Without breakpoints Continue runs to the end.
    window().editor()->toggleBreakpoint(9);
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->atEnd());
    QCOMPARE(QString::fromStdString(
                 std::string(window().controller()->session()->outputAt(window().controller()->snapshot()))),
             QStringLiteral("0\n1\n4\ndone\n"));
  }

  void syntaxErrorIsShownAtItsLine() {
    loadFixture("typo.py");
    QVERIFY(window().controller()->hasSyntaxError());
    QCOMPARE(window().editor()->errorLine(), 2);  // python3: line 2, "SyntaxError: invalid syntax"
    QVERIFY(window().editor()->errorText().startsWith(QStringLiteral("SyntaxError: invalid syntax")));
    press(window(), "actionNext");  // must not crash or step a program that cannot run
    QVERIFY(waitIdle(window()));
    QVERIFY(!window().controller()->isLoaded());
  }

  void runtimeErrorIsShownAtItsLine() {
    loadFixture("runtime_error.py");
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    QVERIFY(nextUntil([&] { return window().controller()->atEnd(); }, 5));
    QCOMPARE(window().editor()->errorLine(), 3);  // python3: line 3, ZeroDivisionError
    QVERIFY(window().editor()->errorText().contains(QStringLiteral("ZeroDivisionError")));
  }

  void unreadableFileKeepsThePreviousProgram() {
    loadFixture("squares.py");
    const QString before = window().editor()->text();
    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("binary.py"));
    QFile f(bin);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QByteArray("\x7f"
                   "ELF\0\0\0\x02",
                   8));
    f.close();
    QVERIFY(!window().openFile(bin));
    QVERIFY(window().messageText().contains(QStringLiteral("binary")));
    QVERIFY(!window().openFile(dir.filePath(QStringLiteral("missing.py"))));
    QVERIFY(window().messageText().contains(QStringLiteral("does not exist")));
    QCOMPARE(window().editor()->text(), before);
    QVERIFY(window().controller()->isLoaded());
    QCOMPARE(window().programName(), QStringLiteral("squares.py"));
  }

  void editingTheCodeEndsTheRunAndNextReloads() {
    QVERIFY(load(window(), countdownProgram(), QStringLiteral("countdown.py")));
    QVERIFY(nextUntil([&] { return window().controller()->snapshot().step >= 3; }));
    window().editor()->setCursorPosition(6, 0);  // before `    print(x)`
    window().editor()->insert(QStringLiteral("# edited\n"));
    QVERIFY(!window().controller()->isLoaded());
    QVERIFY(window().statusText().contains(QStringLiteral("edited")) || !window().controller()->isLoaded());
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->isLoaded());
    QCOMPARE(window().controller()->snapshot().step, 0ull);
    QVERIFY(window().controller()->session()->source().find("# edited") != std::string::npos);
  }

  void bundledExampleShowsItsGeneratorPaused() {
    QVERIFY(!window().catalog().examples().isEmpty());
    QVERIFY(window().openExample(QStringLiteral("01_squares_generator.py")));
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->isLoaded());
    QVERIFY(!window().messageText().isEmpty());  // the lesson is shown
    QVERIFY(nextUntil([&] { return anySuspended(*window().generatorsModel()); }, 200));
    const GeneratorsModel& gens = *window().generatorsModel();
    int row = 0;
    while (gens.generator(row)->state != GenState::Suspended) ++row;
    QVERIFY(gens.generator(row)->name == "squares_gen");
    QCOMPARE(gens.generator(row)->line, 16);  // python3: the yield on line 16
    QCOMPARE(gens.index(row, GeneratorsModel::YieldedColumn).data().toString(), QStringLiteral("0"));
  }

  void everyExampleRunsToTheEndShowingOnlyIntendedErrors() {
    for (const ExampleInfo& e : window().catalog().examples()) {
      QVERIFY2(window().openExample(e.file), qPrintable(e.file));
      QVERIFY2(waitIdle(window()), qPrintable(e.file));
      if (window().controller()->isLoaded()) {
        press(window(), "actionContinue");
        QVERIFY(waitIdle(window()));
      }
      const bool error = window().editor()->errorLine() > 0;
      QVERIFY2(error == e.expectsError, qPrintable(e.file + QStringLiteral(": ") + window().editor()->errorText()));
    }
  }

  void presentationModeShowsOnlyCodeGeneratorsAndMemoryInLargeType() {
    loadFixture("squares.py");
    const qreal before = window().font().pointSizeF();
    press(window(), "actionPresentation");
    QVERIFY(window().isPresentationMode());
    QVERIFY(window().font().pointSizeF() > before);  // scaled to the screen: 18 pt on a 1080-line one
    for (QDockWidget* d : window().findChildren<QDockWidget*>()) {
      const bool wanted =
          d->objectName() == QLatin1String("generatorsDock") || d->objectName() == QLatin1String("memoryDock");
      QCOMPARE(d->isVisible(), wanted);
    }
    QTest::keyClick(&window(), Qt::Key_PageDown);  // a clicker's "next"
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    press(window(), "actionPresentation");
    QVERIFY(!window().isPresentationMode());
    QCOMPARE(window().font().pointSizeF(), before);
  }

  // ---------------------------------------------------------- the classroom (issue 11)

  // The lesson only shows at a large n: the teacher raises it in place, the
  // code on screen says what ran, and both sizes' peaks stay side by side.
  void sizeControlRerunsWithALargerNAndKeepsBothRuns() {
    const QString program = QStringLiteral(
        "N = 10\n\ndef squares(n):\n    for i in range(n):\n        yield i * i\n\n"
        "total = 0\nfor sq in squares(N):\n    total += sq\nprint(total)\n");
    QVERIFY(load(window(), program, QStringLiteral("sweep.py")));
    MemoryPanel& memory = *window().memoryPanel();
    auto* choice = memory.findChild<QComboBox*>(QStringLiteral("sizeChoice"));
    QVERIFY(choice && choice->isVisibleTo(&memory));
    QCOMPARE(choice->currentData().toLongLong(), 10ll);
    // Ten values: no "eager / lazy" ratio that says the opposite of the lesson.
    QVERIFY2(!memory.summaryText().contains(QStringLiteral("eager / lazy")), qPrintable(memory.summaryText()));
    QVERIFY2(memory.summaryText().contains(QStringLiteral("at this size")), qPrintable(memory.summaryText()));
    choice->setCurrentIndex(choice->findData(10000ll));
    Q_EMIT choice->activated(choice->currentIndex());
    QVERIFY(waitIdle(window()));
    QVERIFY(window().editor()->text().startsWith(QStringLiteral("N = 10000\n")));  // what ran is on screen
    QCOMPARE(memory.sizeRuns().size(), 2);
    const auto small = memory.sizeRuns().front(), large = memory.sizeRuns().back();
    QCOMPARE(small.n, 10ll);
    QCOMPARE(large.n, 10000ll);
    QVERIFY(large.lazyPeak < small.lazyPeak + 1024);        // the generator stays put
    QVERIFY(large.eagerPeak > 100 * small.eagerPeak / 10);  // the list grows with n
    QVERIFY2(memory.summaryText().contains(QStringLiteral("eager / lazy")), qPrintable(memory.summaryText()));
    QVERIFY(memory.runsText().contains(QStringLiteral("n=10,000")));
  }

  // Many values, yet the peaks are close: the program's own list dominates
  // both runs. Not "at this size" (raising n would not help), nor a ratio.
  void peaksAlikeWithManyValuesAreExplainedByTheProgramsOwnData() {
    const QString program = QStringLiteral(
        "N = 1000\n\ndef squares(n):\n    for i in range(n):\n        yield i * i\n\n"
        "kept = [i * 7 for i in range(20 * N)]\ntotal = 0\nfor sq in squares(N):\n    total += sq\nprint(total)\n");
    QVERIFY(load(window(), program, QStringLiteral("kept.py")));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    const QString summary = window().memoryPanel()->summaryText();
    QVERIFY2(!summary.contains(QStringLiteral("eager / lazy")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("at this size")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("the two peak alike")), qPrintable(summary));
  }

  void infiniteGeneratorsTwinIsDrawnGrowingOnItsOwnScale() {
    QVERIFY(window().openExample(QStringLiteral("07_infinite_islice.py")));
    QVERIFY(waitIdle(window()));
    MemoryPanel& memory = *window().memoryPanel();
    QVERIFY(!memory.data().twinFinished);
    const QString text = memory.summaryText();
    QVERIFY2(!text.contains(QStringLiteral("did not finish: The eager twin")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("The eager twin")), 1);
    QLineSeries* own = nullptr;
    for (QAbstractSeries* s : memory.findChild<QChartView*>(QStringLiteral("memoryChart"))->chart()->series())
      if (s->name().contains(QStringLiteral("right axis"))) own = qobject_cast<QLineSeries*>(s);
    QVERIFY(own && own->isVisible());
    double top = 0;
    for (const QPointF& p : own->points()) top = std::max(top, p.y());
    QVERIFY(top > 0);
    QVERIFY(own->points().last().y() > own->points().first().y() * 100);  // climbs, not a flat line
  }

  void memoryRaceIsARaceBetweenTheRunAndItsTwin() {
    QVERIFY(window().openExample(QStringLiteral("12_memory_race.py")));
    QVERIFY(waitIdle(window()));
    const auto r = window().memoryPanel()->data().ratio();
    QVERIFY(r && *r > 10);
    QVERIFY2(window().memoryPanel()->summaryText().contains(QStringLiteral("eager / lazy")),
             qPrintable(window().memoryPanel()->summaryText()));
  }

  void loadingAProgramLeavesNothingOfThePreviousOne() {
    QVERIFY(window().openExample(QStringLiteral("01_squares_generator.py")));
    QVERIFY(waitIdle(window()));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    auto* output = window().findChild<QPlainTextEdit*>(QStringLiteral("output"));
    QVERIFY(!output->toPlainText().isEmpty());
    QVERIFY(!window().messageText().isEmpty());  // the example's banner
    window().loadSource(fixture("squares.py"), QStringLiteral("other.py"));
    QVERIFY(output->toPlainText().isEmpty());
    QVERIFY(window().messageText().isEmpty());
    QVERIFY(window().windowTitle().startsWith(QStringLiteral("other.py")));
    if (window().controller()->isLoading()) QVERIFY(!window().memoryPanel()->isEnabled());  // greyed, not current
    QVERIFY(waitIdle(window()));
    QVERIFY(window().memoryPanel()->isEnabled());
    QVERIFY(output->isEnabled());
  }

  void tracebackGoesToTheOutputPanelAtTheEnd() {
    window().loadSource(QStringLiteral("print('before')\nx = 1 / 0\n"), QStringLiteral("boom.py"));
    QVERIFY(waitIdle(window()));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    auto* output = window().findChild<QPlainTextEdit*>(QStringLiteral("output"));
    QVERIFY2(output->toPlainText().startsWith(QStringLiteral("before\nTraceback (most recent call last):")),
             qPrintable(output->toPlainText()));
    QVERIFY(output->toPlainText().contains(QStringLiteral("ZeroDivisionError: division by zero")));
    press(window(), "actionBack");  // before the end, no traceback yet
    QVERIFY(waitIdle(window()));
    QVERIFY(!output->toPlainText().contains(QStringLiteral("Traceback")));
  }

  // A generator still paused when the program ends is closed as Python
  // exits: its `finally` prints after the traceback, as in python3's terminal.
  void whatPythonPrintsAsItExitsFollowsTheTraceback() {
    window().loadSource(QStringLiteral("def g():\n"
                                       "    try:\n"
                                       "        yield 1\n"
                                       "    finally:\n"
                                       "        print('cleanup')\n"
                                       "x = g()\n"
                                       "print(next(x))\n"
                                       "1 / 0\n"),
                        QStringLiteral("exit.py"));
    QVERIFY(waitIdle(window()));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    auto* output = window().findChild<QPlainTextEdit*>(QStringLiteral("output"));
    const QString text = output->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("1\nTraceback (most recent call last):")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("ZeroDivisionError: division by zero\ncleanup\n")), qPrintable(text));
    press(window(), "actionBack");  // before the end, Python has not exited yet
    QVERIFY(waitIdle(window()));
    QCOMPARE(output->toPlainText(), QStringLiteral("1\n"));
  }

  void errorBoxWrapsInsteadOfBeingClipped() {
    window().resize(700, 600);
    const QString longName = QStringLiteral("a_very_long_variable_name_that_nobody_defined_anywhere_in_this_program");
    window().loadSource(QStringLiteral("print(%1 + %1)\n").arg(longName), QStringLiteral("long.py"));
    QVERIFY(waitIdle(window()));
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    const QString shown = window().editor()->shownErrorText();
    QVERIFY2(shown.contains(QStringLiteral("NameError")), qPrintable(shown));
    const int columns = window().editor()->viewport()->width() / 6;  // a generous bound on characters per line
    for (const QString& line : shown.split(QLatin1Char('\n'))) QVERIFY2(line.size() <= columns, qPrintable(line));
  }

  void windowOpensSmallerThanA720pScreenWithCodeTheLargestArea() {
    const QSize projector = MainWindow::firstStartSize(QSize(1280, 720));
    QVERIFY(projector.width() <= 1280 && projector.height() <= 720);
    QVERIFY(projector.width() >= 1200 && projector.height() >= 660);  // and uses it
    const QSize desk = MainWindow::firstStartSize(QSize(1920, 1080));
    QVERIFY(desk.width() > 1600 && desk.height() > 900 && desk.width() <= 1920 && desk.height() <= 1080);
    QVERIFY(window().width() <= window().screen()->availableGeometry().width());
    QVERIFY(window().height() <= window().screen()->availableGeometry().height());
    // No panel may force it taller: the window must still fit a 720p projector with its title bar.
    QVERIFY2(window().minimumSizeHint().height() <= 680,
             qPrintable(QString::number(window().minimumSizeHint().height())));
    window().resize(1216, 684);  // what it opens at on a 1280x720 screen (the offscreen one is smaller)
    QTest::qWait(50);
    const int code = window().editor()->width() * window().editor()->height();
    for (QDockWidget* d : window().findChildren<QDockWidget*>())
      if (d->isVisible()) QVERIFY2(d->width() * d->height() < code, qPrintable(d->objectName()));
  }

  void zoomScalesEveryPanelTogether() {
    loadFixture("squares.py");
    auto* output = window().findChild<QPlainTextEdit*>(QStringLiteral("output"));
    auto* narration = window().findChild<QLabel*>(QStringLiteral("narration"));
    const qreal ui = window().font().pointSizeF(), out = output->font().pointSizeF();
    const int code = window().editor()->lexer()->defaultFont().pointSize();
    const QString narrationSheet = narration->styleSheet();
    press(window(), "actionZoomIn");
    press(window(), "actionZoomIn");
    QCOMPARE(window().font().pointSizeF(), ui + 2);
    QCOMPARE(output->font().pointSizeF(), out + 2);
    QCOMPARE(window().editor()->lexer()->defaultFont().pointSize(), code + 2);
    QVERIFY(narration->styleSheet() != narrationSheet);
    QCOMPARE(window().cardsPanel()->font().pointSizeF(), ui + 2);
  }

  void leavingPresentationRestoresTheLayout() {
    loadFixture("squares.py");
    auto* output = window().findChild<QDockWidget*>(QStringLiteral("outputDock"));
    QTest::qWait(50);
    const QSize before = output->size(), window0 = window().size();
    press(window(), "actionPresentation");
    QTest::qWait(50);
    press(window(), "actionPresentation");
    QTest::qWait(50);
    QVERIFY(output->isVisible());
    QCOMPARE(window().size(), window0);
    QVERIFY2(std::abs(output->height() - before.height()) <= 4,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.height()).arg(output->height())));
  }

  void currentLineStaysOnScreenInPresentationAndZoom() {
    QVERIFY(window().openExample(QStringLiteral("06_state_between_next.py")));
    QVERIFY(waitIdle(window()));
    QVERIFY(nextUntil([&] { return window().controller()->snapshot().line >= 16; }, 200));
    const int line = window().controller()->snapshot().line;
    QVERIFY(window().editor()->isLineOnScreen(line));
    press(window(), "actionPresentation");
    QTest::qWait(50);
    QVERIFY(window().editor()->isLineOnScreen(line));
    for (int i = 0; i < 4; ++i) press(window(), "actionZoomIn");
    QTest::qWait(50);
    QVERIFY(window().editor()->isLineOnScreen(line));
    press(window(), "actionPresentation");
  }

  void codeDoesNotJumpSidewaysWhenAGeneratorPauses() {
    loadFixture("squares.py");
    const int before = window().editor()->marginWidth(2);
    QVERIFY(nextUntil([&] { return anySuspended(*window().generatorsModel()); }));
    QCOMPARE(window().editor()->marginWidth(2), before);
  }

  void beginnerViewHidesIteratorsAndAddressesInternalsShowThem() {
    window().loadSource(QStringLiteral("g = (x * x for x in range(3))\nprint(next(g))\nprint(g)\n"),
                        QStringLiteral("internals.py"));
    QVERIFY(waitIdle(window()));
    // Inside the generator expression's frame: its hidden iterator is `.0`.
    QVERIFY(nextUntil([&] { return window().controller()->snapshot().function == "<genexpr>"; }));
    auto names = [&] {
      QStringList out;
      for (int r = 0; r < window().variablesModel()->rowCount(); ++r)
        out << window().variablesModel()->index(r, 0).data().toString();
      return out;
    };
    QVERIFY2(!names().contains(QStringLiteral(".0")), qPrintable(names().join(u',')));
    window().action(QStringLiteral("actionInternals"))->setChecked(true);
    QVERIFY2(names().contains(QStringLiteral(".0")), qPrintable(names().join(u',')));
    window().action(QStringLiteral("actionInternals"))->setChecked(false);
    QVERIFY(nextUntil([&] {
      return window().controller()->snapshot().function == "<module>" && window().controller()->snapshot().line == 3;
    }));
    const QString g = window().variablesModel()->index(0, 1).data().toString();
    QVERIFY2(g.contains(QStringLiteral("<generator object <genexpr>>")) && !g.contains(QStringLiteral("0x")),
             qPrintable(g));
  }

  void ledgerShowsTheValueSentBack() {
    window().loadSource(
        QStringLiteral("def echo():\n    while True:\n        got = yield 'ready'\n        print(got)\n\n"
                       "e = echo()\nnext(e)\ne.send(5)\n"),
        QStringLiteral("send.py"));
    QVERIFY(waitIdle(window()));
    QVERIFY(nextUntil([&] {
      return window().controller()->snapshot().event == EventKind::Resume &&
             window().controller()->snapshot().says.rfind("send()", 0) == 0;
    }));
    QVERIFY2(window().narrationText().contains(QStringLiteral("evaluates to 5")), qPrintable(window().narrationText()));
    YieldsModel& ledger = *window().yieldsModel();
    QCOMPARE(ledger.rowCount(), 1);
    QCOMPARE(ledger.headerData(YieldsModel::SentColumn, Qt::Horizontal).toString(), QStringLiteral("Sent back"));
    QCOMPARE(ledger.index(0, YieldsModel::SentColumn).data().toString(), QStringLiteral("5"));
  }

  void ledgerKnowsEverySendAfterAJumpToTheEnd() {
    window().loadSource(QStringLiteral("def averager():\n    total = count = 0\n    average = None\n"
                                       "    while True:\n        value = yield average\n        total += value\n"
                                       "        count += 1\n        average = total / count\n\n"
                                       "avg = averager()\nnext(avg)\navg.send(10)\navg.send(20)\n"),
                        QStringLiteral("averager.py"));
    QVERIFY(waitIdle(window()));
    QVERIFY(runToEnd(window()));
    QCOMPARE(window().controller()->snapshot().event, EventKind::End);
    YieldsModel& ledger = *window().yieldsModel();
    QCOMPARE(ledger.rowCount(), 3);
    QStringList sent;
    for (int row = 0; row < 3; ++row) sent << ledger.index(row, YieldsModel::SentColumn).data().toString();
    QCOMPARE(sent, (QStringList{QStringLiteral("10"), QStringLiteral("20"), QString()}));
  }

  void secondListOfAnExhaustedGeneratorIsNarrated() {
    window().loadSource(QStringLiteral("def evens():\n    yield 0\n    yield 2\n\nresults = evens()\n"
                                       "print(list(results))\nprint(list(results))\n"),
                        QStringLiteral("exhausted.py"));
    QVERIFY(waitIdle(window()));
    QVERIFY(nextUntil([&] {
      return window().controller()->snapshot().line == 7 && window().controller()->snapshot().event == EventKind::Line;
    }));
    QVERIFY2(window().narrationText().contains(QStringLiteral("results is exhausted")) &&
                 window().narrationText().contains(QStringLiteral("list(results) gets no values from it and makes []")),
             qPrintable(window().narrationText()));
  }

  void handoutPutsSeveralStepsToAPageWithTheMemoryChart() {
    loadFixture("squares.py");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QSignalSpy done(&window(), &MainWindow::handoutExported);
    QVERIFY2(window().exportHandoutPdf(pdf, {0, 4}, &error), qPrintable(error));
    QVERIFY(done.wait(60000));  // written on the engine thread
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY(waitIdle(window()));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const auto pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ");
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));  // code, chart and 5 steps
    QCOMPARE(window().controller()->snapshot().step, 0ull);                  // put back where it was
    press(window(), "actionNext");                                           // and the engine stands there too
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    const QString png = dir.filePath(QStringLiteral("step.png"));
    QVERIFY(window().exportStepPng(png));
    QVERIFY(QFile(png).size() > 1000);
    // The moments only: one block per yield and resume, not per line.
    const auto moments = handoutSteps(*window().controller()->session(), {0, 1000, true});
    QVERIFY(!moments.empty());
    for (size_t i = 0; i + 1 < moments.size(); ++i) {
      const EventKind e = window().controller()->session()->history()[moments[i]].event;
      QVERIFY(e == EventKind::Yield || e == EventKind::Resume);
    }
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
