#include "ui/programfile.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStringDecoder>

namespace ys::ui {

namespace {

ProgramFile refuse(const QString& why) { return ProgramFile{false, {}, why}; }

}  // namespace

ProgramFile readProgramFile(const QString& path) {
  const QFileInfo info(path);
  const QString name = info.fileName();
  if (!info.exists()) return refuse(QObject::tr("Cannot open %1: the file does not exist.").arg(name));
  if (!info.isFile()) return refuse(QObject::tr("Cannot open %1: it is not a file.").arg(name));
  if (info.size() > kMaxProgramBytes)
    return refuse(QObject::tr("Cannot open %1: it is %2 KiB, larger than the %3 KiB a program may be.")
                      .arg(name).arg(info.size() / 1024).arg(kMaxProgramBytes / 1024));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return refuse(QObject::tr("Cannot open %1: %2.").arg(name, file.errorString()));
  const QByteArray bytes = file.readAll();
  if (bytes.contains('\0')) return refuse(QObject::tr("Cannot open %1: it is a binary file, not a Python program.").arg(name));
  QStringDecoder decode(QStringDecoder::Utf8);
  QString text = decode(bytes);
  if (decode.hasError()) return refuse(QObject::tr("Cannot open %1: it is not UTF-8 text.").arg(name));
  if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);  // a BOM is allowed, as python3 allows it
  return ProgramFile{true, text, {}};
}

}  // namespace ys::ui
