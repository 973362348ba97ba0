#include "ui/models/viewtext.h"

namespace ys::ui {

QString stateLabel(GenState state) {
  switch (state) {
    case GenState::Created: return QStringLiteral("created");
    case GenState::Running: return QStringLiteral("running");
    case GenState::Suspended: return QStringLiteral("suspended");
    case GenState::Closed: return QStringLiteral("closed");
  }
  return QStringLiteral("?");
}

QColor stateColor(GenState state) {
  switch (state) {
    case GenState::Created: return QColor(0x5b, 0x7d, 0xb1);    // blue: not started yet
    case GenState::Running: return QColor(0x2e, 0x8b, 0x3e);    // green: on the stack now
    case GenState::Suspended: return QColor(0xd9, 0x7a, 0x00);  // amber: paused, frame kept
    case GenState::Closed: return QColor(0x80, 0x80, 0x80);     // grey: finished
  }
  return QColor(Qt::gray);
}

QString eventLabel(EventKind event) {
  switch (event) {
    case EventKind::Call: return QStringLiteral("call");
    case EventKind::Line: return QStringLiteral("line");
    case EventKind::Yield: return QStringLiteral("yield");
    case EventKind::Resume: return QStringLiteral("resume");
    case EventKind::Return: return QStringLiteral("return");
    case EventKind::Exception: return QStringLiteral("exception");
    case EventKind::End: return QStringLiteral("end");
  }
  return QStringLiteral("?");
}

QString formatBytes(int64_t bytes) {
  const double b = double(bytes);
  if (bytes < 0) return QStringLiteral("-") + formatBytes(-bytes);
  if (bytes < 10 * 1024) return QStringLiteral("%1 B").arg(bytes);
  if (b < 10.0 * 1024 * 1024) return QStringLiteral("%1 KiB").arg(b / 1024.0, 0, 'f', 1);
  if (b < 10.0 * 1024 * 1024 * 1024) return QStringLiteral("%1 MiB").arg(b / (1024.0 * 1024.0), 0, 'f', 1);
  return QStringLiteral("%1 GiB").arg(b / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
}

QString generatorTitle(const std::string& name, uint64_t id) {
  return toQ(name) + QLatin1Char('#') + QString::number(id);
}

}  // namespace ys::ui
