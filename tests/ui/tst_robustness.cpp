// The window never loses a program (issue 13): a file it cannot use is
// refused with a reason and the program on screen stays; a failure inside the
// engine (an exception on its thread, a budget, its recorder process killed)
// is said in the window, and the window goes on working.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fstream>
#include <memory>
#include <string>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionengine.h"

#include "uitest.h"

using namespace ys;
using namespace ys::ui;
using namespace ys::uitest;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Direct children of this process, and whether each has children of its own.
std::vector<std::pair<pid_t, bool>> childProcesses() {
  std::vector<pid_t> all;
  std::vector<std::pair<pid_t, pid_t>> parentOf;  // (pid, ppid)
  for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
    bool number = false;
    const pid_t pid = pid_t(entry.toInt(&number));
    if (!number) continue;
    std::ifstream in("/proc/" + entry.toStdString() + "/stat");
    std::string stat;
    std::getline(in, stat);
    const size_t close = stat.rfind(')');
    if (close == std::string::npos) continue;
    char state = 0;
    int ppid = 0;
    if (std::sscanf(stat.c_str() + close + 1, " %c %d", &state, &ppid) != 2 || state == 'Z') continue;
    parentOf.emplace_back(pid, pid_t(ppid));
  }
  std::vector<std::pair<pid_t, bool>> children;
  for (const auto& [pid, ppid] : parentOf) {
    if (ppid != getpid()) continue;
    bool hasChildren = false;
    for (const auto& [other, otherParent] : parentOf) hasChildren |= otherParent == pid;
    children.emplace_back(pid, hasChildren);
  }
  return children;
}

// A generator that receives send() has no eager twin, so the recorder is
// the only engine process this program starts; it runs until its budget.
const QString kEndless = QStringLiteral(
    "def echo():\n"
    "    while True:\n"
    "        x = yield\n"
    "\n"
    "\n"
    "g = echo()\n"
    "next(g)\n"
    "while True:\n"
    "    g.send(1)\n");

}  // namespace

class TestRobustness : public WindowTest {
  Q_OBJECT

  void loadSquares() {
    QVERIFY(load(*m_w, fixture("squares.py"), QStringLiteral("squares.py")));
    QVERIFY(m_w->controller()->isLoaded());
  }

  // The window still works: a program loads, and Next moves it.
  void checkStillWorks() {
    QVERIFY(load(*m_w, countdownProgram(), QStringLiteral("countdown.py")));
    QVERIFY(m_w->controller()->isLoaded());
    QVERIFY(m_w->messageText().isEmpty());
    press(*m_w, "actionNext");
    QVERIFY(waitIdle(*m_w));
    QCOMPARE(m_w->controller()->snapshot().step, 1ull);
  }

 private Q_SLOTS:
  // ---- files the window refuses

