#include "ui/panels/askpanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/models/viewtext.h"
#include "ui/sessioncontroller.h"
#include "ui/theme.h"

namespace ys::ui {

namespace {

constexpr int kFrameRole = Qt::UserRole;          // row of the call stack, or -1
constexpr int kGeneratorRole = Qt::UserRole + 1;  // a generator's id, or 0

QString generatorLabel(const GeneratorView& g) {
  return QObject::tr("%1 #%2 (%3, line %4)").arg(toQ(g.name)).arg(g.id).arg(stateLabel(g.state)).arg(g.line);
}

}  // namespace

AskPanel::AskPanel(SessionController* controller, QWidget* parent) : QWidget(parent), m_ctl(controller) {
  setObjectName(QStringLiteral("askPanel"));
  build();
  connect(m_ctl, &SessionController::askFinished, this, &AskPanel::onAnswer);
  connect(m_ctl, &SessionController::snapshotChanged, this, &AskPanel::refreshPlaces);
  connect(m_ctl, &SessionController::loadStarted, this, &AskPanel::clear);
  connect(m_ctl, &SessionController::sessionAboutToChange, this, &AskPanel::clear);
  clear();
}

void AskPanel::build() {
  m_where = new QComboBox;
  m_where->setObjectName(QStringLiteral("askWhere"));
  m_where->setToolTip(tr("Where names are looked up: a frame of the call stack, or a generator's own frame"));
  m_question = new QLineEdit;
  m_question->setObjectName(QStringLiteral("askQuestion"));
  m_question->setFont(monoFont(11));
  m_question->setPlaceholderText(tr("next(g)   a + b   list(g)   — Enter asks; the run is not changed"));
  m_askButton = new QPushButton(tr("Ask"));
  m_askButton->setObjectName(QStringLiteral("askButton"));
  m_peekWhich = new QComboBox;
  m_peekWhich->setObjectName(QStringLiteral("peekGenerator"));
  m_peekButton = new QPushButton(tr("Peek next()"));
  m_peekButton->setObjectName(QStringLiteral("peekButton"));
  m_peekButton->setToolTip(tr("What the generator's next next() would give, computed on a copy of the run"));

  m_asked = wrappingLabel(QStringLiteral("askAsked"));
  m_answer = new QLabel;
  m_answer->setObjectName(QStringLiteral("askAnswer"));
  m_answer->setFont(monoFont(13));
  m_answer->setWordWrap(true);
  m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_note = wrappingLabel(QStringLiteral("askNote"));
  m_printed = new QPlainTextEdit;
  m_printed->setObjectName(QStringLiteral("askOutput"));
  m_printed->setReadOnly(true);
  m_printed->setFont(monoFont(10));
  m_printed->setPlaceholderText(tr("(printed nothing)"));

  m_steps = new QListWidget;
  m_steps->setObjectName(QStringLiteral("askSteps"));
  m_steps->setFont(monoFont(10));
  m_steps->setMinimumHeight(24);

  auto* askRow = new QHBoxLayout;
  askRow->addWidget(m_question, 1);
  askRow->addWidget(m_askButton);
  auto* peekRow = new QHBoxLayout;
  peekRow->addWidget(m_peekWhich, 1);
  peekRow->addWidget(m_peekButton);
  auto* form = new QFormLayout;
  form->addRow(tr("In"), m_where);
  form->addRow(tr("Ask"), askRow);
  form->addRow(tr("Peek"), peekRow);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_asked);
  layout->addWidget(m_answer);
  layout->addWidget(m_note);
  // What generators did and what was printed share one place: a dock on a
  // 1280x720 projector has room for one list, not two.
  m_details = new QTabWidget;
  m_details->setObjectName(QStringLiteral("askDetails"));
  m_details->setDocumentMode(true);
  m_details->addTab(m_steps, tr("Generators"));
  m_details->addTab(m_printed, tr("Printed"));
  layout->addWidget(m_details, 1);

  connect(m_question, &QLineEdit::returnPressed, this, [this] { ask(); });
  connect(m_askButton, &QPushButton::clicked, this, [this] { ask(); });
  connect(m_peekButton, &QPushButton::clicked, this, [this] { peek(); });
}

void AskPanel::clear() {
  m_waitingFor = 0;
  m_last = EvalResult{};
  m_where->clear();
  m_peekWhich->clear();
  m_asked->setText(tr("Stop the program at a step, then ask: the answer comes from a copy of the run."));
  m_answer->clear();
  m_note->clear();
  m_printed->clear();
  m_steps->clear();
  m_details->setTabText(0, tr("Generators"));
  m_details->setTabText(1, tr("Printed"));
  m_peekButton->setEnabled(false);
}

