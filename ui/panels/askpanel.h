// askpanel.h — "Ask": evaluate a question in the paused program.
//
// The class types `next(g)` or `a + b` while the program stands at a step;
// the panel posts the question through the SessionController (the engine
// thread evaluates it on a throwaway copy of the run, core/debug/whatif.h) and
// shows the answer, what the question printed and what generators did
// ("resumed fib at line 7, yielded 3"). Nothing else in the window changes:
// the slider, the panels and the recorded run are as they were. "Peek" asks
// what the chosen generator's next next() would give, the same way.
//
// The UI thread never evaluates and never waits: ask() returns at once and
// the answer arrives with SessionController::askFinished. An answer to an
// older question (or about a program no longer loaded) is dropped.
#pragma once

#include <QString>
#include <QWidget>

#include "core/debug/whatif.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace ys::ui {

class SessionController;

class AskPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AskPanel(SessionController* controller, QWidget* parent = nullptr);

  // Asks the question in the line edit, in the frame chosen; false when
  // there is nothing to ask (no program, an empty question).
  bool ask();
  bool ask(const QString& question);
  // Peeks the generator chosen in the peek box (or `generatorId`).
  bool peek(quint64 generatorId = 0);
  // The frame questions go to: a row of the call stack (0: innermost).
  void setFrame(int stackRow);

  bool waiting() const { return m_waitingFor != 0; }
  const EvalResult& lastResult() const { return m_last; }
  QString answerText() const;
  // The label the answer is written in (the window scrolls it into view).
  QWidget* answerWidget() const;

 Q_SIGNALS:
  void answered();  // a result is on show

 private:
  void build();
  void refreshPlaces();
  void clear();
  void onAnswer(quint64 askId, quint64 step, const EvalResult& result);
  void showResult(const QString& question, quint64 step, const EvalResult& result);
  bool send(EvalRequest request, const QString& question);

  SessionController* m_ctl;
  QComboBox* m_where = nullptr;  // frames of the step, then generators' own frames
  QLineEdit* m_question = nullptr;
  QPushButton* m_askButton = nullptr;
  QComboBox* m_peekWhich = nullptr;  // generators not closed
  QPushButton* m_peekButton = nullptr;
  QLabel* m_asked = nullptr;  // "At step 12, in squares: next(g)"
  QLabel* m_answer = nullptr;
  QLabel* m_note = nullptr;  // time, steps run, "the run is unchanged"
  QPlainTextEdit* m_printed = nullptr;
  QListWidget* m_steps = nullptr;
  QTabWidget* m_details = nullptr;  // m_steps and m_printed
  quint64 m_waitingFor = 0;         // id of the question in flight
  QString m_pendingQuestion;
  EvalResult m_last;
};

}  // namespace ys::ui
