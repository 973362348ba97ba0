// autosave.h — the editor's unsaved text, kept on disk so that a crash or a
// kill never loses a program a teacher typed in front of a class.
//
// Each window has an Autosave. After a user edit, touch() starts a one-second
// timer (restarted by each further edit, but never put off longer than five
// seconds); when it fires, the text is written with QSaveFile — atomically, so
// a kill mid-write leaves the previous copy — as one small JSON file in
// QStandardPaths::AppDataLocation/autosave/<id>.json. While the window lives it
// holds <id>.lock (a QLockFile: pid, host and application name). discard()
// removes both: a clean exit, a save to disk, or a program loaded from a file
// or an example (nothing unsaved then).
//
// At the next start, orphans() lists the copies whose owner is gone: a lock
// that is stale (its process is dead — SIGKILL, a crash) or absent (the
// window was destroyed without a clean close). Locks of windows still running
// are held, so a second window never offers the first one's text. The caller
// offers the newest orphan (a RestoreBanner); taking or declining it releases
// it with forget().
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFrame>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QLockFile;
class QPushButton;
class QTimer;

namespace ys::ui {

// One autosaved program.
struct AutosavedProgram {
  QString id;         // the file's base name (per window instance)
  QString name;       // the program's display name ("squares.py")
  QString filePath;   // the file it was opened from, "" for an example or new text
  QString text;       // the editor's text
  QDateTime savedAt;  // when it was written (UTC)
};

class Autosave : public QObject {
  Q_OBJECT
 public:
  // What to save, asked when the timer fires (not at each keystroke).
  using Source = std::function<AutosavedProgram()>;

  static constexpr int kDelayMs = 1000;
  static constexpr int kMaxDelayMs = 5000;

  // directory "" = AppDataLocation/autosave (the application's names must be
  // set first). Nothing is written before the first touch().
  explicit Autosave(Source source, const QString& directory = {}, QObject* parent = nullptr);
  ~Autosave() override;

  static QString defaultDirectory();
  QString directory() const { return m_dir; }
  QString filePath() const;  // this window's autosave file
  bool hasPending() const;   // an edit not yet written
  bool hasFile() const;      // a copy of this window's text is on disk

  void touch();    // the text changed: save it soon
  bool saveNow();  // write now (false: the write failed, see failed())
  void discard();  // nothing unsaved any more: remove the copy

  // Copies left by windows that are gone, newest first. Each returned one is
  // locked by this process until forget() (so no other window offers it).
  QList<AutosavedProgram> orphans();
  // Releases an orphan: its copy and lock are removed.
  void forget(const QString& id);

  void setDelay(int ms);  // tests

 Q_SIGNALS:
  void saved(const QString& path);
  void failed(const QString& reason);

 private:
  QString pathFor(const QString& id, const char* suffix) const;
  bool ensureOwnLock();

  Source m_source;
  QString m_dir;
  QString m_id;
  QTimer* m_timer = nullptr;
  QElapsedTimer m_pendingSince;  // valid while an edit waits
  bool m_written = false;
  bool m_failedOnce = false;
  std::unique_ptr<QLockFile> m_lock;
  std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_orphanLocks;
};

// The non-modal offer shown at the top of the window after a crash:
// "… was not saved when Yieldscope last stopped. [Restore] [Discard]".
class RestoreBanner : public QFrame {
  Q_OBJECT
 public:
  explicit RestoreBanner(QWidget* parent = nullptr);
  void offer(const AutosavedProgram& program);
  const AutosavedProgram& offered() const { return m_program; }
  bool isOffering() const { return m_offering; }
  QString text() const;
  void accept();   // as if Restore was clicked
  void decline();  // as if Discard was clicked

 Q_SIGNALS:
  void accepted(const ys::ui::AutosavedProgram& program);
  void declined(const ys::ui::AutosavedProgram& program);

 private:
  AutosavedProgram m_program;
  bool m_offering = false;
  QLabel* m_label = nullptr;
  QPushButton* m_restore = nullptr;
  QPushButton* m_discard = nullptr;
};

}  // namespace ys::ui
