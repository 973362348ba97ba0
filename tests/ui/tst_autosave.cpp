// The window never loses a program (issue 13): the editor's text is kept on
// disk a second after each edit, and a window that was killed offers it back
// at the next start. The last test kills the real `yieldscope` with SIGKILL.
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <memory>

#include "ui/autosave.h"
#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/sessioncontroller.h"

using namespace ys::ui;

namespace {

Autosave::Source textSource(const QString* text) {
  return [text] { return AutosavedProgram{{}, QStringLiteral("lesson.py"), {}, *text, {}}; };
}

QJsonObject readJson(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

// The autosave copies in `dir` whose text is `text`.
int copiesHolding(const QString& dir, const QString& text) {
  int n = 0;
  for (const QString& file : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files))
    if (readJson(dir + QLatin1Char('/') + file).value(QStringLiteral("text")).toString() == text) ++n;
  return n;
}

// Answers the "unsaved changes" question that a close asks, with Discard.
void discardWhenAsked() {
  QTimer::singleShot(100, [] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
      box->button(QMessageBox::Discard)->click();
  });
}

}  // namespace

class TestAutosave : public QObject {
  Q_OBJECT
  QTemporaryDir m_home;

  QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_home.isValid());
    // The same names and data home as the program started below, so that
    // both look at the same autosave folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Yieldscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Yieldscope"));
    qputenv("XDG_DATA_HOME", dataDir().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("HOME", m_home.path().toLocal8Bit());
    QVERIFY(Autosave::defaultDirectory().startsWith(dataDir()));
  }

  void cleanup() { QDir(Autosave::defaultDirectory()).removeRecursively(); }

  // ---- the class on its own

  void editsAreWrittenOnceAfterAPause() {
    QTemporaryDir dir;
    QString text = QStringLiteral("x = 1\n");
    Autosave autosave(textSource(&text), dir.path());
    autosave.setDelay(100);
    QSignalSpy saved(&autosave, &Autosave::saved);
    for (int i = 0; i < 5; ++i) {
      text += QStringLiteral("x += 1\n");
      autosave.touch();
      QTest::qWait(20);
    }
    QVERIFY(autosave.hasPending());
    QVERIFY(!QFile::exists(autosave.filePath()));  // not at each keystroke
    QVERIFY(saved.wait(2000));
    QTest::qWait(300);
    QCOMPARE(saved.count(), 1);
    const QJsonObject copy = readJson(autosave.filePath());
    QCOMPARE(copy.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(copy.value(QStringLiteral("name")).toString(), QStringLiteral("lesson.py"));
    QVERIFY(QFile::exists(dir.filePath(QFileInfo(autosave.filePath()).completeBaseName() + QStringLiteral(".lock"))));
  }

  void discardRemovesTheCopyAndItsLock() {
    QTemporaryDir dir;
    QString text = QStringLiteral("print('hi')\n");
    Autosave autosave(textSource(&text), dir.path());
    QVERIFY(autosave.saveNow());
    QVERIFY(QFile::exists(autosave.filePath()));
    autosave.touch();
    autosave.discard();
    QVERIFY(!autosave.hasPending());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
  }

  void aCopyOfAWindowStillOpenIsNotOffered() {
    QTemporaryDir dir;
    QString text = QStringLiteral("a = 1\n");
    Autosave open(textSource(&text), dir.path());
    QVERIFY(open.saveNow());
    Autosave next(textSource(&text), dir.path());
    QVERIFY(next.orphans().isEmpty());
  }

  void aCopyLeftBehindIsOfferedToOneWindowThenForgotten() {
    QTemporaryDir dir;
    QString older = QStringLiteral("old = 1\n"), newer = QStringLiteral("new = 2\n");
    {
      Autosave gone(textSource(&older), dir.path());
      QVERIFY(gone.saveNow());
    }  // destroyed without discard(): the window did not close properly
    QTest::qWait(5);
    {
      Autosave gone(textSource(&newer), dir.path());
      QVERIFY(gone.saveNow());
    }
    Autosave first(textSource(&older), dir.path());
    const QList<AutosavedProgram> orphans = first.orphans();
    QCOMPARE(orphans.size(), 2);
    QCOMPARE(orphans[0].text, newer);  // newest first
    QCOMPARE(orphans[1].text, older);
    QCOMPARE(orphans[0].name, QStringLiteral("lesson.py"));
    Autosave second(textSource(&older), dir.path());
    QVERIFY(second.orphans().isEmpty());  // held by the first window until it decides
    first.forget(orphans[0].id);
    first.forget(orphans[1].id);
    Autosave third(textSource(&older), dir.path());
    QVERIFY(third.orphans().isEmpty());
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
  }

  void aDamagedCopyIsDroppedNotOffered() {
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("123-abc.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ \"version\": 1, \"text\": ");  // cut short
    junk.close();
    QString text;
    Autosave autosave(textSource(&text), dir.path());
    QVERIFY(autosave.orphans().isEmpty());
    QVERIFY(!junk.exists());
  }

  void aFolderThatCannotBeWrittenIsSaidOnce() {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString text = QStringLiteral("x = 1\n");
    // A folder under a plain file cannot exist, even for root.
    Autosave autosave(textSource(&text), file.fileName() + QStringLiteral("/autosave"));
    QSignalSpy failed(&autosave, &Autosave::failed);
    QVERIFY(!autosave.saveNow());
    QVERIFY(!autosave.saveNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("safety copy")));
  }

  // ---- through the window

  void aCleanCloseLeavesNothingToOffer() {
    {
      MainWindow w;
      w.show();
      w.loadSource(QStringLiteral("print(1)\n"), QStringLiteral("one.py"));
      w.editor()->setCursorPosition(1, 0);
      w.editor()->insert(QStringLiteral("print(2)\n"));  // an edit, as typed
      QSignalSpy saved(w.autosave(), &Autosave::saved);
      QVERIFY(saved.wait(5000));
      QCOMPARE(copiesHolding(Autosave::defaultDirectory(), QStringLiteral("print(1)\nprint(2)\n")), 1);
      discardWhenAsked();
      QVERIFY(w.close());
      QCOMPARE(copiesHolding(Autosave::defaultDirectory(), QStringLiteral("print(1)\nprint(2)\n")), 0);
    }
    MainWindow next;
    QVERIFY(!next.offerRestore());
  }

  void loadingAFileOrExampleIsNothingUnsaved() {
    MainWindow w;
    w.loadSource(QStringLiteral("a = 1\n"), QStringLiteral("a.py"));
    w.editor()->insert(QStringLiteral("b = 2\n"));
    QVERIFY(w.autosave()->hasPending());
    QVERIFY(w.autosave()->saveNow());
    QVERIFY(w.autosave()->hasFile());
    w.loadSource(QStringLiteral("c = 3\n"), QStringLiteral("c.py"));
    QVERIFY(!w.autosave()->hasFile());
    QVERIFY(!QFile::exists(w.autosave()->filePath()));
  }

  // ---- the real program, killed

  void aKilledWindowOffersTheTypedProgramBack() {
#ifndef YS_APP_BINARY
    QSKIP("the yieldscope program is not built");
#else
    const QString typed = QStringLiteral("print(\"typed before the kill\")\nanswer = 6 * 7\nprint(answer)\n");
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("YS_TEST_TYPE"), typed);
    app.setProcessEnvironment(env);  // XDG_* and HOME point into m_home (initTestCase)
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(YS_APP_BINARY), {});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    // Typed, then kept a second later.
    const QString dir = Autosave::defaultDirectory();
    QVERIFY2(QTest::qWaitFor([&] { return copiesHolding(dir, typed) == 1; }, 30000),
             "the typed program was never autosaved");
    QCOMPARE(::kill(pid_t(app.processId()), SIGKILL), 0);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    // The next start: the window offers the typed program back.
    MainWindow w;
    w.show();
    QVERIFY(w.offerRestore());
    RestoreBanner* banner = w.restoreBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->offered().text, typed);
    QVERIFY(banner->text().contains(QStringLiteral("did not close properly")));
    QVERIFY(banner->toolTip().contains(QStringLiteral("typed before the kill")));
    QTest::mouseClick(banner->findChild<QAbstractButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(w.editor()->text(), typed);
    QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, 60000));
    // Kept again, now by this window only; the killed one's copy is gone.
    QCOMPARE(copiesHolding(dir, typed), 1);
    QVERIFY(w.autosave()->hasFile());
    MainWindow another;
    QVERIFY(!another.offerRestore());
#endif
  }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
