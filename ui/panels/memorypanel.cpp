#include "ui/panels/memorypanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "ui/models/viewtext.h"
#include "ui/theme.h"

namespace ys::ui {

namespace {
constexpr int kHeightForXTitle = 190;  // px of chart view below which the x title goes
// Below this many yielded values, or this ratio, "eager / lazy" would tell
// the class the opposite of the lesson: explain the per-item cost instead.
constexpr uint64_t kItemsForRatio = 100;
constexpr double kRatioWorthPrinting = 1.5;
constexpr qint64 kSizes[] = {10, 100, 1000, 10000, 100000};

QString number(qint64 n) {
  return QLocale(QLocale::English).toString(n);
}
}  // namespace

MemoryPanel::MemoryPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("memoryPanel"));
  m_chart = new QChart;
  m_chart->legend()->setAlignment(Qt::AlignTop);
  m_chart->setMargins(QMargins(4, 2, 4, 2));
  // The chart's own frame around the plot costs rows a 720p dock lacks.
  m_chart->layout()->setContentsMargins(0, 0, 0, 0);
  m_chart->setBackgroundRoundness(0);
  m_lazy = new QLineSeries;
  m_lazy->setName(tr("lazy (generators)"));
  m_lazy->setPen(QPen(QColor(0x1f, 0x6f, 0xd0), 2.5));
  m_eager = new QLineSeries;
  m_eager->setName(tr("eager twin (lists)"));
  m_eager->setPen(QPen(QColor(0xd0, 0x40, 0x30), 2.5, Qt::DashLine));
  m_eagerOwn = new QLineSeries;
  m_eagerOwn->setName(tr("eager twin, right axis"));
  m_eagerOwn->setPen(QPen(QColor(0xd0, 0x40, 0x30), 2.5, Qt::DashLine));
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
  m_chart->addSeries(m_eagerOwn);
  m_x2 = new QValueAxis;
  m_y2 = new QValueAxis;
  m_x2->setLabelFormat(QStringLiteral("%.0f"));
  m_x2->setTitleText(tr("twin's steps"));
  for (QValueAxis* a : {m_x2, m_y2}) {
    a->setLinePenColor(QColor(0xd0, 0x40, 0x30));
    a->setLabelsColor(QColor(0xa0, 0x30, 0x20));
    a->setGridLineVisible(false);
  }
  m_chart->addAxis(m_x2, Qt::AlignTop);
  m_chart->addAxis(m_y2, Qt::AlignRight);
  m_eagerOwn->attachAxis(m_x2);
  m_eagerOwn->attachAxis(m_y2);
  for (QLegendMarker* m : m_chart->legend()->markers(m_dots)) m->setVisible(false);
  m_view = new QChartView(m_chart);
  m_view->setObjectName(QStringLiteral("memoryChart"));
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumHeight(110);  // at 720p the text under it may take three lines
  m_view->installEventFilter(this);
  m_numbers = wrappingLabel(QStringLiteral("memoryNumbers"));
  m_reason = wrappingLabel(QStringLiteral("twinReason"));
  m_reason->setVisible(false);
  m_runsLabel = new QLabel;
  m_runsLabel->setObjectName(QStringLiteral("sizeRuns"));
  m_runsLabel->setVisible(false);
  setupSizeRow();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->setSpacing(2);
  auto* chartRow = new QHBoxLayout;
  chartRow->addWidget(m_view, 1);
  chartRow->addWidget(m_runsLabel, 0, Qt::AlignTop);
  layout->addLayout(chartRow, 1);
  layout->addWidget(m_numbers);
  layout->addWidget(m_reason);
  layout->addWidget(m_sizeRow);
  showTwinOnItsOwnScale(false);
  clear();
}

