#include "ui/handout.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include "core/session.h"
#include "ui/models/generatorsmodel.h"
#include "ui/models/viewtext.h"
#include "ui/theme.h"

namespace ys::ui {

namespace {

// Draws text lines from the top of `box`, returning the y below the last one.
int drawLines(QPainter& p, int x, int y, int width, const QStringList& lines, const QFont& font,
              const QColor& colour = Qt::black) {
  p.setFont(font);
  p.setPen(colour);
  const int h = p.fontMetrics().lineSpacing();
  for (const QString& line : lines) {
    p.drawText(QRect(x, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(line, Qt::ElideRight, width));
    y += h;
  }
  return y;
}

int drawCode(QPainter& p, int x, int y, int width, const QStringList& code, const Snapshot& s) {
  p.setFont(monoFont(11));
  const int h = p.fontMetrics().lineSpacing();
  for (int i = 0; i < code.size(); ++i) {
    const int line = i + 1;
    QString label;
    for (const GeneratorView& g : s.generators)
      if (g.state == GenState::Suspended && g.line == line) label += QStringLiteral("  ‖ ") + generatorTitle(g.name, g.id);
    const bool current = line == s.line && s.event != EventKind::End;
    if (current) p.fillRect(QRect(x, y, width, h), QColor(0xd6, 0xe6, 0xff));
    else if (!label.isEmpty()) p.fillRect(QRect(x, y, width, h), QColor(0xff, 0xe2, 0xa8));
    p.setPen(Qt::black);
    const QString text = QStringLiteral("%1 %2 %3").arg(current ? QStringLiteral("→") : QStringLiteral(" "))
                             .arg(line, 3).arg(code[i]) + label;
    p.drawText(QRect(x, y, width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
    y += h;
  }
  return y;
}

QStringList stateLines(const Snapshot& s) {
  QStringList out;
  out << QObject::tr("Call stack (innermost first):");
  for (const FrameView& f : s.stack) {
    QStringList locals;
    for (const VariableView& v : f.locals) locals << toQ(v.name) + QStringLiteral(" = ") + toQ(v.value.repr);
    out << QStringLiteral("   %1, line %2:  %3").arg(toQ(f.function)).arg(f.line).arg(locals.join(QStringLiteral(", ")));
  }
  out << QString() << QObject::tr("Generators:");
  if (s.generators.empty()) out << QObject::tr("   none yet");
  for (const GeneratorView& g : s.generators)
    out << QStringLiteral("   %1  [%2]  line %3   locals: %4   yielded: %5")
               .arg(generatorTitle(g.name, g.id), stateLabel(g.state).toUpper())
               .arg(g.line)
               .arg(GeneratorsModel::localsText(g), GeneratorsModel::yieldedText(g));
  return out;
}

void drawPage(QPainter& p, const QRect& page, const QString& title, const Snapshot& s, std::string_view output, uint64_t steps,
              const QStringList& code) {
  int y = page.top();
  const int x = page.left(), w = page.width();
  y = drawLines(p, x, y, w, {QStringLiteral("%1 — step %2 of %3 (%4)").arg(title).arg(s.step + 1).arg(steps)
                                 .arg(eventLabel(s.event))}, uiFont(16));
  y = drawLines(p, x, y + 4, w, {toQ(s.says)}, uiFont(14), QColor(0x10, 0x40, 0x90)) + 10;
  y = drawCode(p, x, y, w, code, s) + 12;
  y = drawLines(p, x, y, w, stateLines(s), monoFont(10)) + 10;
  QStringList out = QString::fromUtf8(output.data(), qsizetype(output.size())).split(QLatin1Char('\n'));
  if (!out.isEmpty() && out.last().isEmpty()) out.removeLast();
  if (out.size() > 12) out = out.mid(out.size() - 12);
  drawLines(p, x, y, w, QStringList{QObject::tr("Output so far:")} + out, monoFont(10), QColor(0x30, 0x30, 0x30));
}

}  // namespace

bool writeHandout(Session& session, const QString& title, HandoutRange range, const QString& path,
                  QString* error, const HandoutProgress& progress) {
  const uint64_t steps = session.stepCount();
  if (steps == 0) {
    if (error) *error = QObject::tr("There is no run to export.");
    return false;
  }
  range.last = std::min(range.last, steps - 1);
  range.first = std::min(range.first, range.last);
  QPdfWriter writer(path);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setResolution(150);
  writer.setTitle(title);
  writer.setCreator(QStringLiteral("Yieldscope"));
  QPainter painter;
  if (!painter.begin(&writer)) {
    if (error) *error = QObject::tr("Cannot write %1.").arg(path);
    return false;
  }
  const uint64_t back = session.position();
  const QStringList code = toQ(session.source()).split(QLatin1Char('\n'));
  const QRect page = painter.viewport().adjusted(60, 60, -60, -60);
  const uint64_t pages = range.last - range.first + 1;
  bool stopped = false;
  for (uint64_t step = range.first; step <= range.last; ++step) {
    if (step != range.first) writer.newPage();
    const Snapshot& shot = session.goTo(step);
    drawPage(painter, page, title, shot, session.outputAt(shot), steps, code);
    if (progress && !progress(step - range.first + 1, pages)) {
      stopped = true;
      break;
    }
  }
  painter.end();
  session.goTo(back);
  if (stopped) {
    QFile::remove(path);
    if (error) *error = QObject::tr("The handout export was stopped.");
    return false;
  }
  return true;
}

}  // namespace ys::ui
