#include "ui/autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLockFile>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <algorithm>

#include "ui/theme.h"

namespace ys::ui {

namespace {

constexpr int kFormatVersion = 1;

QByteArray toJson(const AutosavedProgram& p) {
  QJsonObject o;
  o[QStringLiteral("version")] = kFormatVersion;
  o[QStringLiteral("name")] = p.name;
  o[QStringLiteral("file")] = p.filePath;
  o[QStringLiteral("text")] = p.text;
  o[QStringLiteral("savedAt")] = p.savedAt.toString(Qt::ISODateWithMs);
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// False for a file that is not one of ours (or was cut short: QSaveFile
// makes that unlikely, but a copy made by hand could be).
bool fromJson(const QByteArray& bytes, AutosavedProgram& p) {
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject()) return false;
  const QJsonObject o = doc.object();
  if (o.value(QStringLiteral("version")).toInt() != kFormatVersion) return false;
  p.name = o.value(QStringLiteral("name")).toString();
  p.filePath = o.value(QStringLiteral("file")).toString();
  p.text = o.value(QStringLiteral("text")).toString();
  p.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
  return true;
}

std::unique_ptr<QLockFile> makeLock(const QString& path) {
  auto lock = std::make_unique<QLockFile>(path);
  lock->setStaleLockTime(0);  // stale only when its process is gone, never by age
  return lock;
}

}  // namespace

Autosave::Autosave(Source source, const QString& directory, QObject* parent)
    : QObject(parent),
      m_source(std::move(source)),
      m_dir(directory.isEmpty() ? defaultDirectory() : directory),
      m_id(QStringLiteral("%1-%2")
               .arg(QCoreApplication::applicationPid())
               .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))) {
  m_timer = new QTimer(this);
  m_timer->setSingleShot(true);
  m_timer->setInterval(kDelayMs);
  connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
}

// Not a clean exit by itself: the copy stays for the next start to offer
// (the window calls discard() when it closes properly).
Autosave::~Autosave() = default;

// "" when the system names no data folder (no HOME): then nothing is kept,
// and the first save says so, rather than writing into the root folder.
QString Autosave::defaultDirectory() {
  const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  return base.isEmpty() ? QString() : base + QStringLiteral("/autosave");
}

QString Autosave::pathFor(const QString& id, const char* suffix) const {
  return m_dir + QLatin1Char('/') + id + QLatin1String(suffix);
}

QString Autosave::filePath() const {
  return pathFor(m_id, ".json");
}
bool Autosave::hasPending() const {
  return m_timer->isActive();
}
bool Autosave::hasFile() const {
  return m_written;
}
void Autosave::setDelay(int ms) {
  m_timer->setInterval(ms);
}

void Autosave::touch() {
  if (!m_timer->isActive()) m_pendingSince.start();
  // Each edit puts the save off by a second, but a teacher typing without a
  // pause still gets a copy every few seconds.
  if (m_pendingSince.isValid() && m_pendingSince.elapsed() >= kMaxDelayMs) {
    saveNow();
    return;
  }
  m_timer->start();
}

bool Autosave::ensureOwnLock() {
  if (m_lock && m_lock->isLocked()) return true;
  if (m_dir.isEmpty()) return false;
  if (!QDir().mkpath(m_dir)) return false;
  m_lock = makeLock(pathFor(m_id, ".lock"));
  return m_lock->tryLock(0);
}

bool Autosave::saveNow() {
  m_timer->stop();
  m_pendingSince.invalidate();
  if (!m_source) return false;
  AutosavedProgram program = m_source();
  program.savedAt = QDateTime::currentDateTimeUtc();
  QSaveFile file(filePath());
  const bool locked = ensureOwnLock();
  const bool ok = locked && file.open(QIODevice::WriteOnly) && file.write(toJson(program)) >= 0 && file.commit();
  if (!ok) {
    const QString why = m_dir.isEmpty() ? tr("the system names no folder for application data")
                        : !locked       ? tr("the folder cannot be created")
                                        : file.errorString();
    // Said once: a read-only home must not repeat it at every pause in typing.
    if (!m_failedOnce)
      Q_EMIT failed(tr("Cannot keep a safety copy of the program in %1: %2")
                        .arg(m_dir.isEmpty() ? tr("(none)") : QDir::toNativeSeparators(m_dir), why));
    m_failedOnce = true;
    return false;
  }
  m_failedOnce = false;
  m_written = true;
  Q_EMIT saved(filePath());
  return true;
}

