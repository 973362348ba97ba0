// Predict-next (issue 14): the class guesses the next line (a click on the
// code) or the next value yielded (typed); Next, or a clicker's PageDown,
// reveals and marks the guess; the bar counts right guesses for the lesson.
//
// Expected answers are python3's. For fib.py below, sys.settrace reports:
//   module line 9, call fib (line 1), line 2, 3, 4, return 0 (the yield),
//   module line 10, call fib at line 4 (the resume), line 5, 3, 4, return 1
// so after `second = next(g)` (line 10) the next step is at line 4, then 5;
// the values yielded are 0 and then 1.
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/panels/generatorcards.h"
#include "ui/panels/predictbar.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

// A real click on the text of a 1-based line.
void clickLine(CodeEditor* e, int line) {
  e->ensureLineVisible(line - 1);  // a small offscreen window may have scrolled it away
  const long pos = e->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line - 1);
  const int x = int(e->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0UL, pos));
  const int y = int(e->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, pos));
  QTest::mouseClick(e->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x + 6, y + 4));
}

}  // namespace

class TestPredict : public WindowTest {
  Q_OBJECT

 private:
  PredictBar& bar() { return *m_w->predictBar(); }

  void loadFibAt(int line) {
    QVERIFY(load(window(), kFib, QStringLiteral("fib.py")));
    QVERIFY(ctl().isLoaded());
    QVERIFY(goTo(ctl(), stepAtLine(ctl(), line)));
  }

  void pageDown(QWidget* target) {
    const uint64_t before = ctl().snapshot().step;
    QTest::keyClick(target, Qt::Key_PageDown);
    QVERIFY(QTest::qWaitFor([&] { return !ctl().isBusy() && ctl().snapshot().step == before + 1; }, 20000));
  }

  // Steps on until a verdict starting with `prefix` shows, at most `steps` times.
  void pageDownUntilVerdict(QWidget* target, const QString& prefix, int steps) {
    for (int i = 0; i < steps && !bar().verdictText().startsWith(prefix); ++i) pageDown(target);
  }

  // What the class reads on the bar after a guess is marked.
  void expectMarked(const QString& verdict, const QString& score) {
    QCOMPARE(bar().verdictText(), verdict);
    QCOMPARE(bar().scoreText(), score);
  }

