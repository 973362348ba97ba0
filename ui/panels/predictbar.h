// predictbar.h — predict-next, a classroom mode (issue 14).
//
// Before pressing Next the class guesses what the next step will show: the
// line that runs next (a click on the code) or the next value a generator
// yields (typed). Next (also PageDown, a presenter's clicker) reveals and
// marks each guess right or wrong; the bar counts right guesses for the
// lesson (the program loaded).
//
// What is right comes from the run's record, never from the guess being
// replayed: the line of the step after the one the guess was made at, and
// the first value yielded after it (Session::history(), Session::yields(),
// read-only on the UI thread). A value guess made where the next step yields
// nothing waits, and is marked when the value comes. Going back to before
// the guess drops it.
//
// The bar only reads the record and the snapshot; the window hides the
// answers meanwhile (peek, the Ask dock) and feeds it clicks on the code.
#pragma once

#include <QFrame>
#include <QString>
#include <optional>

class QLabel;
class QLineEdit;

namespace ys::ui {

class SessionController;

class PredictBar : public QFrame {
  Q_OBJECT
 public:
  explicit PredictBar(SessionController* controller, QWidget* parent = nullptr);

  // Starts or ends the mode; a guess not yet marked is dropped.
  void setActive(bool on);
  bool isActive() const { return m_active; }

  // The class's guesses for the step after the one on screen.
  void guessLine(int line);               // 1-based; 0 takes the line guess back
  void guessValue(const QString& value);  // a Python value as repr() writes it; "" takes it back
  int guessedLine() const { return m_line; }
  QString guessedValue() const;

  int rightGuesses() const { return m_right; }
  int markedGuesses() const { return m_marked; }
  void resetScore();  // a new lesson
  QString verdictText() const;
  QString scoreText() const;
  QLineEdit* valueEdit() const { return m_value; }

  // Whether `typed` is the value whose repr is `repr` (spaces and the
  // quotes around a string are forgiven: '4' for 4 is not).
  static bool sameValue(const QString& typed, const QString& repr);

 Q_SIGNALS:
  void guessLineChanged(int line);  // the window marks it in the code
  void revealRequested();           // Enter in the value box: go to the next step

 private:
  void build();
  void onSnapshotChanged();
  void markLine(uint64_t shownStep);
  void markValue(uint64_t shownStep);
  void forgetGuess(const QString& verdict);
  void setVerdict(const QString& html, int tone);  // tone: 1 right, -1 wrong, 0 neutral
  void updateScore();
  void startGuessAtThisStep();

  SessionController* m_ctl;
  QLabel* m_prompt = nullptr;
  QLabel* m_lineLabel = nullptr;
  QLineEdit* m_value = nullptr;
  QLabel* m_verdict = nullptr;
  QLabel* m_score = nullptr;
  bool m_active = false;
  std::optional<uint64_t> m_guessStep;  // the step on screen when the pending guesses were made
  int m_line = 0;                       // guessed line (0: none)
  bool m_valueGuessed = false;
  int m_right = 0, m_marked = 0;
};

}  // namespace ys::ui
