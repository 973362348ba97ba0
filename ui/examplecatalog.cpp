#include "ui/examplecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef YS_HAVE_QRC
static void initExampleResources() {
  Q_INIT_RESOURCE(resources);
}
#else
static void initExampleResources() {}
#endif

namespace ys::ui {

namespace {

ExampleInfo parseExample(const QJsonObject& o) {
  ExampleInfo e;
  e.file = o.value(QStringLiteral("file")).toString();
  e.title = o.value(QStringLiteral("title")).toString(e.file);
  e.lesson = o.value(QStringLiteral("lesson")).toString();
  for (const QJsonValue& v : o.value(QStringLiteral("watch")).toArray()) e.watch << v.toInt();
  e.expectsError = o.value(QStringLiteral("expectsError")).toBool(false);
  return e;
}

}  // namespace

bool ExampleCatalog::load() {
  initExampleResources();
  const QStringList candidates = {QStringLiteral(":/examples"), QStringLiteral(":/resources/examples"),
#ifdef YS_SOURCE_DIR
                                  QStringLiteral(YS_SOURCE_DIR "/resources/examples"),
#endif
                                  QDir::currentPath() + QStringLiteral("/resources/examples")};
  for (const QString& dir : candidates)
    if (loadFrom(dir)) return true;
  return false;
}

bool ExampleCatalog::loadFrom(const QString& directory) {
  QFile file(directory + QStringLiteral("/index.json"));
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
  QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("examples")).toArray();
  if (list.isEmpty()) return false;
  m_examples.clear();
  for (const QJsonValue& v : list)
    if (v.isObject()) m_examples << parseExample(v.toObject());
  m_dir = directory;
  return !m_examples.isEmpty();
}

const ExampleInfo* ExampleCatalog::find(const QString& fileOrTitle) const {
  for (const ExampleInfo& e : m_examples)
    if (e.file == fileOrTitle || e.title == fileOrTitle || QFileInfo(e.file).baseName() == fileOrTitle) return &e;
  return nullptr;
}

QString ExampleCatalog::sourceOf(const ExampleInfo& example) const {
  QFile file(m_dir + QLatin1Char('/') + example.file);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

}  // namespace ys::ui
