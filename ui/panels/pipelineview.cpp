#include "ui/panels/pipelineview.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QShowEvent>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "ui/models/viewtext.h"
#include "ui/sessioncontroller.h"

namespace ys::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kHGap = 10;
constexpr int kMaxBoxWidth = 300;
constexpr int kMinBoxWidth = 120;

const QColor kActive(0x1f, 0x6f, 0xd0);
const QColor kPast(0x60, 0x60, 0x60);
const QColor kDelegation(0x7b, 0x3f, 0xc4);
const QColor kHolds(0x9a, 0x9a, 0x9a);
const QColor kValue(0xff, 0xe2, 0xa8);

QColor edgeColour(const PipelineEdge& e) {
  if (e.kind == PipelineEdge::Kind::Holds) return kHolds;
  if (e.kind == PipelineEdge::Kind::Delegation) return kDelegation;
  return e.active ? kActive : kPast;
}

QString shortValue(const QString& repr, const QFontMetrics& fm, int width) {
  return fm.elidedText(toQ(withoutAddresses(repr.toStdString())), Qt::ElideRight, width);
}

QString nodeWhereText(const PipelineNode& n) {
  return n.generatorId ? whereText(n.state, n.line) : QObject::tr("at line %1").arg(n.line);
}

}  // namespace

PipelineView::PipelineView(SessionController* controller, QWidget* parent) : QWidget(parent), m_ctl(controller) {
  setObjectName(QStringLiteral("pipelineView"));
  setAutoFillBackground(true);
  connect(m_ctl, &SessionController::snapshotChanged, this, &PipelineView::onSnapshotChanged);
  connect(m_ctl, &SessionController::loadStarted, this, &PipelineView::clear);
  connect(m_ctl, &SessionController::sessionAboutToChange, this, &PipelineView::clear);
}

void PipelineView::clear() {
  m_graph = {};
  m_dirty = false;
  layoutBoxes();
  update();
}

void PipelineView::onSnapshotChanged() {
  m_dirty = true;
  if (isVisible()) refresh();
}

void PipelineView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (parentWidget()) parentWidget()->installEventFilter(this);  // the scroll area's viewport: the room
  if (m_dirty)
    refresh();
  else
    layoutBoxes();
}

bool PipelineView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == parentWidget() && event->type() == QEvent::Resize) layoutBoxes();
  return QWidget::eventFilter(watched, event);
}

void PipelineView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  layoutBoxes();
}

void PipelineView::refresh() {
  m_dirty = false;
  const Session* session = m_ctl->session();
  if (!session || !m_ctl->isLoaded()) {
    clear();
    return;
  }
  m_graph =
      PipelineGraph::build(m_ctl->snapshot(), {session->history(), session->functionNames(), session->askerLabels()});
  layoutBoxes();
  updateGeometry();
  update();
}

int PipelineView::boxHeight() const {
  return (m_dense >= 2 ? 1 : 2) * fontMetrics().height() + 12;
}

int PipelineView::legendHeight() const {
  return (m_dense >= 1 ? 2 : 3) * fontMetrics().height() + 8;
}

// Between two rows: an arrow, its label beside it and a value on it (in the
// dense layouts the label and the value sit side by side on the arrow).
int PipelineView::gapHeight() const {
  return fontMetrics().height() + (m_dense >= 1 ? 10 : 22);
}

int PipelineView::contentHeight() const {
  std::set<int> levels(m_level.begin(), m_level.end());
  const int rows = int(levels.size());
  if (!rows) return kMargin + fontMetrics().height() * 2 + legendHeight();
  return kMargin + rows * boxHeight() + (rows - 1) * gapHeight() + kMargin + 4 + legendHeight();
}

int PipelineView::roomHeight() const {
  return parentWidget() ? parentWidget()->height() : height();
}

// Producers above the ones that ask them: a node's level is one more than
// the deepest of its producers (pulls, delegation and holds alike).
void PipelineView::layoutBoxes() {
  const size_t n = m_graph.nodes.size();
  m_level.assign(n, 0);
  for (size_t round = 0; round < n; ++round) {
    bool changed = false;
    for (const PipelineEdge& e : m_graph.edges) {
      const int want = m_level[size_t(e.producer)] + 1;
      if (m_level[size_t(e.consumer)] < want && want < int(n)) {
        m_level[size_t(e.consumer)] = want;
        changed = true;
      }
    }
    if (!changed) break;
  }
  std::map<int, std::vector<int>> rows;
  for (size_t i = 0; i < n; ++i) rows[m_level[i]].push_back(int(i));
  for (m_dense = 0; m_dense < 2 && contentHeight() > roomHeight(); ++m_dense) {
  }
  m_boxes.assign(n, QRect());
  const int gap = gapHeight();
  int y = kMargin;
  for (auto& [level, members] : rows) {
    // Plain frames (the module) after the generators of their row.
    std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
      return (m_graph.nodes[size_t(a)].generatorId == 0) < (m_graph.nodes[size_t(b)].generatorId == 0);
    });
    const int k = int(members.size());
    const int room = width() - 2 * kMargin - (k - 1) * kHGap;
    const int w = std::clamp(room / std::max(1, k), kMinBoxWidth, kMaxBoxWidth);
    const int total = k * w + (k - 1) * kHGap;
    int x = std::max(kMargin, (width() - total) / 2);
    for (int node : members) {
      m_boxes[size_t(node)] = QRect(x, y, w, boxHeight());
      x += w + kHGap;
    }
    y += boxHeight() + gap;
  }
  const int before = m_contentHeight;
  m_contentHeight = contentHeight();
  if (m_contentHeight != before) updateGeometry();
  update();
}