// "Size n = [100 ▾] re-runs with range(100) at line 4 changed": the number
// the program itself writes, so what ran is always what the code shows.
void MemoryPanel::setupSizeRow() {
  m_sizeRow = new QWidget;
  m_sizeRow->setObjectName(QStringLiteral("sizeRow"));
  auto* row = new QHBoxLayout(m_sizeRow);
  row->setContentsMargins(0, 0, 0, 0);
  auto* label = new QLabel(tr("Re-run with n ="));
  m_size = new QComboBox;
  m_size->setObjectName(QStringLiteral("sizeChoice"));
  m_size->setToolTip(tr("Re-run the program with a larger value of its size constant"));
  m_size->setFocusPolicy(Qt::NoFocus);  // arrow keys belong to Next/Back
  m_sizeNote = wrappingLabel(QStringLiteral("sizeNote"));
  row->addWidget(label);
  row->addWidget(m_size);
  row->addWidget(m_sizeNote, 1);
  connect(m_size, &QComboBox::activated, this, [this](int index) {
    const qint64 n = m_size->itemData(index).toLongLong();
    if (m_sizeConstant && n != m_sizeConstant->value) Q_EMIT sizeChosen(n);
  });
  m_sizeRow->setVisible(false);
}

void MemoryPanel::setSizeConstant(const std::optional<SizeConstant>& size, const QString& programKey) {
  if (!size || programKey != m_programKey) m_runs.clear();
  m_sizeConstant = size;
  m_programKey = size ? programKey : QString();
  m_sizeRow->setVisible(bool(size));
  updateRuns();
  if (!size) return;
  m_size->blockSignals(true);
  m_size->clear();
  bool listed = false;
  for (qint64 n : kSizes) {
    if (!listed && size->value < n) {
      m_size->addItem(number(size->value), size->value);
      listed = true;
    }
    if (n == size->value) listed = true;
    m_size->addItem(number(n), n);
  }
  if (!listed) m_size->addItem(number(size->value), size->value);
  m_size->setCurrentIndex(m_size->findData(size->value));
  m_size->blockSignals(false);
  m_sizeNote->setText(tr("changes %1").arg(size->describe().toHtmlEscaped()));
}

void MemoryPanel::fill(QLineSeries* series, const std::vector<ChartPoint>& points, double unit) {
  QList<QPointF> list;
  list.reserve(qsizetype(points.size()));
  for (const ChartPoint& p : points) list.append(QPointF(p.x, p.y / unit));
  series->replace(list);
}

void MemoryPanel::clear() {
  m_data = MemoryChartData{};
  for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_lazy, m_eager, m_eagerOwn, m_cursor, m_dots}) s->clear();
  showTwinOnItsOwnScale(false);
  m_x->setTickType(QValueAxis::TicksFixed);  // see setSeries
  m_x->setRange(0, 1);
  m_y->setRange(0, 1);
  // An empty chart has no numbers to show ("0 0 1 1 1" said nothing).
  m_x->setLabelsVisible(false);
  m_y->setLabelsVisible(false);
  m_numbers->setText(tr("Memory appears once the program runs."));
  m_reason->setVisible(false);
}

void MemoryPanel::showTwinOnItsOwnScale(bool on) {
  m_eagerOwn->setVisible(on);
  // The twin's own step axis scales its line but is not drawn: a docked
  // chart has no height for a second row of labels (they became "...");
  // the legend says how many steps it spans.
  m_x2->setVisible(false);
  m_y2->setVisible(on);
  for (QLegendMarker* m : m_chart->legend()->markers(m_eagerOwn)) m->setVisible(on);
}

