// The real window, offscreen, driving the real engine through its actions.
//
// Expected facts (lines, yielded values, event order) come from CPython 3.11:
// `python3 ../shared/tools/cpython_trace.py tests/ui/fixtures/squares.py`
// shows the first yield at squares line 3 (value 0) asked for by the for loop
// at module line 7, then the module at line 8, and print output "0 1 4 done".
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "ui/mainwindow.h"
#include "ui/models/callstackmodel.h"
#include "ui/models/generatorsmodel.h"
#include "ui/models/variablesmodel.h"
#include "ui/models/yieldsmodel.h"
#include "ui/panels/codeeditor.h"
#include "ui/panels/generatorcards.h"
#include "ui/sessioncontroller.h"

using namespace ys;
using namespace ys::ui;

namespace {

QString fixture(const char* name) {
  QFile f(QStringLiteral(YS_UI_FIXTURES "/") + QLatin1String(name));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

bool waitIdle(MainWindow& w, int ms = 90000) {
  return QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, ms);
}

bool anySuspended(const GeneratorsModel& m) {
  for (int r = 0; r < m.rowCount(); ++r)
    if (m.generator(r)->state == GenState::Suspended) return true;
  return false;
}

void press(MainWindow& w, const char* action) {
  w.action(QLatin1String(action))->trigger();
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
  std::unique_ptr<MainWindow> m_w;
  std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

  MainWindow& window() { return *m_w; }

  void loadFixture(const char* name) {
    m_w->loadSource(fixture(name), QLatin1String(name));
    QVERIFY(waitIdle(*m_w));
  }

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
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void init() {
    m_w = std::make_unique<MainWindow>();
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.clear();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->callStackModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->variablesModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->generatorsModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_w->yieldsModel(), Mode::QtTest));
  }

  void cleanup() {
    m_testers.clear();
    m_w.reset();
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
    QCOMPARE(QString::fromStdString(std::string(window().controller()->session()->outputAt(s))), QStringLiteral("0\n1\n4\n"));
    QCOMPARE(window().yieldsModel()->rowCount(), 3);
    // Without breakpoints Continue runs to the end.
    window().editor()->toggleBreakpoint(9);
    press(window(), "actionContinue");
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->atEnd());
    QCOMPARE(QString::fromStdString(std::string(window().controller()->session()->outputAt(window().controller()->snapshot()))), QStringLiteral("0\n1\n4\ndone\n"));
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
    f.write(QByteArray("\x7f" "ELF\0\0\0\x02", 8));
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
    loadFixture("countdown.py");
    QVERIFY(nextUntil([&] { return window().controller()->snapshot().step >= 3; }));
    window().editor()->setCursorPosition(7, 0);
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
    QVERIFY(window().font().pointSizeF() >= before * 1.5);
    for (QDockWidget* d : window().findChildren<QDockWidget*>()) {
      const bool wanted = d->objectName() == QLatin1String("generatorsDock") || d->objectName() == QLatin1String("memoryDock");
      QCOMPARE(d->isVisible(), wanted);
    }
    QTest::keyClick(&window(), Qt::Key_PageDown);  // a clicker's "next"
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    press(window(), "actionPresentation");
    QVERIFY(!window().isPresentationMode());
    QCOMPARE(window().font().pointSizeF(), before);
  }

  void handoutHasOnePagePerStep() {
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
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 5);
    QCOMPARE(window().controller()->snapshot().step, 0ull);  // put back where it was
    press(window(), "actionNext");  // and the engine stands there too
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    const QString png = dir.filePath(QStringLiteral("step.png"));
    QVERIFY(window().exportStepPng(png));
    QVERIFY(QFile(png).size() > 1000);
  }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
