#include "ui/models/viewtext.h"

#include <QObject>

namespace ys::ui {

QString stateLabel(GenState state) {
  return QString::fromLatin1(genStateWord(state));
}

// Where a generator is, in the same words on its card and in the pipeline.
QString whereText(GenState state, int line) {
  switch (state) {
    case GenState::Created:
      return QObject::tr("not started");
    case GenState::Running:
      return QObject::tr("running at line %1").arg(line);
    case GenState::Suspended:
      return QObject::tr("paused at line %1").arg(line);
    case GenState::Closed:
      return QObject::tr("finished");
  }
  return {};
}

QColor stateColor(GenState state) {
  switch (state) {
    case GenState::Created:
      return QColor(0x5b, 0x7d, 0xb1);  // blue: not started yet
    case GenState::Running:
      return QColor(0x2e, 0x8b, 0x3e);  // green: on the stack now
    case GenState::Suspended:
      return QColor(0xd9, 0x7a, 0x00);  // amber: paused, frame kept
    case GenState::Closed:
      return QColor(0x80, 0x80, 0x80);  // grey: finished
  }
  return QColor(Qt::gray);
}

QString eventLabel(EventKind event) {
  return QString::fromLatin1(eventName(event));
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

namespace {
void simplify(std::vector<VariableView>& locals) {
  std::erase_if(locals, [](const VariableView& v) { return !v.name.empty() && v.name[0] == '.'; });
  for (VariableView& v : locals) v.value.repr = withoutAddresses(std::move(v.value.repr));
}
}  // namespace

Snapshot beginnerView(const Snapshot& s) {
  Snapshot out = s;
  for (FrameView& f : out.stack) simplify(f.locals);
  for (GeneratorView& g : out.generators) {
    simplify(g.locals);
    for (std::string& y : g.yielded) y = withoutAddresses(std::move(y));
  }
  if (out.value) out.value = withoutAddresses(std::move(*out.value));
  return out;
}

int codeLength(const QString& line) {
  QChar quote;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line[i];
    if (!quote.isNull()) {
      if (c == QLatin1Char('\\'))
        ++i;
      else if (c == quote)
        quote = QChar();
    } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
      quote = c;
    } else if (c == QLatin1Char('#')) {
      return i;
    }
  }
  return int(line.size());
}

}  // namespace ys::ui