QRect PipelineView::boxOf(int node) const {
  return node >= 0 && size_t(node) < m_boxes.size() ? m_boxes[size_t(node)] : QRect();
}

QSize PipelineView::sizeHint() const {
  return {280, std::max(160, m_contentHeight)};
}

QSize PipelineView::minimumSizeHint() const {
  int widest = 1;
  std::map<int, int> perLevel;
  for (int level : m_level) widest = std::max(widest, ++perLevel[level]);
  return {2 * kMargin + widest * kMinBoxWidth + (widest - 1) * kHGap, std::max(120, m_contentHeight)};
}

void PipelineView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  if (m_graph.nodes.empty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignTop | Qt::TextWordWrap,
               m_ctl->isLoaded() ? tr("No live generator at this step. Calling a generator function creates one; "
                                      "its arrows appear once something asks it for values.")
                                 : tr("The pipeline of generators appears here once a program runs."));
    return;
  }
  // Edges into the same consumer share its top edge: each gets a slot.
  std::map<int, int> slots, used;
  for (const PipelineEdge& e : m_graph.edges) ++slots[e.consumer];
  for (const PipelineEdge& e : m_graph.edges) paintEdge(p, e, used[e.consumer]++, slots[e.consumer]);
  for (size_t i = 0; i < m_graph.nodes.size(); ++i) paintBox(p, m_graph.nodes[i], m_boxes[i]);
  int bottom = 0;
  for (const QRect& r : m_boxes) bottom = std::max(bottom, r.bottom());
  paintLegend(p, bottom + kMargin + 4);
}