// The places a question can go, for the step on screen; the choice is kept
// when the same place still exists.
void AskPanel::refreshPlaces() {
  if (!m_ctl->isLoaded()) return;
  const Snapshot& s = m_ctl->snapshot();
  const QVariant oldFrame = m_where->currentData(kFrameRole), oldGen = m_where->currentData(kGeneratorRole);
  m_where->clear();
  for (size_t i = 0; i < s.stack.size(); ++i) {
    const FrameView& f = s.stack[i];
    m_where->addItem(tr("%1, line %2").arg(toQ(f.function)).arg(f.line));
    m_where->setItemData(m_where->count() - 1, int(i), kFrameRole);
    m_where->setItemData(m_where->count() - 1, quint64(0), kGeneratorRole);
  }
  if (s.stack.empty()) {  // the end: the module's globals
    m_where->addItem(tr("<module> (the run has ended)"));
    m_where->setItemData(0, 0, kFrameRole);
    m_where->setItemData(0, quint64(0), kGeneratorRole);
  }
  const quint64 prevPeek = m_peekWhich->currentData().toULongLong();
  m_peekWhich->clear();
  for (const GeneratorView& g : s.generators) {
    if (g.state == GenState::Closed) continue;
    m_peekWhich->addItem(generatorLabel(g), quint64(g.id));
    if (g.state == GenState::Suspended || g.state == GenState::Created) {
      m_where->addItem(tr("inside %1").arg(generatorLabel(g)));
      m_where->setItemData(m_where->count() - 1, -1, kFrameRole);
      m_where->setItemData(m_where->count() - 1, quint64(g.id), kGeneratorRole);
    }
  }
  for (int i = 0; i < m_where->count(); ++i)
    if (m_where->itemData(i, kFrameRole) == oldFrame && m_where->itemData(i, kGeneratorRole) == oldGen)
      m_where->setCurrentIndex(i);
  const int peekIndex = m_peekWhich->findData(prevPeek);
  if (peekIndex >= 0) m_peekWhich->setCurrentIndex(peekIndex);
  m_peekButton->setEnabled(m_peekWhich->count() > 0);
}

void AskPanel::setFrame(int stackRow) {
  for (int i = 0; i < m_where->count(); ++i)
    if (m_where->itemData(i, kFrameRole).toInt() == stackRow && !m_where->itemData(i, kGeneratorRole).toULongLong()) {
      m_where->setCurrentIndex(i);
      return;
    }
}

bool AskPanel::ask() {
  return ask(m_question->text());
}

bool AskPanel::ask(const QString& question) {
  if (question.trimmed().isEmpty()) return false;
  if (m_question->text() != question) m_question->setText(question);
  EvalRequest request;
  request.source = question.toStdString();
  if (m_where->count() > 0) {
    const int frame = m_where->currentData(kFrameRole).toInt();
    request.frameIndex = std::max(0, frame);
    request.frameOfGenerator = m_where->currentData(kGeneratorRole).toULongLong();
  }
  return send(std::move(request), question);
}

bool AskPanel::peek(quint64 generatorId) {
  if (!generatorId) generatorId = m_peekWhich->currentData().toULongLong();
  if (!generatorId) return false;
  EvalRequest request;
  request.peekGenerator = generatorId;
  const int index = m_peekWhich->findData(generatorId);
  const QString name = index >= 0 ? m_peekWhich->itemText(index) : tr("generator #%1").arg(generatorId);
  return send(std::move(request), tr("peek: next() of %1").arg(name));
}

bool AskPanel::send(EvalRequest request, const QString& question) {
  const quint64 id = m_ctl->ask(request);
  if (!id) return false;
  m_waitingFor = id;
  m_pendingQuestion = question;
  m_answer->setText(tr("…"));
  m_note->setText(tr("Asking a copy of the run…"));
  return true;
}

void AskPanel::onAnswer(quint64 askId, quint64 step, const EvalResult& result) {
  if (askId != m_waitingFor) return;  // an older question
  m_waitingFor = 0;
  showResult(m_pendingQuestion, step, result);
}

void AskPanel::showResult(const QString& question, quint64 step, const EvalResult& r) {
  m_last = r;
  // Numbered from 1 as the window's slider and status bar number steps.
  m_asked->setText(tr("At step %1: <b>%2</b>").arg(step + 1).arg(question.toHtmlEscaped()));
  QString colour;
  switch (r.status) {
    case EvalStatus::Raised:
    case EvalStatus::SyntaxError:
      colour = QStringLiteral("#b3261e");
      break;
    case EvalStatus::Stopped:
    case EvalStatus::Failed:
      colour = QStringLiteral("#a15c00");
      break;
    default:
      break;
  }
  m_answer->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
  m_answer->setText(answerText());
  QString note = tr("%1 step(s) ran on a copy in %2 ms; the run is unchanged.")
                     .arg(r.eventsRun)
                     .arg(double(r.micros) / 1000.0, 0, 'f', 1);
  if (r.outputCut) note += tr(" (output cut)");
  m_note->setText(note);
  m_printed->setPlainText(toQ(r.output));
  m_steps->clear();
  for (const EvalStep& s : r.steps) m_steps->addItem(toQ(s.text));
  if (r.moreSteps) m_steps->addItem(tr("… and %1 more").arg(r.moreSteps));
  const int lines =
      int(r.output.empty() ? 0 : std::count(r.output.begin(), r.output.end(), '\n') + (r.output.back() != '\n'));
  m_details->setTabText(0, tr("Generators (%1)").arg(r.steps.size() + r.moreSteps));
  m_details->setTabText(1, tr("Printed (%1 lines)").arg(lines));
  if (r.steps.empty() && lines > 0)
    m_details->setCurrentIndex(1);
  else if (!r.steps.empty())
    m_details->setCurrentIndex(0);
  Q_EMIT answered();
}

QWidget* AskPanel::answerWidget() const {
  return m_answer;
}

QString AskPanel::answerText() const {
  const EvalResult& r = m_last;
  if (!r.peek.empty()) return toQ(r.peek);
  if (r.status == EvalStatus::NoValue) return tr("(done; no value)");
  return toQ(r.headline());
}

}  // namespace ys::ui