void MemoryPanel::setSeries(const MemoryChartData& data, const QString& xAxisLabel, const QString& twinReason,
                            uint64_t items) {
  m_data = data;
  m_twinReason = twinReason;
  m_items = items;
  fill(m_lazy, data.lazy, data.unitDivisor());
  fill(m_eager, data.eager, data.unitDivisor());
  // A twin that gave up is drawn whole on its own axes; clipped to the lazy
  // run's few steps it would be a flat line that contradicts the text.
  const bool ownScale = data.hasEager && !data.twinFinished && !data.eagerOwn.empty();
  m_eager->setVisible(data.hasEager && !ownScale);
  for (QLegendMarker* m : m_chart->legend()->markers(m_eager)) m->setVisible(data.hasEager && !ownScale);
  showTwinOnItsOwnScale(ownScale);
  if (ownScale) {
    const double unit = MemoryChartData::unitDivisorFor(data.eagerOwnYMax);
    fill(m_eagerOwn, data.eagerOwn, unit);
    m_x2->setTickType(QValueAxis::TicksFixed);
    m_x2->setRange(0, data.eagerOwnXMax);
    m_x2->setTickCount(5);
    m_y2->setRange(0, data.eagerOwnYMax / unit);
    m_y2->setTickCount(5);
    m_y2->setLabelFormat(QStringLiteral("%.0f"));
    m_y2->setTitleText(tr("twin, %1").arg(QString::fromStdString(MemoryChartData::unitNameFor(data.eagerOwnYMax))));
    m_eagerOwn->setName(tr("eager twin, right axis (its own %1 steps)")
                            .arg(QLocale(QLocale::English).toString(qlonglong(data.eagerOwn.back().x))));
  }
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
  // The engine's reasons are whole sentences ("The eager twin ran out of
  // memory: ..."); a prefix would say it twice.
  const bool sentence = twinReason.startsWith(QLatin1String("The eager twin"));
  m_reason->setText(twinReason.isEmpty() ? QString()
                    : sentence           ? twinReason
                    : data.hasEager      ? tr("The eager twin did not finish: %1").arg(twinReason)
                                         : tr("No eager twin: %1").arg(twinReason));
  m_reason->setVisible(!twinReason.isEmpty());
  recordRun();
  updateRuns();
}

void MemoryPanel::recordRun() {
  if (!m_sizeConstant) return;
  SizeRun run{m_sizeConstant->value, m_data.lazyPeak, m_data.eagerPeak, m_data.hasEager, m_data.twinFinished};
  const auto same = std::find_if(m_runs.begin(), m_runs.end(), [&](const SizeRun& r) { return r.n == run.n; });
  if (same != m_runs.end())
    *same = run;
  else
    m_runs.append(run);
  std::sort(m_runs.begin(), m_runs.end(), [](const SizeRun& a, const SizeRun& b) { return a.n < b.n; });
}

// The runs of this program at each size, side by side: the lazy column stays
// put while the eager one grows with n. With two sizes, the measured cost of
// one more value in each.
void MemoryPanel::updateRuns() {
  const QString text = runsText();
  m_runsLabel->setVisible(m_runs.size() >= 2);
  if (m_runs.size() < 2) return;
  QString html = QStringLiteral(
      "<table cellspacing=0 cellpadding=2><tr><th align=right>n</th>"
      "<th align=right>lazy peak</th><th align=right>eager peak</th></tr>");
  for (const SizeRun& r : m_runs)
    html += QStringLiteral("<tr><td align=right>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                .arg(number(r.n), formatBytes(r.lazyPeak),
                     !r.hasEager      ? QStringLiteral("–")
                     : r.twinFinished ? formatBytes(r.eagerPeak)
                                      : tr("gave up"));
  html += QStringLiteral("</table>");
  const SizeRun& a = m_runs.front();
  const SizeRun& b = m_runs.back();
  if (a.hasEager && b.hasEager && a.twinFinished && b.twinFinished && b.n > a.n) {
    const double eagerPer = double(b.eagerPeak - a.eagerPeak) / double(b.n - a.n);
    const double lazyPer = double(b.lazyPeak - a.lazyPeak) / double(b.n - a.n);
    html += tr("<p>one more value costs<br>lazy: %1 B<br>eager: %2 B</p>")
                .arg(lazyPer, 0, 'f', lazyPer < 10 && lazyPer > -10 ? 1 : 0)
                .arg(eagerPer, 0, 'f', eagerPer < 10 ? 1 : 0);
  }
  m_runsLabel->setText(html);
}

