#include "ui/models/sizeconstant.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>

#include "ui/models/viewtext.h"

namespace ys::ui {

namespace {

constexpr qint64 kMaxValue = 1'000'000'000;  // larger literals are not "a size"

struct Line {
  int offset;    // of the line's first character in the source
  int number;    // 1-based
  QString code;  // without its comment
};

QList<Line> codeLines(const QString& source) {
  QList<Line> out;
  int offset = 0, number = 1;
  for (const QString& text : source.split(QLatin1Char('\n'))) {
    out.append({offset, number, text.left(codeLength(text))});
    offset += int(text.size()) + 1;
    ++number;
  }
  return out;
}

bool sizeLikeName(const QString& name) {
  static const QSet<QString> names{QStringLiteral("n"), QStringLiteral("size"), QStringLiteral("count"),
                                   QStringLiteral("limit")};
  return names.contains(name) || (name == name.toUpper() && name.contains(QRegularExpression(QStringLiteral("[A-Z]"))));
}

std::optional<SizeConstant> topLevelConstant(const QList<Line>& lines) {
  static const QRegularExpression re(QStringLiteral("^([A-Za-z_]\\w*)\\s*=\\s*(\\d+)\\s*$"));
  for (const Line& l : lines) {
    const auto m = re.match(l.code);
    if (!m.hasMatch() || !sizeLikeName(m.captured(1))) continue;
    SizeConstant c;
    c.value = m.captured(2).toLongLong();
    c.line = l.number;
    c.what = m.captured(1) + QStringLiteral(" = ") + m.captured(2);
    c.spots.append({l.offset + int(m.capturedStart(2)), int(m.capturedLength(2))});
    return c;
  }
  return std::nullopt;
}

// Every `callee(<int>)` in the code lines, the first callee and number found
// deciding which ones belong together.
std::optional<SizeConstant> callArgument(const QList<Line>& lines, const QStringList& callees) {
  if (callees.isEmpty()) return std::nullopt;
  const QRegularExpression re(QStringLiteral("\\b(%1)\\(\\s*(\\d+)\\s*\\)").arg(callees.join(QLatin1Char('|'))));
  std::optional<SizeConstant> c;
  for (const Line& l : lines) {
    for (auto it = re.globalMatch(l.code); it.hasNext();) {
      const auto m = it.next();
      const qint64 v = m.captured(2).toLongLong();
      if (!c) {
        c = SizeConstant{};
        c->value = v;
        c->line = l.number;
        c->what = m.captured(0);
      } else if (v != c->value) {
        continue;
      }
      c->spots.append({l.offset + int(m.capturedStart(2)), int(m.capturedLength(2))});
    }
  }
  return c;
}

}  // namespace

QString SizeConstant::describe() const {
  QString s = QStringLiteral("%1 at line %2").arg(what).arg(line);
  if (spots.size() == 2)
    s += QStringLiteral(" (and one more place)");
  else if (spots.size() > 2)
    s += QStringLiteral(" (and %1 more places)").arg(spots.size() - 1);
  return s;
}

std::optional<SizeConstant> findSizeConstant(const QString& source) {
  const QList<Line> lines = codeLines(source);
  std::optional<SizeConstant> found = topLevelConstant(lines);
  if (!found) {
    static const QRegularExpression def(QStringLiteral("^\\s*def\\s+(\\w+)\\s*\\("));
    QStringList defined;
    for (const Line& l : lines)
      if (const auto m = def.match(l.code); m.hasMatch()) defined << QRegularExpression::escape(m.captured(1));
    found = callArgument(lines, defined);
  }
  if (!found) found = callArgument(lines, {QStringLiteral("range")});
  if (found && (found->value < 1 || found->value > kMaxValue)) return std::nullopt;
  return found;
}

QString withSize(const QString& source, const SizeConstant& c, qint64 n) {
  QString out = source;
  QList<SizeConstant::Spot> spots = c.spots;
  std::sort(spots.begin(), spots.end(), [](const auto& a, const auto& b) { return a.start > b.start; });
  for (const auto& s : spots) out.replace(s.start, s.length, QString::number(n));  // from the end: offsets hold
  return out;
}

QString sizeFreeKey(const QString& source, const SizeConstant& c) {
  QString out = source;
  QList<SizeConstant::Spot> spots = c.spots;
  std::sort(spots.begin(), spots.end(), [](const auto& a, const auto& b) { return a.start > b.start; });
  for (const auto& s : spots) out.replace(s.start, s.length, QStringLiteral("#"));
  return out;
}

}  // namespace ys::ui
