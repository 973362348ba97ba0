#include "ui/panels/generatorcards.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/models/generatorsmodel.h"
#include "ui/models/viewtext.h"
#include "ui/sessioncontroller.h"

namespace ys::ui {

namespace {

// One style sheet for the whole panel, chosen by each card's "stateName"
// and "flash" properties: parsing a sheet per card on every step cost more
// than the rest of a repaint. Fonts go in the sheet too, because a widget
// under a style sheet does not follow later setFont calls on its parents
// (presentation mode's zoom).
QString panelStyle(bool dark, double points) {
  QString sheet = QStringLiteral(
                      "QFrame#card { border: 1px solid gray; border-radius: 6px; background: %1; }"
                      " QFrame#card QLabel { font-size: %2pt; }"
                      " QFrame#card QLabel#cardTitle { font-size: %3pt; font-weight: bold; }"
                      " QLabel#stateBadge { font-size: %4pt; color: white; border-radius: 4px;"
                      " padding: 1px 8px; font-weight: bold; }"
                      " QFrame#card[flash=\"true\"] { background: %5; }"
                      " QLabel#cardPeek { font-family: monospace; border: 1px dashed #6a5acd; border-radius: 4px;"
                      " padding: 1px 6px; }"
                      " QLabel#cardPeek[failed=\"true\"] { border-color: #b3261e; }"
                      " QPushButton#cardPeekButton { font-size: %4pt; padding: 1px 8px; }")
                      .arg(dark ? QStringLiteral("#2a2b2f") : QStringLiteral("#fafafa"))
                      .arg(points, 0, 'f', 1)
                      .arg(points * 1.25, 0, 'f', 1)
                      .arg(points * 0.9, 0, 'f', 1)
                      .arg(dark ? QStringLiteral("#204070") : QStringLiteral("#d6e6ff"));
  for (GenState st : {GenState::Created, GenState::Running, GenState::Suspended, GenState::Closed}) {
    const QString name = stateLabel(st), colour = stateColor(st).name();
    const bool suspended = st == GenState::Suspended;
    sheet += QStringLiteral(
                 " QFrame#card[stateName=\"%1\"] { border: %2px solid %3; %4 }"
                 " QLabel#stateBadge[stateName=\"%1\"] { background: %3; }")
                 .arg(name)
                 .arg(suspended ? 3 : 1)
                 .arg(colour)
                 .arg(suspended ? QStringLiteral("background: %1;")
                                      .arg(dark ? QStringLiteral("#4a3300") : QStringLiteral("#fff1d6"))
                                : QString());
  }
  // The flash rule must win over the state's background: repeat it last.
  sheet += QStringLiteral(" QFrame#card[flash=\"true\"] { background: %1; }")
               .arg(dark ? QStringLiteral("#204070") : QStringLiteral("#d6e6ff"));
  return sheet;
}

QLabel* badge(GenState state) {
  auto* label = new QLabel(stateLabel(state).toUpper());
  label->setObjectName(QStringLiteral("stateBadge"));
  label->setProperty("stateName", stateLabel(state));
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
  if (shown == n && g.yieldCount <= n) return QObject::tr("yielded so far: %1").arg(last.join(QStringLiteral(", ")));
  return QObject::tr("yielded so far: …, %1").arg(last.join(QStringLiteral(", ")));
}

// The card says a little more than the pipeline's node does.
QString cardWhereText(const GeneratorView& g) {
  const QString where = whereText(g.state, g.line);
  if (g.state == GenState::Created) return where + QObject::tr(": its body runs at the first next()");
  if (g.state == GenState::Suspended) return where + QObject::tr(", locals kept");
  if (g.state == GenState::Closed && g.returned) return QObject::tr("finished (returned %1)").arg(toQ(*g.returned));
  return where;
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
  if (const QString sheet = panelStyle(m_dark, cardPoints()); sheet != m_content->styleSheet())
    m_content->setStyleSheet(sheet);
  while (QLayoutItem* item = m_layout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const int rows = m_model->rowCount();
  if (rows == 0) {
    m_empty =
        new QLabel(tr("No generator objects yet.\nCalling a generator function creates one; "
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
  for (auto it = m_peeks.cbegin(); it != m_peeks.cend(); ++it) showPeek(it.key());
}

QFrame* GeneratorCardsPanel::makeCard(int row) {
  const GeneratorView& g = *m_model->generator(row);
  auto* card = new QFrame;
  card->setObjectName(QStringLiteral("card"));
  card->setProperty("generatorId", QVariant::fromValue<qulonglong>(g.id));
  card->setProperty("stateName", stateLabel(g.state));
  auto* grid = new QGridLayout(card);
  grid->setContentsMargins(10, 8, 10, 8);
  auto* title = new QLabel(generatorTitle(g.name, g.id));
  title->setObjectName(QStringLiteral("cardTitle"));
  grid->addWidget(title, 0, 0);
  grid->addWidget(badge(g.state), 0, 1, Qt::AlignRight);
  auto* where = new QLabel(cardWhereText(g));
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
  grid->addWidget(size, r++, 0, 1, 2);
  if (m_ctl && m_peekEnabled && g.state != GenState::Closed && !g.freed) {
    auto* button = new QPushButton(tr("peek"));
    button->setObjectName(QStringLiteral("cardPeekButton"));
    button->setToolTip(tr("What %1's next next() would give, worked out on a copy of the run: "
                          "the run and this card do not change")
                           .arg(generatorTitle(g.name, g.id)));
    button->setFocusPolicy(Qt::NoFocus);  // Space and the arrows keep stepping the program
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this, [this, id = g.id] { peek(id); });
    auto* answer = new QLabel;
    answer->setObjectName(QStringLiteral("cardPeek"));
    answer->setWordWrap(true);
    answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    answer->setVisible(false);
    auto* row = new QHBoxLayout;  // the answer beside its button: a card must stay short at 720p
    row->setSpacing(8);
    row->addWidget(button, 0, Qt::AlignTop);
    row->addWidget(answer, 1);
    grid->addLayout(row, r, 0, 1, 2);
  }
  card->setProperty("state", int(g.state));
  return card;
}

// ---------------------------------------------------------------- peek

void GeneratorCardsPanel::setController(SessionController* controller) {
  m_ctl = controller;
  connect(m_ctl, &SessionController::askFinished, this, &GeneratorCardsPanel::onAnswer);
  connect(m_ctl, &SessionController::snapshotChanged, this, &GeneratorCardsPanel::onSnapshotChanged);
  connect(m_ctl, &SessionController::loadStarted, this, [this] {
    m_asked.clear();
    m_peeks.clear();
  });
  rebuild();
}

void GeneratorCardsPanel::setPeekEnabled(bool on) {
  if (on == m_peekEnabled) return;
  m_peekEnabled = on;
  m_peeks.clear();
  rebuild();
}

bool GeneratorCardsPanel::peek(uint64_t id) {
  if (!m_ctl || !m_peekEnabled || !m_ctl->isLoaded()) return false;
  const int row = m_model->rowOfId(id);
  if (row < 0 || m_model->generator(row)->state == GenState::Closed) return false;
  for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it)
    if (it.value() == id) return false;  // asked already; the answer is on its way
  EvalRequest request;
  request.peekGenerator = id;
  const quint64 askId = m_ctl->ask(request);
  if (!askId) return false;
  m_asked.insert(askId, id);
  m_peekStep = m_ctl->snapshot().step;
  m_peeks.insert(id, Peek{m_peekStep, tr("…"), false});
  showPeek(id);
  return true;
}

QString GeneratorCardsPanel::peekText(uint64_t id) const {
  if (!m_ctl || !m_ctl->isLoaded()) return {};
  const auto it = m_peeks.constFind(id);
  if (it == m_peeks.cend() || it->step != m_ctl->snapshot().step) return {};
  return it->text;
}

// Answers are about one step: another step on screen makes them stale.
void GeneratorCardsPanel::onSnapshotChanged() {
  if (m_ctl->snapshot().step == m_peekStep) return;
  m_peeks.clear();
  m_peekStep = m_ctl->snapshot().step;
}

void GeneratorCardsPanel::onAnswer(quint64 askId, quint64 step, const EvalResult& result) {
  const auto it = m_asked.find(askId);
  if (it == m_asked.end()) return;  // the Ask dock's question, or a forgotten one
  const quint64 id = it.value();
  m_asked.erase(it);
  if (!m_ctl->isLoaded() || step != m_ctl->snapshot().step) {
    m_peeks.remove(id);
    showPeek(id);
    return;
  }
  Peek p{step, {}, false};
  if (!result.peek.empty()) {
    p.text = tr("next() %1").arg(toQ(result.peek));
    p.failed = result.status == EvalStatus::Raised;
  } else {
    p.text = toQ(result.headline());  // no answer (a budget, the engine): say why
    p.failed = true;
  }
  m_peekStep = step;
  m_peeks.insert(id, p);
  showPeek(id);
  Q_EMIT peeked(id);
}

void GeneratorCardsPanel::showPeek(uint64_t id) {
  QFrame* f = card(id);
  auto* label = f ? f->findChild<QLabel*>(QStringLiteral("cardPeek")) : nullptr;
  if (!label) return;
  const QString text = peekText(id);
  const auto it = m_peeks.constFind(id);
  label->setProperty("failed", it != m_peeks.cend() && it->failed);
  label->style()->unpolish(label);
  label->style()->polish(label);
  label->setText(text);
  label->setToolTip(tr("Worked out on a copy of the run at step %1; the run itself has not moved")
                        .arg(m_ctl ? m_ctl->snapshot().step + 1 : 0));
  label->setVisible(!text.isEmpty());
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
  auto setFlash = [](QFrame* frame, bool on) {
    frame->setProperty("flash", on);
    frame->style()->unpolish(frame);
    frame->style()->polish(frame);
  };
  setFlash(f, true);
  QTimer::singleShot(700, f, [f, setFlash] { setFlash(f, false); });
}

}  // namespace ys::ui
