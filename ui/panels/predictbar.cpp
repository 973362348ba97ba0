#include "ui/panels/predictbar.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <algorithm>

#include "ui/models/viewtext.h"
#include "ui/sessioncontroller.h"
#include "ui/theme.h"

namespace ys::ui {

namespace {

bool isQuoted(const QString& s) {
  return s.size() >= 2 && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"')) && s.back() == s.front();
}

QString withoutSpaces(QString s) {
  s.remove(QLatin1Char(' '));
  return s;
}

}  // namespace

PredictBar::PredictBar(SessionController* controller, QWidget* parent) : QFrame(parent), m_ctl(controller) {
  setObjectName(QStringLiteral("predictBar"));
  build();
  connect(m_ctl, &SessionController::snapshotChanged, this, &PredictBar::onSnapshotChanged);
  connect(m_ctl, &SessionController::loadStarted, this, [this] { forgetGuess({}); });
  setVisible(false);
}

void PredictBar::build() {
  setStyleSheet(QStringLiteral(
      "QFrame#predictBar { background: #f1eafd; border-top: 2px solid #7b3fc4; border-bottom: 1px solid #c9b6ec; }"
      " QFrame#predictBar QLabel { color: #2b1452; }"
      " QLabel#predictVerdict[tone=\"1\"] { color: #0b6b2b; font-weight: bold; }"
      " QLabel#predictVerdict[tone=\"-1\"] { color: #a0161b; font-weight: bold; }"
      " QLabel#predictScore { font-weight: bold; }"));
  m_prompt =
      new QLabel(tr("<b>Predict the next step.</b> Click the line that runs next, or type the next value "
                    "a generator yields; then Next (PageDown) reveals."));
  m_prompt->setObjectName(QStringLiteral("predictPrompt"));
  m_prompt->setWordWrap(true);
  m_lineLabel = new QLabel;
  m_lineLabel->setObjectName(QStringLiteral("predictLine"));
  m_value = new QLineEdit;
  m_value->setObjectName(QStringLiteral("predictValue"));
  m_value->setFont(monoFont(11));
  m_value->setPlaceholderText(tr("next value, e.g. 4 or 'a'"));
  m_value->setClearButtonEnabled(true);
  m_value->setMaximumWidth(260);
  connect(m_value, &QLineEdit::textEdited, this, &PredictBar::guessValue);
  connect(m_value, &QLineEdit::returnPressed, this, &PredictBar::revealRequested);
  m_verdict = wrappingLabel(QStringLiteral("predictVerdict"));
  m_score = new QLabel;
  m_score->setObjectName(QStringLiteral("predictScore"));
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(10, 4, 10, 4);
  grid->setVerticalSpacing(2);
  grid->addWidget(m_prompt, 0, 0, 1, 3);
  grid->addWidget(m_score, 0, 3, Qt::AlignRight);
  grid->addWidget(m_lineLabel, 1, 0);
  grid->addWidget(m_value, 1, 1);
  grid->addWidget(m_verdict, 1, 2, 1, 2);
  grid->setColumnStretch(2, 1);
  guessLine(0);
  updateScore();
}

// Takes back both guesses (line and value) and shows `verdict`.
void PredictBar::forgetGuess(const QString& verdict) {
  m_guessStep.reset();
  guessLine(0);
  m_value->clear();
  m_valueGuessed = false;
  setVerdict(verdict, 0);
}

void PredictBar::setActive(bool on) {
  m_active = on;
  forgetGuess({});
  setVisible(on);
}

QString PredictBar::guessedValue() const {
  return m_valueGuessed ? m_value->text().trimmed() : QString();
}

// A guess belongs to the step on screen when it is made; a newer guess
// moves it (an unmarked value guess stays valid: no value came between).
void PredictBar::startGuessAtThisStep() {
  if (m_ctl->isLoaded()) m_guessStep = m_ctl->snapshot().step;
}

void PredictBar::guessLine(int line) {
  m_line = std::max(0, line);
  m_lineLabel->setText(m_line ? tr("Your line: <b>%1</b>").arg(m_line) : tr("Your line: (click the code)"));
  if (m_line) startGuessAtThisStep();
  Q_EMIT guessLineChanged(m_line);
}

void PredictBar::guessValue(const QString& value) {
  if (m_value->text() != value) m_value->setText(value);
  m_valueGuessed = !value.trimmed().isEmpty();
  if (m_valueGuessed) startGuessAtThisStep();
}

void PredictBar::onSnapshotChanged() {
  if (!m_active || !m_guessStep || !m_ctl->isLoaded()) return;
  const uint64_t shown = m_ctl->snapshot().step;
  if (shown == *m_guessStep) return;
  if (shown < *m_guessStep) {  // Back or Reset: the guess was about a step not reached
    forgetGuess(tr("You went back: guess again."));
    return;
  }
  setVerdict({}, 0);
  if (m_line) markLine(shown);
  if (m_valueGuessed) markValue(shown);
  if (!m_line && !m_valueGuessed) m_guessStep.reset();
}

void PredictBar::markLine(uint64_t) {
  const auto& history = m_ctl->session()->history();
  const uint64_t next = *m_guessStep + 1;
  if (next >= history.size()) return;
  const StepRecord& r = history[next];
  const bool right = r.event != EventKind::End && r.line == m_line;
  QString text;
  if (r.event == EventKind::End)
    text = tr("✘ The program ended: no line ran next.");
  else if (right)
    text = tr("✔ Right: line %1 came next.").arg(r.line);
  else
    text = tr("✘ Line %1 came next, not line %2.").arg(r.line).arg(m_line);
  ++m_marked;
  if (right) ++m_right;
  const QString before = m_verdict->text();
  setVerdict(before.isEmpty() ? text : before + QStringLiteral("  ") + text, right ? 1 : -1);
  guessLine(0);
  updateScore();
}

void PredictBar::markValue(uint64_t shown) {
  const auto& yields = m_ctl->session()->yields();
  const uint64_t after = *m_guessStep;
  const auto it = std::upper_bound(yields.begin(), yields.end(), after,
                                   [](uint64_t step, const YieldRecord& y) { return step < y.step; });
  const QString typed = m_value->text().trimmed();
  QString text;
  int tone = 0;
  if (it == yields.end() && m_ctl->atEnd()) {
    text = tr("✘ No value came: nothing more was yielded.");
    tone = -1;
  } else if (it == yields.end() || it->step > shown) {
    text = tr("No value yet (no generator yielded at this step): your %1 waits for the next one.").arg(typed);
  } else {
    const QString repr = toQ(it->value);
    const bool right = sameValue(typed, repr);
    text = right ? tr("✔ Right: %1 yielded %2.").arg(toQ(it->generatorName), repr)
                 : tr("✘ %1 yielded %2, not %3.").arg(toQ(it->generatorName), repr, typed);
    tone = right ? 1 : -1;
  }
  if (tone != 0) {
    ++m_marked;
    if (tone > 0) ++m_right;
    m_value->clear();
    m_valueGuessed = false;
    updateScore();
  }
  const QString before = m_verdict->text();
  const int prevTone = m_verdict->property("tone").toInt();
  setVerdict(before.isEmpty() ? text : before + QStringLiteral("  ") + text, tone != 0 ? tone : prevTone);
}

void PredictBar::setVerdict(const QString& text, int tone) {
  m_verdict->setText(text);
  m_verdict->setProperty("tone", tone);
  m_verdict->style()->unpolish(m_verdict);
  m_verdict->style()->polish(m_verdict);
}

QString PredictBar::verdictText() const {
  return m_verdict->text();
}
QString PredictBar::scoreText() const {
  return m_score->text();
}

void PredictBar::resetScore() {
  m_right = m_marked = 0;
  updateScore();
}

void PredictBar::updateScore() {
  m_score->setText(tr("Right guesses: %1 of %2").arg(m_right).arg(m_marked));
}

bool PredictBar::sameValue(const QString& typed, const QString& repr) {
  const QString t = typed.trimmed();
  if (t.isEmpty()) return false;
  if (t == repr) return true;
  if (isQuoted(repr)) {  // a str: 'a' and "a" and a bare a are the same guess
    const QString inner = repr.mid(1, repr.size() - 2);
    return t == inner || (isQuoted(t) && t.mid(1, t.size() - 2) == inner);
  }
  if (repr.contains(QLatin1Char('\'')) || repr.contains(QLatin1Char('"'))) return false;
  return withoutSpaces(t) == withoutSpaces(repr);  // (1,2) for (1, 2)
}

}  // namespace ys::ui
