#include "ui/programfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <QStringDecoder>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ys::ui {

namespace {

ProgramFile refuse(const QString& why) {
  return ProgramFile{false, {}, why};
}

}  // namespace

ProgramFile readProgramFile(const QString& path) {
  const QString name = QFileInfo(path).fileName();
  // One open, then questions about what was opened (no gap in which the
  // file could be swapped). O_NONBLOCK: a named pipe must not wait for a
  // writer forever; for a regular file it changes nothing.
  const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR)
      return refuse(QObject::tr("Cannot open %1: the file does not exist.").arg(name));
    if (error == EACCES || error == EPERM)
      return refuse(QObject::tr("Cannot open %1: you do not have permission to read it.").arg(name));
    return refuse(QObject::tr("Cannot open %1: %2.").arg(name, QString::fromLocal8Bit(std::strerror(error))));
  }
  QFile file;
  if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
    ::close(fd);
    return refuse(QObject::tr("Cannot open %1: %2.").arg(name, file.errorString()));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) return refuse(QObject::tr("Cannot open %1: %2.").arg(name, file.errorString()));
  if (S_ISDIR(st.st_mode)) return refuse(QObject::tr("Cannot open %1: it is a folder, not a file.").arg(name));
  // A named pipe, a device, a socket: only a regular file holds a program.
  if (!S_ISREG(st.st_mode)) return refuse(QObject::tr("Cannot open %1: it is not a file.").arg(name));
  const auto tooLarge = [&name](qint64 bytes) {
    return refuse(QObject::tr("Cannot open %1: it is %2, larger than the %3 a program may be.")
                      .arg(name, QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(kMaxProgramBytes)));
  };
  if (qint64(st.st_size) > kMaxProgramBytes) return tooLarge(st.st_size);
  // Never more than the limit, even from a file that grew since it was
  // measured (or one whose size the system does not know, as in /proc).
  const QByteArray bytes = file.read(kMaxProgramBytes + 1);
  if (bytes.size() > kMaxProgramBytes) return tooLarge(std::max<qint64>(st.st_size, bytes.size()));
  if (file.error() != QFileDevice::NoError)
    return refuse(QObject::tr("Cannot read %1: %2.").arg(name, file.errorString()));
  if (bytes.contains('\0'))
    return refuse(QObject::tr("Cannot open %1: it is a binary file, not a Python program.").arg(name));
  QStringDecoder decode(QStringDecoder::Utf8);
  QString text = decode(bytes);
  if (decode.hasError()) return refuse(QObject::tr("Cannot open %1: it is not UTF-8 text.").arg(name));
  if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);  // a BOM is allowed, as python3 allows it
  return ProgramFile{true, text, {}};
}

}  // namespace ys::ui
