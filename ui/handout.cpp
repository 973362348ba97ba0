#include "ui/handout.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>

#include "core/debug/session.h"

#include "ui/models/generatorsmodel.h"
#include "ui/models/memorychartdata.h"
#include "ui/models/viewtext.h"
#include "ui/theme.h"

namespace ys::ui {

namespace {

constexpr int kContextLines = 2;  // code lines shown above and below a step's line
constexpr int kOutputLines = 4;   // output lines shown with a step
constexpr int kBlockGap = 28;     // px between step blocks (150 dpi)

// Splits `text` into lines no wider than `width` in font `f`, breaking at
// spaces where it can and anywhere when a word alone is too wide.
// Measured on `device` (the PDF's 150 dpi, not the screen's).
QStringList wrap(const QString& text, const QFont& f, int width, QPaintDevice* device,
                 const QString& indent = QString()) {
  QStringList out;
  QFontMetrics fm(f, device);
  for (const QString& para : text.split(QLatin1Char('\n'))) {
    QTextLayout layout(para, f, device);
    layout.beginLayout();
    bool first = true;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
      line.setLineWidth(first ? width : width - fm.horizontalAdvance(indent));
      QString piece = para.mid(line.textStart(), line.textLength());
      while (piece.endsWith(QLatin1Char(' '))) piece.chop(1);  // keep the indentation, drop the break's space
      out << (first ? piece : indent + piece.trimmed());
      first = false;
    }
    layout.endLayout();
    if (first) out << QString();  // an empty paragraph is an empty line
  }
  return out;
}

// Draws lines from y; returns the y below the last one.
int drawLines(QPainter& p, int x, int y, const QStringList& lines, const QFont& font,
              const QColor& colour = Qt::black) {
  p.setFont(font);
  p.setPen(colour);
  const int h = QFontMetrics(font, p.device()).lineSpacing();
  for (const QString& line : lines) {
    p.drawText(QPoint(x, y + QFontMetrics(font, p.device()).ascent()), line);
    y += h;
  }
  return y;
}

int lineHeight(const QPainter& p, const QFont& f) {
  return QFontMetrics(f, p.device()).lineSpacing();
}

QStringList stateLines(const Snapshot& s) {
  QStringList out;
  for (const FrameView& f : s.stack) {
    QStringList locals;
    for (const VariableView& v : f.locals) locals << toQ(v.name) + QStringLiteral(" = ") + toQ(v.value.repr);
    out << QObject::tr("frame %1, line %2: %3")
               .arg(toQ(f.function))
               .arg(f.line)
               .arg(locals.isEmpty() ? QObject::tr("no locals") : locals.join(QStringLiteral(", ")));
  }
  for (const GeneratorView& g : s.generators)
    out << QObject::tr("%1 [%2] line %3; locals: %4; yielded: %5")
               .arg(generatorTitle(g.name, g.id), stateLabel(g.state))
               .arg(g.line)
               .arg(GeneratorsModel::localsText(g), GeneratorsModel::yieldedText(g));
  return out;
}

struct Fonts {
  QFont title = uiFont(15), says = uiFont(11), code = monoFont(9), small = monoFont(8);
};

// One step's block, as lines with their fonts and colours, measured before
// drawing so that a block is never split over two pages.
struct Block {
  struct Row {
    QString text;
    const QFont* font;
    QColor colour;
    QColor background;  // invalid: none
  };
  QList<Row> rows;
  int height(const QPainter& p) const {
    int h = 0;
    for (const Row& r : rows) h += lineHeight(p, *r.font);
    return h;
  }
};

Block stepBlock(QPaintDevice* d, const Fonts& f, int width, const Snapshot& s, std::string_view output, uint64_t steps,
                const QStringList& code) {
  Block b;
  const QString head = QObject::tr("Step %1 of %2 · %3").arg(s.step + 1).arg(steps).arg(eventLabel(s.event));
  b.rows.append({head, &f.says, QColor(0x20, 0x20, 0x20), QColor(0xe8, 0xe8, 0xe8)});
  for (const QString& l : wrap(toQ(s.says), f.says, width, d))
    b.rows.append({l, &f.says, QColor(0x10, 0x40, 0x90), {}});
  const int current = s.event == EventKind::End ? 0 : s.line;
  if (current > 0) {
    for (int line = std::max(1, current - kContextLines);
         line <= std::min<int>(int(code.size()), current + kContextLines); ++line) {
      QString label;
      for (const GeneratorView& g : s.generators)
        if (g.state == GenState::Suspended && g.line == line)
          label += QStringLiteral("  ‖ ") + generatorTitle(g.name, g.id);
      const QString text = QStringLiteral("%1 %2 %3")
                               .arg(line == current ? QStringLiteral("→") : QStringLiteral(" "))
                               .arg(line, 3)
                               .arg(code[line - 1]) +
                           label;
      const QColor bg = line == current    ? QColor(0xd6, 0xe6, 0xff)
                        : !label.isEmpty() ? QColor(0xff, 0xe2, 0xa8)
                                           : QColor();
      for (const QString& l : wrap(text, f.code, width, d, QStringLiteral("        ")))
        b.rows.append({l, &f.code, Qt::black, bg});
    }
  }
  for (const QString& state : stateLines(s))
    for (const QString& l : wrap(state, f.small, width, d, QStringLiteral("    ")))
      b.rows.append({l, &f.small, Qt::black, {}});
  QStringList out = QString::fromUtf8(output.data(), qsizetype(output.size())).split(QLatin1Char('\n'));
  if (!out.isEmpty() && out.last().isEmpty()) out.removeLast();
  if (!out.isEmpty()) {
    if (out.size() > kOutputLines) out = QStringList{QStringLiteral("…")} + out.mid(out.size() - kOutputLines);
    b.rows.append({QObject::tr("output so far:"), &f.small, QColor(0x50, 0x50, 0x50), {}});
    for (const QString& o : out)
      for (const QString& l : wrap(QStringLiteral("  ") + o, f.small, width, d, QStringLiteral("  ")))
        b.rows.append({l, &f.small, QColor(0x30, 0x30, 0x30), {}});
  }
  return b;
}

int drawBlock(QPainter& p, int x, int y, int width, const Block& b) {
  for (const Block::Row& r : b.rows) {
    const int h = lineHeight(p, *r.font);
    if (r.background.isValid()) p.fillRect(QRect(x, y, width, h), r.background);
    y = drawLines(p, x, y, {r.text}, *r.font, r.colour);
  }
  return y;
}

// The memory chart: the lazy run against its eager twin, as on screen.
int drawChart(QPainter& p, const Fonts& f, QRect box, const Session& session) {
  MemoryChartData d;
  d.build(session.lazyMemory(), session.eagerMemory(), Session::xAxisLabel(), 400, session.twinReason().empty());
  const int legend = lineHeight(p, f.small);
  drawLines(
      p, box.left(), box.top(),
      {QObject::tr("Memory (peak: lazy %1%2)")
           .arg(formatBytes(d.lazyPeak),
                d.hasEager ? (d.twinFinished ? QObject::tr(", eager twin %1").arg(formatBytes(d.eagerPeak))
                                             : QObject::tr(", eager twin gave up at %1").arg(formatBytes(d.eagerPeak)))
                           : QString())},
      f.says);
  QRect plot = box.adjusted(90, lineHeight(p, f.says) + 6, -10, -2 * legend - 6);
  p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
  p.drawRect(plot);
  auto line = [&](const std::vector<ChartPoint>& pts, double xMax, double yMax, const QPen& pen) {
    if (pts.empty()) return;
    QPainterPath path;
    for (size_t i = 0; i < pts.size(); ++i) {
      const QPointF q(plot.left() + pts[i].x / xMax * plot.width(), plot.bottom() - pts[i].y / yMax * plot.height());
      if (i == 0)
        path.moveTo(q);
      else
        path.lineTo(q);
    }
    p.setPen(pen);
    p.drawPath(path);
  };
  const bool own = d.hasEager && !d.twinFinished && !d.eagerOwn.empty();
  line(d.lazy, d.xMax, d.yMax, QPen(QColor(0x1f, 0x6f, 0xd0), 3));
  if (own)
    line(d.eagerOwn, d.eagerOwnXMax, d.eagerOwnYMax, QPen(QColor(0xd0, 0x40, 0x30), 3, Qt::DashLine));
  else if (d.hasEager)
    line(d.eager, d.xMax, d.yMax, QPen(QColor(0xd0, 0x40, 0x30), 3, Qt::DashLine));
  drawLines(p, box.left(), plot.top(), {formatBytes(int64_t(d.yMax))}, f.small, QColor(0x50, 0x50, 0x50));
  drawLines(p, box.left(), plot.bottom() - legend, {QStringLiteral("0")}, f.small, QColor(0x50, 0x50, 0x50));
  QString key = QObject::tr("solid blue: lazy (generators), over %1 steps").arg(qulonglong(d.xMax));
  if (own)
    key += QObject::tr("; dashed red: eager twin on its own scale (up to %1, %2 steps) until it gave up")
               .arg(formatBytes(int64_t(d.eagerOwnYMax)))
               .arg(qulonglong(d.eagerOwnXMax));
  else if (d.hasEager)
    key += QObject::tr("; dashed red: eager twin (lists)");
  if (!d.hasEager && !session.twinReason().empty())
    key += QObject::tr(". No eager twin: %1").arg(toQ(session.twinReason()));
  drawLines(p, plot.left(), plot.bottom() + 4, wrap(key, f.small, plot.width(), p.device()), f.small,
            QColor(0x30, 0x30, 0x30));
  return box.bottom();
}

}  // namespace

