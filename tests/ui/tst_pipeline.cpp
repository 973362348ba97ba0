// The pipeline drawn (issue 14): boxes for the live generators of a step,
// arrows for who pulls values from whom, `yield from` with its innermost
// generator marked, following Next and Back.
//
// The expected arrows are what CPython shows of the same moments
// (sys.settrace, frame.f_back, gi_frame, gi_yieldfrom):
//   08_pipeline, when numbers yields 2: the stack is numbers (line 7) <- evens
//     (line 11) <- doubled (line 17) <- <module> (line 22, `for result in pipe`)
//   08_pipeline at the first `print` (line 23): numbers, evens, doubled all
//     GEN_SUSPENDED at lines 7, 13, 18; evens' `values` is numbers, doubled's is evens
//   09_yield_from after the first value: up_and_down.gi_yieldfrom is count_up;
//     up_and_down paused at line 10, count_up at line 5; the module's for loop
//     (line 16) iterates up_and_down
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include "ui/mainwindow.h"
#include "ui/models/pipelinegraph.h"
#include "ui/panels/pipelineview.h"
#include "ui/sessioncontroller.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

// The step at which `name` yields `value` for the first time.
uint64_t stepOfYield(const SessionController& c, const std::string& name, const std::string& value) {
  for (const YieldRecord& y : c.session()->yields())
    if (y.generatorName == name && y.value == value) return y.step;
  return 0;
}

