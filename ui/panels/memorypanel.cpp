#include "ui/panels/memorypanel.h"

#include <algorithm>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include "ui/models/viewtext.h"

namespace ys::ui {

namespace {
constexpr int kHeightForXTitle = 190;  // px of chart view below which the x title goes
}  // namespace

MemoryPanel::MemoryPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("memoryPanel"));
  m_chart = new QChart;
  m_chart->legend()->setAlignment(Qt::AlignTop);
  m_chart->setMargins(QMargins(4, 4, 4, 4));
  m_lazy = new QLineSeries;
  m_lazy->setName(tr("lazy (generators)"));
  m_lazy->setPen(QPen(QColor(0x1f, 0x6f, 0xd0), 2.5));
  m_eager = new QLineSeries;
  m_eager->setName(tr("eager twin (lists)"));
  m_eager->setPen(QPen(QColor(0xd0, 0x40, 0x30), 2.5, Qt::DashLine));
  m_cursor = new QLineSeries;
  m_cursor->setName(tr("now"));
  m_cursor->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5, Qt::DotLine));
  m_dots = new QScatterSeries;
  m_dots->setMarkerSize(10);
  m_dots->setColor(QColor(0x30, 0x30, 0x30));
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_lazy, m_eager, m_cursor, m_dots})
    m_chart->addSeries(s);
  m_x = new QValueAxis;
  m_y = new QValueAxis;
  m_y->setLabelFormat(QStringLiteral("%.0f"));
  m_y->setTitleText(tr("bytes"));
  m_x->setLabelFormat(QStringLiteral("%.0f"));
  m_chart->addAxis(m_x, Qt::AlignBottom);
  m_chart->addAxis(m_y, Qt::AlignLeft);
  for (QAbstractSeries* s : m_chart->series()) {
    s->attachAxis(m_x);
    s->attachAxis(m_y);
  }
  for (QLegendMarker* m : m_chart->legend()->markers(m_dots)) m->setVisible(false);
  m_view = new QChartView(m_chart);
  m_view->setObjectName(QStringLiteral("memoryChart"));
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumHeight(160);
  m_view->installEventFilter(this);
  m_numbers = new QLabel;
  m_numbers->setObjectName(QStringLiteral("memoryNumbers"));
  m_numbers->setWordWrap(true);
  m_reason = new QLabel;
  m_reason->setObjectName(QStringLiteral("twinReason"));
  m_reason->setWordWrap(true);
  m_reason->setVisible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_numbers);
  layout->addWidget(m_reason);
  clear();
}

void MemoryPanel::fill(QLineSeries* series, const std::vector<ChartPoint>& points) {
  QList<QPointF> list;
  list.reserve(qsizetype(points.size()));
  const double unit = m_data.unitDivisor();
  for (const ChartPoint& p : points) list.append(QPointF(p.x, p.y / unit));
  series->replace(list);
}

void MemoryPanel::clear() {
  m_data = MemoryChartData{};
  for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_lazy, m_eager, m_cursor, m_dots}) s->clear();
  m_x->setTickType(QValueAxis::TicksFixed);  // see setSeries
  m_x->setRange(0, 1);
  m_y->setRange(0, 1);
  // An empty chart has no numbers to show ("0 0 1 1 1" said nothing).
  m_x->setLabelsVisible(false);
  m_y->setLabelsVisible(false);
  m_numbers->setText(tr("Memory appears once a program is loaded."));
  m_reason->setVisible(false);
}

