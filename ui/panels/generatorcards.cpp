#include "ui/panels/generatorcards.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QStringList>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/models/generatorsmodel.h"
#include "ui/models/viewtext.h"

namespace ys::ui {

namespace {

// Fonts go in the style sheet too: a widget under a style sheet does not
// follow later setFont calls on its parents (presentation mode's zoom).
QString cardStyle(GenState state, bool dark, bool flash, double points) {
  const QColor accent = stateColor(state);
  const bool suspended = state == GenState::Suspended;
  QColor back = dark ? QColor(0x2a, 0x2b, 0x2f) : QColor(0xfa, 0xfa, 0xfa);
  if (suspended) back = dark ? QColor(0x4a, 0x33, 0x00) : QColor(0xff, 0xf1, 0xd6);
  if (flash) back = dark ? QColor(0x20, 0x40, 0x70) : QColor(0xd6, 0xe6, 0xff);
  return QStringLiteral("QFrame#card { border: %1px solid %2; border-radius: 6px; background: %3; }"
                        " QFrame#card QLabel { font-size: %4pt; }"
                        " QFrame#card QLabel#cardTitle { font-size: %5pt; font-weight: bold; }"
                        " QFrame#card QLabel#stateBadge { font-size: %6pt; }")
      .arg(suspended ? 3 : 1)
      .arg(accent.name(), back.name())
      .arg(points, 0, 'f', 1)
      .arg(points * 1.25, 0, 'f', 1)
      .arg(points * 0.9, 0, 'f', 1);
}

QLabel* badge(GenState state) {
  auto* label = new QLabel(stateLabel(state).toUpper());
  label->setObjectName(QStringLiteral("stateBadge"));
  label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px;"
                                      " padding: 1px 8px; font-weight: bold; }")
                           .arg(stateColor(state).name()));
  label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  return label;
}

QString localsHtml(const GeneratorView& g) {
  if (g.locals.empty()) return {};
  QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
  for (const VariableView& v : g.locals)
    html += QStringLiteral("<tr><td><b>%1</b>&nbsp;=&nbsp;</td><td><tt>%2</tt></td></tr>")
                .arg(toQ(v.name).toHtmlEscaped(), toQ(v.value.repr).toHtmlEscaped());
  return html + QStringLiteral("</table>");
}

// The last few values only: a generator may have yielded thousands.
QString yieldedLine(const GeneratorView& g) {
  const size_t n = g.yielded.size();  // the session keeps only the latest ones
  if (n == 0) return QObject::tr("yielded so far: nothing yet");
  const size_t shown = std::min<size_t>(n, GeneratorCardsPanel::kShownYields);
  QStringList last;
  for (size_t i = n - shown; i < n; ++i) last << toQ(g.yielded[i]);
  if (shown == n) return QObject::tr("yielded so far: %1").arg(last.join(QStringLiteral(", ")));
  return QObject::tr("yielded so far: …, %1").arg(last.join(QStringLiteral(", ")));
}

QString whereText(const GeneratorView& g) {
  switch (g.state) {
    case GenState::Created: return QObject::tr("not started: its body runs at the first next()");
    case GenState::Running: return QObject::tr("running now, at line %1").arg(g.line);
    case GenState::Suspended: return QObject::tr("paused at line %1, locals kept").arg(g.line);
    case GenState::Closed:
      return g.returned ? QObject::tr("finished (returned %1)").arg(toQ(*g.returned)) : QObject::tr("finished");
  }
  return {};
}

}  // namespace

GeneratorCardsPanel::GeneratorCardsPanel(GeneratorsModel* model, QWidget* parent)
    : QScrollArea(parent), m_model(model) {
  setObjectName(QStringLiteral("generatorCards"));
  setWidgetResizable(true);
  m_content = new QWidget;
  m_layout = new QVBoxLayout(m_content);
  m_layout->setContentsMargins(6, 6, 6, 6);
  m_layout->setSpacing(8);
  setWidget(m_content);
  connect(m_model, &QAbstractItemModel::modelReset, this, &GeneratorCardsPanel::rebuild);
  rebuild();
}

