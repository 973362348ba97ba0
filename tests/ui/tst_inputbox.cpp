// The window's Input box (issue 10, item 6): its lines are what the
// program's input() returns, one per call, and editing it runs the program
// again. Expected output from python3:
//   printf 'Ada\nLovelace\n' | python3 prog.py   ->  "Hello Ada\nLovelace\n"
//   printf 'Grace\n' | python3 prog.py           ->  no output, then
//     EOFError: EOF when reading a line (the second input() has no line)
#include <QAction>
#include <QPlainTextEdit>
#include <QTest>
#include <memory>

#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

const QString kProgram = QStringLiteral(
    "first = input()\n"
    "second = input()\n"
    "print(\"Hello\", first)\n"
    "print(second)\n");

}  // namespace

class TestInputBox : public WindowTest {
  Q_OBJECT

  // Loads kProgram with what the Input box holds and runs it to the end.
  bool runGreet() { return load(*m_w, kProgram, QStringLiteral("greet.py")) && runToEnd(*m_w); }

 private Q_SLOTS:
  void theProgramReadsTheTypedLines() {
    QVERIFY(m_w->inputBox());
    QTest::keyClicks(m_w->inputBox(), QStringLiteral("Ada"));
    QTest::keyClick(m_w->inputBox(), Qt::Key_Return);
    QTest::keyClicks(m_w->inputBox(), QStringLiteral("Lovelace"));
    QVERIFY(runGreet());
    QCOMPARE(outputText(*m_w), QStringLiteral("Hello Ada\nLovelace\n"));
  }

  void editingTheInputRunsTheProgramAgain() {
    m_w->inputBox()->setPlainText(QStringLiteral("Ada\nLovelace\n"));
    QVERIFY(runGreet());
    m_w->inputBox()->setPlainText(QStringLiteral("Grace\nHopper\n"));
    // After a short pause the program is recorded again with the new lines.
    QVERIFY(QTest::qWaitFor([&] { return m_w->controller()->isLoading() || !m_w->controller()->isLoaded(); }, 5000));
    QVERIFY(waitIdle(*m_w));
    QCOMPARE(m_w->controller()->snapshot().step, 0ull);
    QVERIFY(runToEnd(*m_w));
    QCOMPARE(outputText(*m_w), QStringLiteral("Hello Grace\nHopper\n"));
  }

  void aMissingLineIsPythonsEOFError() {
    m_w->inputBox()->setPlainText(QStringLiteral("Grace\n"));
    QVERIFY(runGreet());
    // The second input() raised before any print: the Output shows only
    // python3's traceback, as its stderr would.
    QCOMPARE(outputText(*m_w), QStringLiteral("Traceback (most recent call last):\n"
                                              "  File \"greet.py\", line 2, in <module>\n"
                                              "    second = input()\n"
                                              "             ^^^^^^^\n"
                                              "EOFError: EOF when reading a line\n"));
    QVERIFY2(m_w->editor()->errorText().contains(QStringLiteral("EOFError")), qPrintable(m_w->editor()->errorText()));
  }
};

QTEST_MAIN(TestInputBox)
#include "tst_inputbox.moc"