QStringList lines(const QString& s) {
  return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestPipeline : public WindowTest {
  Q_OBJECT

 public:
  TestPipeline() { m_windowSize = QSize(1280, 720); }

 private:
  PipelineView& view() { return *m_w->pipelineView(); }

  void open(const char* example) { QVERIFY(openExample(*m_w, QString::fromLatin1(example))); }
  void load(const char* program, const char* name) {
    m_w->loadSource(QString::fromLatin1(program), QString::fromLatin1(name));
    QVERIFY(waitIdle(ctl()));
  }
  void go(uint64_t step) {
    QVERIFY(goTo(ctl(), step));
    QCOMPARE(ctl().snapshot().step, step);
  }
  QStringList arrows() { return lines(view().graph().describe()); }

 private Q_SLOTS:
  // A new window, the pipeline's dock raised over the cards.
  void init() {
    WindowTest::init();
    if (QTest::currentTestFailed()) return;
    auto* dock = m_w->findChild<QDockWidget*>(QStringLiteral("pipelineDock"));
    QVERIFY(dock);
    dock->raise();
  }

  void theDockIsTabbedWithTheCardsAndScrolls() {
    auto* dock = m_w->findChild<QDockWidget*>(QStringLiteral("pipelineDock"));
    auto* cards = m_w->findChild<QDockWidget*>(QStringLiteral("generatorsDock"));
    QVERIFY(m_w->tabifiedDockWidgets(cards).contains(dock));
    QVERIFY(qobject_cast<QScrollArea*>(dock->widget()));
  }

  // Every stage is on the stack when the first value leaves numbers: all
  // arrows are pulls happening now, and the value rides on the first.
  void aValueTravellingThroughThePipeline() {
    open("08_pipeline.py");
    go(stepOfYield(ctl(), "numbers", "2"));
    QCOMPARE(view().graph().nodes.size(), size_t(4));  // three generators and the module's loop
    QCOMPARE(arrows(), QStringList({
                           QStringLiteral("numbers#1 -> evens#2 [for loop, line 11] active value=2"),
                           QStringLiteral("evens#2 -> doubled#3 [for loop, line 17] active"),
                           QStringLiteral("doubled#3 -> <module> [for loop, line 22] active"),
                       }));
  }

  // At a 720p projector's size, with the yielded values open below it, five
  // stages and their asker are all on screen: the dock does not scroll.
  void fiveStagesFitA720pWindowWithTheYieldedValuesOpen() {
    m_w->resize(1216, 684);  // what the window opens at on a 1280x720 screen
    auto* yields = m_w->findChild<QDockWidget*>(QStringLiteral("yieldsDock"));
    QVERIFY(yields->isVisible());
    static const char* five =
        "def numbers(n):\n    for i in range(1, n + 1):\n        yield i\n\n"
        "def evens(values):\n    for v in values:\n        if v % 2 == 0:\n            yield v\n\n"
        "def doubled(values):\n    for v in values:\n        yield v * 2\n\n"
        "def plus_one(values):\n    for v in values:\n        yield v + 1\n\n"
        "def labelled(values):\n    for v in values:\n        yield f'#{v}'\n\n"
        "for item in labelled(plus_one(doubled(evens(numbers(8))))):\n    print(item)\n";
    load(five, "five.py");
    go(stepOfYield(ctl(), "numbers", "2"));
    QTest::qWait(50);
    QCOMPARE(view().graph().nodes.size(), size_t(6));
    auto* scroll = qobject_cast<QScrollArea*>(m_w->findChild<QDockWidget*>(QStringLiteral("pipelineDock"))->widget());
    QVERIFY2(scroll->verticalScrollBar()->maximum() == 0, qPrintable(QStringLiteral("scrolls by %1 px in a %2 px dock")
                                                                         .arg(scroll->verticalScrollBar()->maximum())
                                                                         .arg(scroll->viewport()->height())));
    for (int i = 0; i < 6; ++i) QVERIFY(scroll->viewport()->rect().contains(view().boxOf(i)));
    // Three stages keep the roomy two-line boxes.
    open("08_pipeline.py");
    go(stepOfYield(ctl(), "numbers", "2"));
    QTest::qWait(50);
    QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QCOMPARE(view().density(), 0);
  }

  // Between values all three wait; each arrow is the last pull, proved by
  // the record, and the boxes say where each one is paused.
  void pausedStagesKeepTheirArrows() {
    open("08_pipeline.py");
    go(stepAtLine(ctl(), 23));
    QCOMPARE(arrows(), QStringList({
                           QStringLiteral("numbers#1 -> evens#2 [for loop, line 11]"),
                           QStringLiteral("evens#2 -> doubled#3 [for loop, line 17]"),
                           QStringLiteral("doubled#3 -> <module> [for loop, line 22]"),
                       }));
    const PipelineGraph& g = view().graph();
    const int lines[] = {7, 13, 18};
    for (uint64_t id = 1; id <= 3; ++id) {
      const PipelineNode& n = g.nodes[size_t(g.nodeOfGenerator(id))];
      QCOMPARE(n.state, GenState::Suspended);
      QCOMPARE(n.line, lines[id - 1]);
      QVERIFY(!view().boxOf(g.nodeOfGenerator(id)).isEmpty());
    }
  }

  // Before anything asks, the generators only hold each other: dashed
  // references, no pull.
  void beforeTheFirstNextOnlyReferences() {
    open("08_pipeline.py");
    go(stepAtLine(ctl(), 22));
    for (const QString& a : arrows()) QVERIFY2(a.endsWith(QStringLiteral(" holds")), qPrintable(a));
    QVERIFY(arrows().contains(QStringLiteral("numbers#1 -> evens#2 [holds it as values] holds")));
    QVERIFY(arrows().contains(QStringLiteral("doubled#3 -> <module> [holds it as pipe] holds")));
  }

  // yield from: the delegation arrow, and count_up as the innermost generator.
  void yieldFromMarksTheInnermostGenerator() {
    open("09_yield_from.py");
    go(stepAtLine(ctl(), 17));  // print(value) after the first value
    QCOMPARE(arrows(), QStringList({
                           QStringLiteral("count_up#2 -> up_and_down#1 [yield from, line 10]"),
                           QStringLiteral("up_and_down#1 -> <module> [for loop, line 16]"),
                           QStringLiteral("innermost count_up#2"),
                       }));
    const PipelineGraph& g = view().graph();
    QCOMPARE(g.nodes[size_t(g.nodeOfGenerator(1))].line, 10);
    QCOMPARE(g.nodes[size_t(g.nodeOfGenerator(2))].line, 5);
  }

  // Next and Back redraw: after count_up has returned, it is gone.
  void followsNextAndBack() {
    open("09_yield_from.py");
    go(stepAtLine(ctl(), 17));
    const QStringList atFirst = arrows();
    uint64_t done = 0;  // the first step after count_up closed
    const auto& h = ctl().session()->history();
    for (uint64_t i = 0; i < h.size() && !done; ++i)
      if (h[i].event == EventKind::Line && h[i].line == 11) done = i;
    go(done);
    QCOMPARE(view().graph().nodeOfGenerator(2), -1);
    QVERIFY(arrows() != atFirst);
    m_w->action(QStringLiteral("actionBack"))->trigger();
    QVERIFY(waitIdle(ctl()));
    QVERIFY(view().graph().nodeOfGenerator(2) >= 0 || ctl().snapshot().step + 1 == done);
    go(stepAtLine(ctl(), 17));
    QCOMPARE(arrows(), atFirst);
  }

  // Each arrow names what really asks, as the run reports it: chain() asks
  // a and b although the line is a for loop; the `in` test, sum() and next()
  // ask the others. (CPython: a's frame's f_back is the module while chain's
  // C code calls its __next__.)
  void arrowsNameWhatAsksFromTheRun() {
    static const char* program =
        "from itertools import chain\n\n"
        "def a():\n    yield 1\n\n"
        "def b():\n    yield 2\n\n"
        "def seen():\n    yield 3\n    yield 4\n\n"
        "def summed():\n    yield 10\n\n"
        "def first():\n    yield 'x'\n\n"
        "for v in chain(a(), b()):\n    print(v)\n"
        "found = 4 in seen()\n"
        "total = sum(summed())\n"
        "head = next(first())\n";
    load(program, "askers.py");
    go(stepOfYield(ctl(), "a", "1"));
    QCOMPARE(arrows(), QStringList({QStringLiteral("a#1 -> <module> [chain(), line 19] active value=1")}));
    go(stepAtLine(ctl(), 20));  // print(v): a paused, asked last by chain()
    QVERIFY2(arrows().contains(QStringLiteral("a#1 -> <module> [chain(), line 19]")),
             qPrintable(arrows().join(QLatin1Char('|'))));
    go(stepOfYield(ctl(), "seen", "4"));
    QCOMPARE(arrows(), QStringList({QStringLiteral("seen#3 -> <module> [in test, line 21] active value=4")}));
    go(stepOfYield(ctl(), "summed", "10"));
    QCOMPARE(arrows(), QStringList({QStringLiteral("summed#4 -> <module> [sum(), line 22] active value=10")}));
    go(stepOfYield(ctl(), "first", "'x'"));
    QCOMPARE(arrows(), QStringList({QStringLiteral("first#5 -> <module> [next(), line 23] active value='x'")}));
  }
};

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