 private Q_SLOTS:
  // The mode is one checkable action, in the View menu and on the toolbar;
  // while it is on, nothing on screen gives the next step away.
  void theActionIsInTheViewMenuAndOnTheToolBar() {
    QAction* predict = window().action(QStringLiteral("actionPredict"));
    QVERIFY(predict && predict->isCheckable());
    QVERIFY(window().findChild<QToolBar*>(QStringLiteral("runToolBar"))->actions().contains(predict));
    bool inView = false;
    for (QAction* menu : window().menuBar()->actions())
      if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QLatin1String("View"))
        inView = menu->menu()->actions().contains(predict);
    QVERIFY(inView);
    loadFibAt(10);
    QVERIFY(window().cardsPanel()->card(1)->findChild<QPushButton*>(QStringLiteral("cardPeekButton")));
    QVERIFY(!bar().isVisible());
    predict->trigger();
    QVERIFY(window().isPredictMode());
    QVERIFY(bar().isVisible());
    QVERIFY(!window().cardsPanel()->card(1)->findChild<QPushButton*>(QStringLiteral("cardPeekButton")));
    QVERIFY(!window().findChild<QDockWidget*>(QStringLiteral("askDock"))->widget()->isEnabled());
    predict->trigger();
    QVERIFY(!window().isPredictMode());
    QVERIFY(!bar().isVisible());
    QVERIFY(window().cardsPanel()->card(1)->findChild<QPushButton*>(QStringLiteral("cardPeekButton")));
  }

  // A click on the code is a line guess; PageDown (even with the editor
  // focused, as after a click) reveals and marks it.
  void aClickedLineIsMarkedByPageDown() {
    loadFibAt(10);
    window().setPredictMode(true);
    clickLine(window().editor(), 2);
    QCOMPARE(bar().guessedLine(), 2);
    QCOMPARE(window().editor()->guessLine(), 2);
    pageDown(window().editor());
    expectMarked(QStringLiteral("✘ Line 4 came next, not line 2."), QStringLiteral("Right guesses: 0 of 1"));
    QCOMPARE(window().editor()->guessLine(), 0);
    clickLine(window().editor(), 5);
    pageDown(&window());
    expectMarked(QStringLiteral("✔ Right: line 5 came next."), QStringLiteral("Right guesses: 1 of 2"));
  }

  // A typed value waits for the next yield, then is marked.
  void aTypedValueIsMarkedWhenTheValueComes() {
    loadFibAt(9);
    window().setPredictMode(true);
    QLineEdit* value = bar().valueEdit();
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("0"));
    QTest::keyClick(value, Qt::Key_Return);  // Enter reveals, as Next does
    QVERIFY(QTest::qWaitFor([&] { return !ctl().isBusy() && !bar().verdictText().isEmpty(); }, 20000));
    QVERIFY2(bar().verdictText().startsWith(QStringLiteral("No value yet")), qPrintable(bar().verdictText()));
    pageDownUntilVerdict(value, QStringLiteral("✔"), 10);
    expectMarked(QStringLiteral("✔ Right: fib yielded 0."), QStringLiteral("Right guesses: 1 of 1"));
    QCOMPARE(value->text(), QString());
    QTest::keyClicks(value, QStringLiteral("2"));
    pageDownUntilVerdict(value, QStringLiteral("✘"), 20);
    expectMarked(QStringLiteral("✘ fib yielded 1, not 2."), QStringLiteral("Right guesses: 1 of 2"));
  }

  // The teacher can still set a breakpoint while the class guesses: a click
  // on a line number or the symbol margin toggles it, and is no guess.
  void aClickOnTheMarginTogglesABreakpoint() {
    loadFibAt(10);
    window().setPredictMode(true);
    CodeEditor* e = window().editor();
    e->ensureLineVisible(4);
    const long pos = e->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, 4);
    const int y = int(e->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, pos)) + 4;
    QVERIFY(e->isInBreakpointMargin(QPoint(e->marginWidth(0) + 3, y)));
    QTest::mouseClick(e->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(e->marginWidth(0) + 3, y));
    QCOMPARE(e->breakpoints(), std::set<int>{5});
    QCOMPARE(ctl().breakpoints(), std::set<int>{5});
    QCOMPARE(bar().guessedLine(), 0);
    QTest::mouseClick(e->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(4, y));  // the line number
    QVERIFY(e->breakpoints().empty());
    QCOMPARE(bar().guessedLine(), 0);
    clickLine(e, 5);  // the code itself is still a guess
    QCOMPARE(bar().guessedLine(), 5);
    QVERIFY(e->breakpoints().empty());
  }

  void goingBackDropsTheGuess() {
    loadFibAt(10);
    window().setPredictMode(true);
    clickLine(window().editor(), 4);
    QTest::keyClick(&window(), Qt::Key_PageUp);
    QVERIFY(QTest::qWaitFor([&] { return !ctl().isBusy() && !bar().verdictText().isEmpty(); }, 20000));
    QCOMPARE(bar().verdictText(), QStringLiteral("You went back: guess again."));
    QCOMPARE(bar().guessedLine(), 0);
    QCOMPARE(bar().scoreText(), QStringLiteral("Right guesses: 0 of 0"));
  }

  void aNewLessonStartsANewCount() {
    loadFibAt(10);
    window().setPredictMode(true);
    clickLine(window().editor(), 4);
    pageDown(&window());
    QCOMPARE(bar().scoreText(), QStringLiteral("Right guesses: 1 of 1"));
    QVERIFY(window().openExample(QStringLiteral("09_yield_from.py")));
    QVERIFY(waitIdle(ctl()));
    QCOMPARE(bar().scoreText(), QStringLiteral("Right guesses: 0 of 0"));
    QVERIFY(window().isPredictMode());
  }

  void valuesAreComparedAsTheClassWritesThem() {
    QVERIFY(PredictBar::sameValue(QStringLiteral("4"), QStringLiteral("4")));
    QVERIFY(PredictBar::sameValue(QStringLiteral(" (1,2) "), QStringLiteral("(1, 2)")));
    QVERIFY(PredictBar::sameValue(QStringLiteral("\"a\""), QStringLiteral("'a'")));
    QVERIFY(PredictBar::sameValue(QStringLiteral("a"), QStringLiteral("'a'")));
    QVERIFY(!PredictBar::sameValue(QStringLiteral("'4'"), QStringLiteral("4")));
    QVERIFY(!PredictBar::sameValue(QStringLiteral("5"), QStringLiteral("4")));
    QVERIFY(!PredictBar::sameValue(QString(), QStringLiteral("''")));
  }
};

QTEST_MAIN(TestPredict)
#include "tst_predict.moc"