QString MemoryPanel::runsText() const {
  QString text;
  for (const SizeRun& r : m_runs) {
    text += QStringLiteral("n=%1 lazy %2").arg(number(r.n), formatBytes(r.lazyPeak));
    if (r.hasEager) text += QStringLiteral(" eager %1").arg(r.twinFinished ? formatBytes(r.eagerPeak) : tr("gave up"));
    text += QLatin1Char('\n');
  }
  return text;
}

// Said instead of a ratio when the run is too small for one to mean much.
QString MemoryPanel::sizeAdvice() const {
  if (m_items >= kItemsForRatio)
    // Enough values for the lists to show, yet the peaks are close: the
    // program's own data (a list it builds anyway) dominates both runs.
    return tr(
        "<br><b>the two peak alike</b>: this program already holds about as much memory as the lists "
        "would (a list of its own, for example), so the generator's saving does not show in the peak.");
  const QString values = m_items == 1 ? tr("1 value") : tr("%1 values").arg(number(qint64(m_items)));
  QString s = tr("<br><b>at this size</b> the two are close: with only %1, a list costs a few bytes "
                 "for each value it holds, while a generator costs about the same whatever n is "
                 "(its object and its paused frame).")
                  .arg(values);
  if (m_sizeConstant)
    s += tr(" Raise n below to see the list grow and the generator stay put.");
  else
    s += tr(" With many more values the list grows and the generator stays put.");
  return s;
}

void MemoryPanel::setPosition(uint64_t step, uint64_t yieldsSoFar, int64_t currentBytes) {
  const double x = m_data.markerX(step, yieldsSoFar);
  const double unit = m_data.unitDivisor();
  m_cursor->replace(QList<QPointF>{QPointF(x, 0), QPointF(x, m_data.yMax / unit)});
  QList<QPointF> dots{QPointF(x, MemoryChartData::valueAt(m_data.lazy, x) / unit)};
  if (m_data.hasEager) dots.append(QPointF(x, MemoryChartData::valueAt(m_data.eager, x) / unit));
  m_dots->replace(dots);
  QString text =
      tr("<b>now</b> %1 &nbsp; <b>lazy peak</b> %2").arg(formatBytes(currentBytes), formatBytes(m_data.lazyPeak));
  if (m_data.hasEager && !m_data.twinFinished) {
    text += tr(" &nbsp; <b>eager twin</b> gave up at %1").arg(formatBytes(m_data.eagerPeak));
  } else if (m_data.hasEager) {
    text += tr(" &nbsp; <b>eager peak</b> %1").arg(formatBytes(m_data.eagerPeak));
    const auto r = m_data.ratio();
    if (r && m_items >= kItemsForRatio && *r >= kRatioWorthPrinting)
      text += tr(" &nbsp; <b>eager / lazy</b> %1×").arg(*r, 0, 'f', *r < 10 ? 1 : 0);
    else if (r && m_items > 0)
      text += sizeAdvice();
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
  text.remove(QStringLiteral("<b>"))
      .remove(QStringLiteral("</b>"))
      .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
  text.replace(QStringLiteral("<br>"), QStringLiteral(" "));
  return text;
}

void MemoryPanel::setDark(bool dark) {
  m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  // setTheme resets pens and fonts; put ours back.
  m_lazy->setPen(QPen(dark ? QColor(0x6f, 0xa8, 0xff) : QColor(0x1f, 0x6f, 0xd0), 2.5));
  m_eager->setPen(QPen(dark ? QColor(0xff, 0x80, 0x70) : QColor(0xd0, 0x40, 0x30), 2.5, Qt::DashLine));
  m_eagerOwn->setPen(m_eager->pen());
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
  for (QValueAxis* a : {m_x, m_y, m_x2, m_y2}) {
    a->setLabelsFont(f);
    a->setTitleFont(f);
  }
  m_runsLabel->setFont(f);
}

}  // namespace ys::ui
