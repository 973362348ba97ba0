#include "ui/app_entry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

#include "ui/mainwindow.h"
#include "ui/panels/codeeditor.h"
#include "ui/sessionengine.h"

namespace ys::ui {

namespace {

void openStartProgram(MainWindow& window, const QString& fileOrEmpty) {
  if (!fileOrEmpty.isEmpty()) {
    window.openFile(fileOrEmpty);  // a bad file says why in the window
    return;
  }
  const QString last = QSettings().value(QStringLiteral("files/last")).toString();
  if (!last.isEmpty() && QFileInfo::exists(last) && window.openFile(last)) return;
  if (!window.catalog().examples().isEmpty()) window.openExample(window.catalog().examples().first().file);
}

// YS_TEST_TYPE: the text is typed into the editor once the window shows, key
// by key through the editor's own key handling, replacing what is there (so
// a test can type into the real program, then kill it).
void typeInto(CodeEditor* editor, const QString& text) {
  editor->setFocus();
  editor->selectAll();
  for (const QChar c : text) {
    const bool newline = c == QLatin1Char('\n');
    const int key = newline ? Qt::Key_Return : Qt::Key_unknown;
    const QString typed = newline ? QStringLiteral("\r") : QString(c);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, typed);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, typed);
    QApplication::sendEvent(editor, &press);
    QApplication::sendEvent(editor, &release);
  }
}

}  // namespace

int runGui(int argc, char** argv, const QString& fileOrEmpty) {
  QElapsedTimer started;
  started.start();
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Yieldscope"));
  QApplication::setApplicationName(QStringLiteral("Yieldscope"));
  QApplication::setApplicationDisplayName(QStringLiteral("Yieldscope"));
  int status = 0;
  {
    MainWindow window;
    openStartProgram(window, fileOrEmpty);
    window.offerRestore();  // a program left unsaved by a crash or a kill
    window.show();
    if (qEnvironmentVariableIsSet("YS_TEST_TYPE")) {
      const QString text = qEnvironmentVariable("YS_TEST_TYPE");
      QTimer::singleShot(0, &window, [&window, text] { typeInto(window.editor(), text); });
    }
    // YS_STARTUP_TIME=1 prints the time from process start to the first paint.
    if (qEnvironmentVariableIsSet("YS_STARTUP_TIME"))
      QTimer::singleShot(0, &window, [&started] {
        std::fprintf(stderr, "yieldscope: window shown after %lld ms\n", static_cast<long long>(started.elapsed()));
      });
    status = app.exec();
  }  // the window's controller waits briefly for engines still finishing
  if (SessionEngine::liveCount() > 0) {
    // An engine that did not stop in time must not run on while the
    // process's statics are destroyed: leave without destroying them.
    std::fflush(nullptr);
    std::_Exit(status);
  }
  return status;
}

}  // namespace ys::ui