void GeneratorCardsPanel::setDark(bool dark) {
  m_dark = dark;
  rebuild();
}

double GeneratorCardsPanel::cardPoints() const {
  return m_pointSize > 0 ? m_pointSize : std::max(7.0, font().pointSizeF());
}

void GeneratorCardsPanel::setPointSize(double points) {
  m_pointSize = points;
  if (points > 0) {
    QFont f = m_content->font();
    f.setPointSizeF(points);
    m_content->setFont(f);
  }
  rebuild();
}

void GeneratorCardsPanel::rebuild() {
  while (QLayoutItem* item = m_layout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const int rows = m_model->rowCount();
  if (rows == 0) {
    m_empty = new QLabel(tr("No generator objects yet.\nCalling a generator function creates one; "
                            "its body does not run until next() asks."));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noGenerators"));
    m_layout->addWidget(m_empty);
  }
  // Suspended ones first: the paused frame is the point of the lesson.
  for (GenState wanted : {GenState::Suspended, GenState::Running, GenState::Created, GenState::Closed})
    for (int row = 0; row < rows; ++row)
      if (m_model->generator(row)->state == wanted) m_layout->addWidget(makeCard(row));
  m_layout->addStretch(1);
}

QFrame* GeneratorCardsPanel::makeCard(int row) {
  const GeneratorView& g = *m_model->generator(row);
  auto* card = new QFrame;
  card->setObjectName(QStringLiteral("card"));
  card->setProperty("generatorId", QVariant::fromValue<qulonglong>(g.id));
  card->setStyleSheet(cardStyle(g.state, m_dark, false, cardPoints()));
  auto* grid = new QGridLayout(card);
  grid->setContentsMargins(10, 8, 10, 8);
  auto* title = new QLabel(generatorTitle(g.name, g.id));
  title->setObjectName(QStringLiteral("cardTitle"));
  grid->addWidget(title, 0, 0);
  grid->addWidget(badge(g.state), 0, 1, Qt::AlignRight);
  auto* where = new QLabel(whereText(g));
  where->setObjectName(QStringLiteral("cardWhere"));
  grid->addWidget(where, 1, 0, 1, 2);
  int r = 2;
  if (const QString locals = localsHtml(g); !locals.isEmpty()) {
    auto* l = new QLabel(locals);
    l->setObjectName(QStringLiteral("cardLocals"));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(l, r++, 0, 1, 2);
  }
  auto* y = new QLabel(yieldedLine(g));
  y->setObjectName(QStringLiteral("cardYielded"));
  y->setWordWrap(true);
  grid->addWidget(y, r++, 0, 1, 2);
  auto* size = new QLabel(tr("size: %1").arg(formatBytes(g.sizeBytes)));
  size->setObjectName(QStringLiteral("cardSize"));
  grid->addWidget(size, r, 0, 1, 2);
  card->setProperty("state", int(g.state));
  return card;
}

QFrame* GeneratorCardsPanel::card(uint64_t id) const {
  for (QFrame* f : m_content->findChildren<QFrame*>(QStringLiteral("card")))
    if (f->property("generatorId").toULongLong() == id) return f;
  return nullptr;
}

void GeneratorCardsPanel::highlight(uint64_t id) {
  QFrame* f = card(id);
  if (!f) return;
  ensureWidgetVisible(f);
  const auto state = GenState(f->property("state").toInt());
  const double points = cardPoints();
  f->setStyleSheet(cardStyle(state, m_dark, true, points));
  QTimer::singleShot(700, f, [f, state, points, dark = m_dark] { f->setStyleSheet(cardStyle(state, dark, false, points)); });
}

}  // namespace ys::ui