void Autosave::discard() {
  m_timer->stop();
  m_pendingSince.invalidate();
  if (m_written) QFile::remove(filePath());
  m_written = false;
  if (m_lock) m_lock->unlock();
  m_lock.reset();
}

QList<AutosavedProgram> Autosave::orphans() {
  QList<AutosavedProgram> found;
  if (m_dir.isEmpty()) return found;
  const QDir dir(m_dir);
  const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
  for (const QString& file : files) {
    const QString id = file.chopped(5);
    if (id == m_id) continue;
    auto held = std::find_if(m_orphanLocks.begin(), m_orphanLocks.end(), [&](const auto& e) { return e.first == id; });
    if (held == m_orphanLocks.end()) {
      auto lock = makeLock(pathFor(id, ".lock"));
      if (!lock->tryLock(0)) continue;  // its window is still open
      m_orphanLocks.emplace_back(id, std::move(lock));
    }
    QFile in(pathFor(id, ".json"));
    AutosavedProgram program;
    if (!in.open(QIODevice::ReadOnly) || !fromJson(in.readAll(), program) || program.text.isEmpty()) {
      in.close();
      forget(id);  // unreadable or empty: nothing to offer
      continue;
    }
    program.id = id;
    found.push_back(std::move(program));
  }
  std::sort(found.begin(), found.end(),
            [](const AutosavedProgram& a, const AutosavedProgram& b) { return a.savedAt > b.savedAt; });
  return found;
}

void Autosave::forget(const QString& id) {
  QFile::remove(pathFor(id, ".json"));
  auto held = std::find_if(m_orphanLocks.begin(), m_orphanLocks.end(), [&](const auto& e) { return e.first == id; });
  if (held != m_orphanLocks.end()) {
    held->second->unlock();
    m_orphanLocks.erase(held);
  }
}

// ---------------------------------------------------------------- banner

RestoreBanner::RestoreBanner(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("restoreBanner"));
  setStyleSheet(
      QStringLiteral("QFrame#restoreBanner { background: #fff4d0; border-bottom: 1px solid #d0b060; }"
                     " QFrame#restoreBanner QLabel { color: #3a2a00; }"));
  m_label = wrappingLabel(QStringLiteral("restoreText"));
  m_restore = new QPushButton(tr("Restore"));
  m_restore->setObjectName(QStringLiteral("restoreButton"));
  m_discard = new QPushButton(tr("Discard"));
  m_discard->setObjectName(QStringLiteral("discardRestoreButton"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(10, 6, 10, 6);
  layout->addWidget(m_label, 1);
  layout->addWidget(m_restore);
  layout->addWidget(m_discard);
  connect(m_restore, &QPushButton::clicked, this, &RestoreBanner::accept);
  connect(m_discard, &QPushButton::clicked, this, &RestoreBanner::decline);
  setVisible(false);
}

void RestoreBanner::offer(const AutosavedProgram& program) {
  m_program = program;
  m_offering = true;
  const int lines = int(program.text.count(QLatin1Char('\n'))) + (program.text.endsWith(QLatin1Char('\n')) ? 0 : 1);
  const QString when = QLocale().toString(program.savedAt.toLocalTime(), QLocale::ShortFormat);
  m_label->setText(tr("Yieldscope did not close properly last time. Unsaved changes to <b>%1</b> "
                      "(%n line(s), kept at %2) can be restored.",
                      nullptr, lines)
                       .arg(program.name.toHtmlEscaped(), when));
  // The first lines, so that the teacher knows which program it is.
  QStringList head = program.text.split(QLatin1Char('\n')).mid(0, 12);
  setToolTip(head.join(QLatin1Char('\n')));
  setVisible(true);
}

QString RestoreBanner::text() const {
  return m_offering ? m_label->text() : QString();
}

void RestoreBanner::accept() {
  if (!m_offering) return;
  m_offering = false;
  setVisible(false);
  Q_EMIT accepted(m_program);
}

void RestoreBanner::decline() {
  if (!m_offering) return;
  m_offering = false;
  setVisible(false);
  Q_EMIT declined(m_program);
}

}  // namespace ys::ui