void MemoryPanel::setSeries(const MemoryChartData& data, const QString& xAxisLabel, const QString& twinReason) {
  m_data = data;
  m_twinReason = twinReason;
  fill(m_lazy, data.lazy);
  fill(m_eager, data.eager);
  m_eager->setVisible(data.hasEager);
  // Ticks on round steps (0, 10000, 20000...) rather than fifths of the run.
  // Each setter lays the axis out at once, so a new range must never meet the
  // previous program's interval (0..5e6 in steps of 20 is 250,000 ticks and
  // froze the window): go to a fixed tick count first, set range and
  // interval, and only then turn the dynamic ticks back on.
  m_x->setTickType(QValueAxis::TicksFixed);
  m_x->setRange(0, data.xMax);
  m_x->setTickAnchor(0);
  m_x->setTickInterval(std::max(1.0, MemoryChartData::niceCeil(data.xMax / 5)));
  m_x->setTickType(QValueAxis::TicksDynamic);
  m_x->setLabelsVisible(true);
  m_y->setLabelsVisible(true);
  m_y->setRange(0, data.yMax / data.unitDivisor());
  m_y->setLabelFormat(data.unitDivisor() > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
  m_y->setTitleText(QString::fromStdString(data.unitName()));
  m_x->setTitleText(xAxisLabel);
  m_reason->setText(twinReason.isEmpty() ? QString()
                                         : data.hasEager ? tr("The eager twin did not finish: %1").arg(twinReason)
                                                         : tr("No eager twin: %1").arg(twinReason));
  m_reason->setVisible(!twinReason.isEmpty());
}

void MemoryPanel::setPosition(uint64_t step, uint64_t yieldsSoFar, int64_t currentBytes) {
  const double x = m_data.markerX(step, yieldsSoFar);
  const double unit = m_data.unitDivisor();
  m_cursor->replace(QList<QPointF>{QPointF(x, 0), QPointF(x, m_data.yMax / unit)});
  QList<QPointF> dots{QPointF(x, MemoryChartData::valueAt(m_data.lazy, x) / unit)};
  if (m_data.hasEager) dots.append(QPointF(x, MemoryChartData::valueAt(m_data.eager, x) / unit));
  m_dots->replace(dots);
  QString text = tr("<b>now</b> %1 &nbsp; <b>lazy peak</b> %2").arg(formatBytes(currentBytes), formatBytes(m_data.lazyPeak));
  if (m_data.hasEager && !m_data.twinFinished) {
    text += tr(" &nbsp; <b>eager twin</b> gave up at %1").arg(formatBytes(m_data.eagerPeak));
  } else if (m_data.hasEager) {
    text += tr(" &nbsp; <b>eager peak</b> %1").arg(formatBytes(m_data.eagerPeak));
    if (auto r = m_data.ratio()) text += tr(" &nbsp; <b>eager / lazy</b> %1×").arg(*r, 0, 'f', *r < 10 ? 1 : 0);
  }
  m_numbers->setText(text);
}

// A short chart (a docked panel on a 1280x720 screen) cannot hold both the
// x labels and the axis title, and Qt Charts then elides every label to
// "..."; the numbers matter more than the word "step".
bool MemoryPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_view && event->type() == QEvent::Resize)
    m_x->setTitleVisible(m_view->height() >= kHeightForXTitle * m_fontScale);
  return QWidget::eventFilter(watched, event);
}

QString MemoryPanel::summaryText() const {
  QString text = m_numbers->text() + QLatin1Char(' ') + m_reason->text();
  text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
  return text;
}

void MemoryPanel::setDark(bool dark) {
  m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  // setTheme resets pens and fonts; put ours back.
  m_lazy->setPen(QPen(dark ? QColor(0x6f, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xd0), 2.5));
  m_eager->setPen(QPen(dark ? QColor(0xff, 0x80, 0x70) : QColor(0xd0, 0x40, 0x30), 2.5, Qt::DashLine));
  m_cursor->setPen(QPen(dark ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x60, 0x60, 0x60), 1.5, Qt::DotLine));
  m_dots->setColor(dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x30, 0x30, 0x30));
  setFontScale(m_fontScale);
}

void MemoryPanel::setFontScale(double scale) {
  m_fontScale = scale;
  // The chart's own text stays modest: in presentation mode the window font
  // is huge and would leave no room for the curves.
  QFont f = font();
  f.setPointSizeF(std::clamp(f.pointSizeF(), 7.0, 9.0 * scale));
  m_chart->legend()->setFont(f);
  m_x->setLabelsFont(f);
  m_y->setLabelsFont(f);
  m_x->setTitleFont(f);
  m_y->setTitleFont(f);
}

}  // namespace ys::ui