  void aFileThatCannotBeUsedIsRefusedAndTheProgramStays_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said");
    QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("ermission");
    QTest::newRow("10 MB") << QStringLiteral("huge") << QStringLiteral("larger than");
    QTest::newRow("not UTF-8") << QStringLiteral("latin1") << QStringLiteral("not UTF-8");
    QTest::newRow("binary") << QStringLiteral("binary") << QStringLiteral("binary");
    QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("not a file");
    QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral("not a file");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
  }

  void aFileThatCannotBeUsedIsRefusedAndTheProgramStays() {
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(kind + QStringLiteral(".py"));
    if (kind == QLatin1String("unreadable")) {
      QVERIFY(writeFile(path, "print('secret')\n"));
      QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));  // chmod 000
    } else if (kind == QLatin1String("huge")) {
      QByteArray line("total = total + 1  # a generated program, far beyond any lesson\n");
      QByteArray big;
      big.reserve(10 << 20);
      while (big.size() < (10 << 20)) big += line;
      QVERIFY(writeFile(path, big));
    } else if (kind == QLatin1String("latin1")) {
      QVERIFY(writeFile(path, "print('caf\xe9')\n"));
    } else if (kind == QLatin1String("binary")) {
      QVERIFY(writeFile(path, QByteArray("\x7f"
                                         "ELF\x02\x01\x01\0\0\0",
                                         10)));
    } else if (kind == QLatin1String("directory")) {
      QVERIFY(QDir(dir.path()).mkdir(kind + QStringLiteral(".py")));
    } else if (kind == QLatin1String("fifo")) {
      QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);  // opening it would block forever
    }
    loadSquares();
    QVERIFY(QTest::qWaitFor([&] { return window().controller()->snapshot().step == 0; }));
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    const QString before = window().editor()->text();
    const uint64_t step = window().controller()->snapshot().step;
    // Root reads a file whatever its mode says (CAP_DAC_OVERRIDE). Opening
    // it as another user, through this thread's file-system uid, drops that
    // capability for the open, as a teacher's own account would not have it.
    const bool asNobody = kind == QLatin1String("unreadable") && geteuid() == 0;
    if (asNobody) {
      QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
      setfsuid(65534);
    }
    const bool opened = window().openFile(path);
    if (asNobody) {
      setfsuid(0);
      QCOMPARE(int(setfsuid(uid_t(-1))), 0);  // back to root (-1 only asks)
    }
    QVERIFY(!opened);
    QVERIFY2(window().messageText().contains(said), qPrintable(window().messageText()));
    QVERIFY(window().messageText().contains(kind + QStringLiteral(".py")));
    // The program on screen and where it stands are untouched.
    QCOMPARE(window().editor()->text(), before);
    QCOMPARE(window().programName(), QStringLiteral("squares.py"));
    QVERIFY(window().controller()->isLoaded());
    QCOMPARE(window().controller()->snapshot().step, step);
    QVERIFY(!window().controller()->isBusy());
  }

  // ---- failures inside the engine

  void anExceptionWhileLoadingIsShownAndTheWindowGoesOn() {
    loadSquares();
    window().controller()->injectFault(EngineFault::Exception);
    window().loadSource(countdownProgram(), QStringLiteral("countdown.py"));
    QVERIFY(waitIdle(window()));
    QVERIFY2(window().messageText().contains(QStringLiteral("The engine failed: an injected internal error")),
             qPrintable(window().messageText()));
    QVERIFY(!window().controller()->isLoaded());
    QVERIFY(window().editor()->text().contains(QStringLiteral("countdown")));  // the text stays
    // Next runs the program again: the failed session is not reused.
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->isLoaded());
    checkStillWorks();
  }

  void anUnknownExceptionDuringAMoveIsShownAndTheNextMoveWorks() {
    loadSquares();
    window().controller()->injectFault(EngineFault::UnknownException);
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QVERIFY2(window().messageText().contains(QStringLiteral("unknown reason")), qPrintable(window().messageText()));
    QCOMPARE(window().controller()->snapshot().step, 0ull);
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    QVERIFY(window().controller()->lastFailure().isEmpty());
    checkStillWorks();
  }

  void anExhaustedStepBudgetIsSaidAtOnce() {
    SessionOptions small;
    small.budgets.maxSteps = 3000;
    window().controller()->setSessionOptions(small);
    window().loadSource(kEndless, QStringLiteral("endless.py"));
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->isLoaded());
    QVERIFY2(window().messageText().contains(QStringLiteral("step budget")), qPrintable(window().messageText()));
    // The steps before stay browsable.
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    QCOMPARE(window().controller()->snapshot().step, 1ull);
    window().controller()->setSessionOptions(SessionOptions{});
    checkStillWorks();
  }

  void aStopIsNotReportedAsAFailure() {
    window().loadSource(kEndless, QStringLiteral("endless.py"));
    QVERIFY(QTest::qWaitFor([&] { return window().controller()->stepsRecorded() > 0; }, 30000));
    press(window(), "actionStop");
    QVERIFY(waitIdle(window()));
    QVERIFY(window().controller()->isLoaded());
    QVERIFY(window().controller()->lastFailure().isEmpty());
  }

  void aKilledRecorderIsShownAndTheWindowGoesOn() {
    SessionOptions longRun;
    longRun.budgets.maxSteps = 500'000'000;  // it would record for minutes
    window().controller()->setSessionOptions(longRun);
    window().loadSource(kEndless, QStringLiteral("endless.py"));
    QVERIFY(QTest::qWaitFor([&] { return window().controller()->stepsRecorded() > 1000; }, 30000));
    // The recorder is the engine process that has children (its checkpoints).
    pid_t recorder = 0;
    for (const auto& [pid, hasChildren] : childProcesses())
      if (hasChildren) recorder = pid;
    QVERIFY2(recorder > 0, "no recorder process found");
    QCOMPARE(::kill(recorder, SIGKILL), 0);
    QVERIFY(waitIdle(window(), 30000));
    QVERIFY(window().controller()->isLoaded());
    QVERIFY2(window().messageText().contains(QStringLiteral("stopped unexpectedly")),
             qPrintable(window().messageText()));
    // What was recorded is listed; a step whose checkpoint died with the
    // recorder says it cannot be shown rather than anything false.
    press(window(), "actionNext");
    QVERIFY(waitIdle(window()));
    window().controller()->setSessionOptions(SessionOptions{});
    checkStillWorks();
  }
};

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"