// Two lines: the name and its state; where it is and its latest value
// (one line in the densest layout).
void PipelineView::paintBox(QPainter& p, const PipelineNode& n, const QRect& r) const {
  const QFontMetrics fm = fontMetrics();
  const bool generator = n.generatorId != 0;
  const QColor state = generator ? stateColor(n.state) : QColor(0x80, 0x80, 0x80);
  QColor fill = generator ? QColor(0xfa, 0xfa, 0xfa) : QColor(0xec, 0xee, 0xf2);
  if (generator && n.state == GenState::Suspended) fill = QColor(0xff, 0xf1, 0xd6);
  if (n.yieldsNow) fill = kValue;
  p.setBrush(fill);
  p.setPen(QPen(n.innermost ? kDelegation : state, n.innermost ? 4 : (n.onStack ? 2.5 : 1.5)));
  p.drawRoundedRect(r, 6, 6);
  const QRect text = r.adjusted(8, 6, -8, -6);
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics bm(bold);
  QString stateWord = generator ? stateLabel(n.state).toUpper() : tr("asks for values");
  if (n.innermost) stateWord = tr("INNERMOST · ") + stateWord;
  const int stateWidth = bm.horizontalAdvance(stateWord) + 6;
  p.setFont(bold);
  p.setPen(Qt::black);  // boxes are light in both themes
  p.drawText(QRect(text.left(), text.top(), text.width() - stateWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             bm.elidedText(m_dense >= 2 ? n.title + QStringLiteral(" · ") + tr("line %1").arg(n.line) : n.title,
                           Qt::ElideRight, text.width() - stateWidth));
  p.setPen(n.innermost ? kDelegation : state.darker(130));
  p.drawText(QRect(text.left(), text.top(), text.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, stateWord);
  p.setFont(font());
  p.setPen(QColor(0x20, 0x20, 0x20));
  if (m_dense >= 2) return;  // one line: name, line and state; the values ride on the arrows
  QString second = nodeWhereText(n);
  if (generator) {
    const QString last =
        n.lastValue.isEmpty()
            ? tr("no value yet")
            : (n.yieldsNow ? tr("yields now: %1") : tr("last: %1")).arg(shortValue(n.lastValue, fm, text.width() / 2));
    second += QStringLiteral(" · ") + last;
  }
  p.drawText(QRect(text.left(), text.top() + fm.height(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(second, Qt::ElideRight, text.width()));
}

void PipelineView::paintEdge(QPainter& p, const PipelineEdge& e, int slot, int slots) const {
  const QRect from = m_boxes[size_t(e.producer)], to = m_boxes[size_t(e.consumer)];
  const QColor colour = edgeColour(e);
  const qreal x2 = to.left() + to.width() * (slot + 1.0) / (slots + 1.0);
  QPointF a(from.center().x(), from.bottom()), b(x2, to.top());
  QPainterPath path(a);
  if (b.y() > a.y() + 4) {
    const qreal dy = (b.y() - a.y()) / 2;
    path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
  } else {  // same row or upward (a reference both ways): round the side
    a = QPointF(from.right(), from.center().y());
    b = QPointF(to.left() > from.right() ? to.left() : to.right(), to.center().y());
    path.moveTo(a);
    path.cubicTo(a + QPointF(30, 40), b + QPointF(30, 40), b);
  }
  QPen pen(colour, e.active ? 3 : 2);
  if (e.kind == PipelineEdge::Kind::Holds) pen.setStyle(Qt::DashLine), pen.setWidthF(1.5);
  p.setPen(pen);
  p.setBrush(Qt::NoBrush);
  p.drawPath(path);
  // The head, pointing along the path's end.
  const QPointF tip = path.pointAtPercent(1.0), before = path.pointAtPercent(0.93);
  const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
  const qreal len = 10, spread = 0.45;
  QPolygonF head;
  head << tip << tip - QPointF(len * std::cos(angle - spread), len * std::sin(angle - spread))
       << tip - QPointF(len * std::cos(angle + spread), len * std::sin(angle + spread));
  p.setPen(Qt::NoPen);
  p.setBrush(colour);
  p.drawPolygon(head);
  // The label beside the middle, and the value riding on it.
  const QFontMetrics fm = fontMetrics();
  const QPointF mid = path.pointAtPercent(0.5);
  const QString label = fm.elidedText(e.how, Qt::ElideRight, std::max(60, width() / 2 - 10));
  const qreal labelTop = m_dense >= 1 ? mid.y() - fm.height() / 2.0 : mid.y() - fm.height();
  QRectF labelBox(mid.x() + 8, labelTop, fm.horizontalAdvance(label) + 4, fm.height());
  if (labelBox.right() > width() - 2) labelBox.moveRight(mid.x() - 8);
  p.setPen(colour.darker(120));
  p.drawText(labelBox, Qt::AlignLeft | Qt::AlignVCenter, label);
  if (!e.valueNow.isEmpty()) {
    const QString v = shortValue(e.valueNow, fm, 120);
    QRectF bubble(0, 0, fm.horizontalAdvance(v) + 14, fm.height() + 4);
    bubble.moveCenter(m_dense >= 1 ? mid : mid + QPointF(0, fm.height() / 2.0 + 2));
    if (bubble.left() < labelBox.right() && bubble.right() > labelBox.left() && bubble.top() < labelBox.bottom())
      bubble.moveLeft(std::max(2.0, labelBox.left() - bubble.width() - 16));
    p.setBrush(kValue);
    p.setPen(QPen(QColor(0xa1, 0x5c, 0x00), 1.5));
    p.drawRoundedRect(bubble, 8, 8);
    p.setPen(Qt::black);
    p.drawText(bubble, Qt::AlignCenter, v);
  }
}

void PipelineView::paintLegend(QPainter& p, int top) const {
  QFont small = font();
  small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.9));
  p.setFont(small);
  const int h = fontMetrics().height();
  struct Item {
    QColor colour;
    Qt::PenStyle style;
    QString text;
  };
  const Item items[] = {{kActive, Qt::SolidLine, tr("asking now")},
                        {kPast, Qt::SolidLine, tr("asked last")},
                        {kDelegation, Qt::SolidLine, tr("yield from")},
                        {kHolds, Qt::DashLine, tr("holds a reference")}};
  p.setPen(palette().color(QPalette::Text));
  const int heading = m_dense >= 1 ? 0 : 1;  // the dense layouts keep the colours, not the sentence
  if (heading)
    p.drawText(QRect(kMargin, top, width() - 2 * kMargin, h), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Values flow down each arrow to the one asking:"));
  const int column = (width() - 2 * kMargin) / 2;
  for (int i = 0; i < 4; ++i) {
    const int x = kMargin + (i % 2) * column, y = top + h * (heading + i / 2);
    p.setPen(QPen(items[i].colour, 2.5, items[i].style));
    p.drawLine(x, y + h / 2, x + 18, y + h / 2);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x + 22, y, column - 24, h), Qt::AlignLeft | Qt::AlignVCenter, items[i].text);
  }
}

}  // namespace ys::ui
