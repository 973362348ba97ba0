// Models and chart maths, headless: no engine run, hand-built snapshots.
#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include "ui/models/callstackmodel.h"
#include "ui/models/generatorsmodel.h"
#include "ui/models/memorychartdata.h"
#include "ui/models/sizeconstant.h"
#include "ui/models/variablesmodel.h"
#include "ui/models/viewtext.h"
#include "ui/models/yieldsmodel.h"
#include "ui/programfile.h"

using namespace ys;
using namespace ys::ui;

namespace {

VariableView var(const char* name, const char* repr, int64_t size, uint64_t gen = 0) {
  return VariableView{name, ValueView{repr, gen ? "generator" : "int", size, gen}};
}

// A generator squares#1 paused at line 3 after yielding 0 and 1, seen from
// the module frame at line 8.
Snapshot pausedSnapshot() {
  Snapshot s;
  s.step = 12;
  s.event = EventKind::Line;
  s.function = "<module>";
  s.line = 8;
  s.stack = {FrameView{"<module>", 8, {var("g", "<generator object squares at 0x1>", 200, 1), var("v", "1", 28)}, 0}};
  GeneratorView g;
  g.id = 1;
  g.name = "squares";
  g.state = GenState::Suspended;
  g.line = 3;
  g.locals = {var("n", "3", 28), var("i", "1", 28)};
  g.yielded = {"0", "1"};
  g.sizeBytes = 200;
  s.generators = {g};
  return s;
}

}  // namespace

class TestUiModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void callStackShowsInnermostFirstAndMarksGeneratorFrames() {
    CallStackModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Snapshot s = pausedSnapshot();
    s.stack.insert(s.stack.begin(), FrameView{"squares", 3, {}, 1});
    model.setSnapshot(s);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, CallStackModel::FunctionColumn).data().toString().startsWith(QStringLiteral("squares")));
    QCOMPARE(model.index(0, 0).data(CallStackModel::GeneratorIdRole).toULongLong(), 1ull);
    QCOMPARE(model.index(1, CallStackModel::FunctionColumn).data().toString(), QStringLiteral("<module>"));
    QCOMPARE(model.index(1, CallStackModel::LineColumn).data().toInt(), 8);
    model.setSnapshot(Snapshot{});
    QCOMPARE(model.rowCount(), 0);
  }

  void variablesLinkGeneratorValuesToTheirCard() {
    VariablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariables(pausedSnapshot().stack[0].locals);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, VariablesModel::NameColumn).data().toString(), QStringLiteral("g"));
    QCOMPARE(model.index(0, VariablesModel::ValueColumn).data(VariablesModel::GeneratorIdRole).toULongLong(), 1ull);
    QVERIFY(model.index(0, VariablesModel::ValueColumn).data(Qt::FontRole).value<QFont>().underline());
    QCOMPARE(model.index(1, VariablesModel::SizeColumn).data().toString(), QStringLiteral("28 B"));
    QCOMPARE(model.index(1, VariablesModel::ValueColumn).data(VariablesModel::GeneratorIdRole).toULongLong(), 0ull);
  }

  void generatorRowShowsStateLineLocalsAndYieldedValues() {
    GeneratorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(pausedSnapshot());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, GeneratorsModel::NameColumn).data().toString(), QStringLiteral("squares#1"));
    QCOMPARE(model.index(0, GeneratorsModel::StateColumn).data().toString(), QStringLiteral("suspended"));
    QCOMPARE(model.index(0, GeneratorsModel::LineColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, GeneratorsModel::LocalsColumn).data().toString(), QStringLiteral("n = 3, i = 1"));
    QCOMPARE(model.index(0, GeneratorsModel::YieldedColumn).data().toString(), QStringLiteral("0, 1"));
    QCOMPARE(model.rowOfId(1), 0);
    QCOMPARE(model.rowOfId(7), -1);
  }

  void yieldedValuesFollowThePositionBothWays() {
    YieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setYields({YieldRecord{6, 1, "squares", "0", 7}, YieldRecord{12, 1, "squares", "1", 7},
                     YieldRecord{18, 1, "squares", "4", 7}});
    QCOMPARE(model.rowCount(), 0);
    model.setPosition(12);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, YieldsModel::ValueColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(1, YieldsModel::GeneratorColumn).data().toString(), QStringLiteral("squares#1"));
    QCOMPARE(model.index(1, YieldsModel::ConsumerLineColumn).data().toInt(), 7);
    model.setPosition(100);
    QCOMPARE(model.rowCount(), 3);
    model.setPosition(5);
    QCOMPARE(model.rowCount(), 0);
  }

  void sentValueAppearsOnlyOnceItsSendHasRun() {
    YieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    YieldRecord first{6, 1, "echo", "None", 9};
    first.sentStep = 10;
    first.sentBack = "5";
    model.setYields({first, YieldRecord{14, 1, "echo", "5", 10}});
    model.setPosition(8);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, YieldsModel::SentColumn).data().toString(), QString());
    model.setPosition(10);
    QCOMPARE(model.index(0, YieldsModel::SentColumn).data().toString(), QStringLiteral("5"));
    model.setPosition(100);
    QCOMPARE(model.index(1, YieldsModel::SentColumn).data().toString(), QString());
    model.setPosition(9);  // back before the send(): it has not happened yet
    QCOMPARE(model.index(0, YieldsModel::SentColumn).data().toString(), QString());
  }

  void chartKeepsPeaksWhenDownsampling() {
    std::vector<std::pair<uint64_t, int64_t>> points;
    for (uint64_t i = 0; i < 100000; ++i) points.emplace_back(i, int64_t(i % 1000));
    points[54321].second = 999999;  // a single spike must survive
    const auto down = MemoryChartData::downsample(points, 500);
    QVERIFY(down.size() <= 500);
    double top = 0;
    for (const ChartPoint& p : down) top = std::max(top, p.y);
    QCOMPARE(top, 999999.0);
    QCOMPARE(down.back().x, 99999.0);
  }

  void chartAxesEndOnRoundNumbersAndRatioComparesPeaks() {
    QCOMPARE(MemoryChartData::niceCeil(0.0), 1.0);
    QCOMPARE(MemoryChartData::niceCeil(7.0), 10.0);
    QCOMPARE(MemoryChartData::niceCeil(1234.0), 2000.0);
    QCOMPARE(MemoryChartData::niceCeil(2100.0), 2500.0);
    MemorySeries lazy{{{0, 100}, {5, 400}, {10, 300}}, 400, 300, 11};
    MemorySeries eager{{{0, 100}, {5, 4000}, {10, 8000}}, 8000, 8000, 11};
    MemoryChartData data;
    data.build(lazy, &eager, "steps");
    QVERIFY(data.xIsSteps);
    QCOMPARE(*data.ratio(), 20.0);
    QVERIFY(data.yMax >= 8000);
    QCOMPARE(MemoryChartData::valueAt(data.lazy, 7), 400.0);
    QCOMPARE(data.markerX(7, 2), 7.0);
    MemorySeries runaway{{{0, 100}, {5, 4000}, {10, 8000}, {20, 90000}, {40, 900000}}, 900000, 900000, 41};
    data.build(lazy, &runaway, "steps", 1500, false);  // the twin ran out of memory
    QVERIFY(!data.ratio());
    QCOMPARE(data.xMax, 10.0);  // only the lazy run's range
    QCOMPARE(data.eager.back().x, 10.0);
    QVERIFY(data.yMax < 900000);
    QCOMPARE(data.unitDivisor(), 1.0);
    data.build(lazy, &eager, "steps", 1500, true);
    QCOMPARE(data.unitName(), std::string("bytes"));
    MemorySeries big{{{0, 100}, {10, 50 << 20}}, 50 << 20, 50 << 20, 11};
    data.build(big, nullptr, "steps");
    QCOMPARE(data.unitName(), std::string("MiB"));
    QCOMPARE(data.yMax / data.unitDivisor(), 100.0);  // 52.5 MiB rounds up to 100 MiB, not to 10^8 bytes
    data.build(lazy, nullptr, "items consumed");
    QVERIFY(!data.ratio());
    QCOMPARE(data.markerX(7, 2), 2.0);
  }

  void runawayTwinIsKeptWholeOnItsOwnScale() {
    MemorySeries lazy{{{0, 100}, {5, 400}, {10, 300}}, 400, 300, 11};
    MemorySeries runaway{{{0, 100}, {5, 4000}, {10, 8000}, {20, 90000}, {40, 900000}}, 900000, 900000, 41};
    MemoryChartData data;
    data.build(lazy, &runaway, "steps", 1500, false);
    QCOMPARE(data.eagerOwn.size(), size_t(5));
    QCOMPARE(data.eagerOwn.back().y, 900000.0);
    QVERIFY(data.eagerOwnXMax >= 40 && data.eagerOwnYMax >= 900000);
    data.build(lazy, &runaway, "steps", 1500, true);
    QVERIFY(data.eagerOwn.empty());  // a finished twin shares the lazy run's axes
  }

  void sizeConstantIsFoundByThreeSimpleRules_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<qlonglong>("value");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("resized");
    QTest::newRow("top-level constant") << QStringLiteral("N = 10  # size\nfor i in range(N): pass\n") << 10ll
                                        << QStringLiteral("N = 10")
                                        << QStringLiteral("N = 500  # size\nfor i in range(N): pass\n");
    QTest::newRow("argument of a defined function")
        << QStringLiteral(
               "def square_generator(n):\n    for i in range(n):\n        yield i * i\n\n"
               "for square in square_generator(5):\n    print(square)\n")
        << 5ll << QStringLiteral("square_generator(5)")
        << QStringLiteral(
               "def square_generator(n):\n    for i in range(n):\n        yield i * i\n\n"
               "for square in square_generator(500):\n    print(square)\n");
    QTest::newRow("every call with that number")
        << QStringLiteral("def a(n): return n\ndef b(n): return n\nprint(a(3), b(3), a(4))\n") << 3ll
        << QStringLiteral("a(3)")
        << QStringLiteral("def a(n): return n\ndef b(n): return n\nprint(a(500), b(500), a(4))\n");
    QTest::newRow("range literal") << QStringLiteral("print(sum(x for x in range(100)))\n") << 100ll
                                   << QStringLiteral("range(100)")
                                   << QStringLiteral("print(sum(x for x in range(500)))\n");
    QTest::newRow("comment is not code") << QStringLiteral("# range(10)\nprint(1)\n") << 0ll << QString() << QString();
    QTest::newRow("lower-case names other than n are not sizes")
        << QStringLiteral("x = 3\nprint(x)\n") << 0ll << QString() << QString();
  }

  void sizeConstantIsFoundByThreeSimpleRules() {
    QFETCH(QString, source);
    QFETCH(qlonglong, value);
    QFETCH(QString, what);
    QFETCH(QString, resized);
    const auto c = findSizeConstant(source);
    QCOMPARE(bool(c), value != 0);
    if (!c) return;
    QCOMPARE(c->value, value);
    QCOMPARE(c->what, what);
    QCOMPARE(withSize(source, *c, 500), resized);
    QCOMPARE(sizeFreeKey(source, *c), sizeFreeKey(resized, *findSizeConstant(resized)));
  }

  void beginnerViewHidesIteratorLocalsAndAddresses() {
    Snapshot s;
    FrameView f;
    f.function = "<genexpr>";
    f.locals = {{".0", {"<range_iterator object at 0x7f3a12bc>", "range_iterator", 32, 0}},
                {"x", {"3", "int", 28, 0}},
                {"g", {"<generator object evens at 0x7f3a0010>", "generator", 200, 2}}};
    s.stack.push_back(f);
    GeneratorView g;
    g.locals = f.locals;
    g.yielded = {"<generator object inner at 0xdeadbeef>"};
    s.generators.push_back(g);
    const Snapshot b = beginnerView(s);
    QCOMPARE(b.stack[0].locals.size(), size_t(2));
    QCOMPARE(b.stack[0].locals[0].name, std::string("x"));
    QCOMPARE(b.stack[0].locals[1].value.repr, std::string("<generator object evens>"));
    QCOMPARE(b.stack[0].locals[1].value.generatorId, 2ull);
    QCOMPARE(b.generators[0].locals.size(), size_t(2));
    QCOMPARE(b.generators[0].yielded[0], std::string("<generator object inner>"));
    QCOMPARE(withoutAddresses("'at 0x12 is text'"), std::string("'at 0x12 is text'"));  // not an address
  }

  void unreadableFilesAreRefusedWithAReason() {
    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("bin.py")), latin = dir.filePath(QStringLiteral("latin.py")),
                  good = dir.filePath(QStringLiteral("good.py")), big = dir.filePath(QStringLiteral("big.py"));
    auto write = [](const QString& path, const QByteArray& bytes) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(bytes);
    };
    write(bin, QByteArray("print(1)\n\0\0\x01", 12));
    write(latin, QByteArray("print('caf\xe9')\n"));
    write(good, QByteArray("print('caf\xc3\xa9')\n"));
    write(big, QByteArray(int(kMaxProgramBytes) + 10, '#'));
    QVERIFY(readProgramFile(good).ok);
    QCOMPARE(readProgramFile(good).text, QStringLiteral("print('café')\n"));
    QVERIFY(readProgramFile(bin).error.contains(QStringLiteral("binary")));
    QVERIFY(readProgramFile(latin).error.contains(QStringLiteral("UTF-8")));
    QVERIFY(readProgramFile(big).error.contains(QStringLiteral("larger")));
    QVERIFY(
        readProgramFile(dir.filePath(QStringLiteral("missing.py"))).error.contains(QStringLiteral("does not exist")));
    QVERIFY(!readProgramFile(dir.path()).ok);
  }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