std::vector<uint64_t> handoutSteps(const Session& session, HandoutRange range) {
  std::vector<uint64_t> out;
  const uint64_t steps = session.stepCount();
  if (steps == 0) return out;
  range.last = std::min(range.last, steps - 1);
  range.first = std::min(range.first, range.last);
  const auto& history = session.history();
  for (uint64_t step = range.first; step <= range.last; ++step) {
    const EventKind e = step < history.size() ? history[step].event : EventKind::Line;
    if (!range.momentsOnly || e == EventKind::Yield || e == EventKind::Resume || step == range.last)
      out.push_back(step);
  }
  return out;
}

bool writeHandout(Session& session, const QString& title, HandoutRange range, const QString& path, QString* error,
                  const HandoutProgress& progress) {
  const uint64_t steps = session.stepCount();
  const std::vector<uint64_t> chosen = handoutSteps(session, range);
  if (steps == 0 || chosen.empty()) {
    if (error) *error = QObject::tr("There is no run to export.");
    return false;
  }
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
  const Fonts f;
  const uint64_t back = session.position();
  const QStringList code = toQ(session.source()).split(QLatin1Char('\n'));
  const QRect page = painter.viewport().adjusted(70, 70, -70, -70);
  const int x = page.left(), w = page.width();
  // First page: what the program is, and what its memory did.
  int y = drawLines(painter, x, page.top(), wrap(title, f.title, w, &writer), f.title);
  QStringList listing;
  for (int i = 0; i < code.size(); ++i)
    if (i + 1 < code.size() || !code[i].isEmpty()) listing << QStringLiteral("%1  %2").arg(i + 1, 3).arg(code[i]);
  QStringList wrapped;
  for (const QString& l : listing) wrapped << wrap(l, f.code, w, &writer, QStringLiteral("       "));
  y = drawLines(painter, x, y + 8, wrapped, f.code) + 16;
  if (page.bottom() - y < 360) {
    writer.newPage();
    y = page.top();
  }
  y = drawChart(painter, f, QRect(x, y, w, 340), session) + kBlockGap;
  bool stopped = false;
  for (size_t i = 0; i < chosen.size(); ++i) {
    const Snapshot& shot = session.goTo(chosen[i]);
    const Block block = stepBlock(&writer, f, w, beginnerView(shot), session.outputAt(shot), steps, code);
    if (y + block.height(painter) > page.bottom() && y > page.top()) {
      writer.newPage();
      y = page.top();
    }
    y = drawBlock(painter, x, y, w, block) + kBlockGap;
    if (progress && !progress(i + 1, chosen.size())) {
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
