// Peek on the generator cards (issue 14): the "peek" button of a card asks,
// on a copy of the run, what that generator's next next() would give, and
// writes it on the card. What the class cares about: the answer is what the
// program then really does, and nothing else on screen moves (the step, the
// yielded-values ledger, the card's state, the printed output).
//
// Expected values are python3's (checked by running the same programs):
//   fib after `first = next(g)`:          next(g) -> 1
//   08_pipeline before the for loop:       next(pipe) -> 4 (printing "numbers makes 1", "... 2")
//   09_yield_from after the last value 1: next() raises StopIteration (the generator finishes)
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "ui/mainwindow.h"
#include "ui/models/yieldsmodel.h"
#include "ui/panels/generatorcards.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

// What a user sees of a card, as one string.
QString cardText(GeneratorCardsPanel* cards, uint64_t id) {
  QFrame* card = cards->card(id);
  if (!card) return {};
  QStringList parts;
  for (const char* name : {"cardTitle", "stateBadge", "cardWhere", "cardLocals", "cardYielded", "cardSize"})
    if (auto* l = card->findChild<QLabel*>(QString::fromLatin1(name))) parts << l->text();
  return parts.join(QStringLiteral(" | "));
}

// Clicks the card's peek button and waits for the answer on the card.
QString clickPeek(GeneratorCardsPanel* cards, uint64_t id) {
  QFrame* card = cards->card(id);
  if (!card) return QStringLiteral("(no card)");
  auto* button = card->findChild<QPushButton*>(QStringLiteral("cardPeekButton"));
  if (!button) return QStringLiteral("(no peek button)");
  QTest::mouseClick(button, Qt::LeftButton);
  if (!QTest::qWaitFor([&] { return !cards->peekWaiting(); }, 20000)) return QStringLiteral("(no answer)");
  return cards->peekText(id);
}

// Presses Next until generator `id` yields; returns the value it yields ("" if never).
QString nextYieldOf(MainWindow& w, uint64_t id) {
  SessionController* c = w.controller();
  for (int i = 0; i < 500 && !c->atEnd(); ++i) {
    w.action(QStringLiteral("actionNext"))->trigger();
    if (!waitIdle(*c)) return {};
    const Snapshot& s = c->snapshot();
    if (s.event == EventKind::Yield && c->session()->history()[s.step].generatorId == id && s.value)
      return QString::fromStdString(*s.value);
  }
  return {};
}

}  // namespace

class TestPeekCards : public WindowTest {
  Q_OBJECT

 private Q_SLOTS:
  void peekShowsTheNextValueAndChangesNothing() {
    MainWindow& w = window();
    SessionController* c = &ctl();
    QVERIFY(load(w, kFib, QStringLiteral("fib.py")));
    QVERIFY(c->isLoaded());
    QVERIFY(goTo(*c, stepAtLine(*c, 10)));  // `second = next(g)`: fib has yielded 0, paused at line 4
    GeneratorCardsPanel* cards = w.cardsPanel();
    const uint64_t step = c->snapshot().step;
    const int ledger = w.yieldsModel()->visibleCount();
    const QString card = cardText(cards, 1);
    QVERIFY(card.contains(QStringLiteral("SUSPENDED")));

    QCOMPARE(clickPeek(cards, 1), QStringLiteral("next() yields 1"));
    auto* label = cards->card(1)->findChild<QLabel*>(QStringLiteral("cardPeek"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("next() yields 1"));

    QCOMPARE(c->snapshot().step, step);
    QCOMPARE(w.yieldsModel()->visibleCount(), ledger);
    QCOMPARE(cardText(cards, 1), card);
    // The next value the run really yields is the one peeked.
    QCOMPARE(nextYieldOf(w, 1), QStringLiteral("1"));
    // And the answer belonged to the earlier step: it is gone now.
    QCOMPARE(cards->peekText(1), QString());
  }

  // Peeking a pipeline's last stage runs all three stages on the copy; what
  // they print there is not the program's output.
  void peekOnAPipelineLeavesOutputAlone() {
    MainWindow& w = window();
    SessionController* c = &ctl();
    QVERIFY(openExample(w, QStringLiteral("08_pipeline.py")));
    QVERIFY(goTo(*c, stepAtLine(*c, 22)));  // the for loop is about to ask `pipe` (doubled, id 3) for its first value
    GeneratorCardsPanel* cards = w.cardsPanel();
    QCOMPARE(c->snapshot().generators.size(), size_t(3));
    const auto* output = w.findChild<QPlainTextEdit*>(QStringLiteral("output"));
    const QString printed = output->toPlainText();
    const QString card = cardText(cards, 3);
    QVERIFY(card.contains(QStringLiteral("CREATED")));
    QCOMPARE(clickPeek(cards, 3), QStringLiteral("next() yields 4"));
    QCOMPARE(output->toPlainText(), printed);
    QCOMPARE(cardText(cards, 3), card);
    QCOMPARE(nextYieldOf(w, 3), QStringLiteral("4"));
  }

  void peekSaysWhenTheGeneratorWouldFinish() {
    MainWindow& w = window();
    SessionController* c = &ctl();
    QVERIFY(openExample(w, QStringLiteral("09_yield_from.py")));
    // After up_and_down has yielded its last value (5 values: 1, 2, 3, 2, 1).
    const auto& yields = c->session()->yields();
    uint64_t lastYield = 0;
    for (const YieldRecord& y : yields)
      if (y.generatorId == 1) lastYield = y.step;
    QVERIFY(goTo(*c, lastYield + 1));
    QVERIFY(w.cardsPanel()->card(1));
    QCOMPARE(clickPeek(w.cardsPanel(), 1), QStringLiteral("next() finishes"));
    QCOMPARE(c->snapshot().step, lastYield + 1);
  }

  // A closed generator has nothing to peek.
  void aClosedGeneratorHasNoPeekButton() {
    MainWindow& w = window();
    SessionController* c = &ctl();
    QVERIFY(openExample(w, QStringLiteral("09_yield_from.py")));
    QVERIFY(goTo(*c, c->stepCount() - 3));  // count_up returned long ago
    for (const GeneratorView& g : c->snapshot().generators)
      if (g.state == GenState::Closed && w.cardsPanel()->card(g.id))
        QVERIFY(!w.cardsPanel()->card(g.id)->findChild<QPushButton*>(QStringLiteral("cardPeekButton")));
  }
};

QTEST_MAIN(TestPeekCards)
#include "tst_peekcards.moc"
