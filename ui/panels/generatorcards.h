// generatorcards.h — one card per generator object: "the suspended frame".
//
// Reads GeneratorsModel and rebuilds its cards when the model resets (a
// snapshot holds a handful of generators, so rebuilding is cheaper than
// diffing). A card shows the name and id, a coloured state badge, the line it
// is paused on, its frame's locals, the values yielded so far and its size. A
// suspended generator's card is drawn heavier than the rest, because the
// whole lesson is that its frame is still there, waiting.
//
// Peek (issue 14): a card of a generator that is not closed has a "peek"
// button. It asks, through the SessionController like the Ask dock
// (core/whatif.h: a throwaway copy of the run, on the engine thread), what
// the generator's next next() would give, and writes the answer on the card
// ("next() yields 3"). The run, the step and every other panel stay as they
// were. An answer is about the step it was asked at: it is shown while that
// step is on screen and forgotten when another one is.
#pragma once

#include <QHash>
#include <QScrollArea>
#include <QString>
#include <QWidget>

#include "core/debug/whatif.h"

class QFrame;
class QVBoxLayout;
class QLabel;

namespace ys::ui {

class GeneratorsModel;
class SessionController;

class GeneratorCardsPanel : public QScrollArea {
  Q_OBJECT
 public:
  explicit GeneratorCardsPanel(GeneratorsModel* model, QWidget* parent = nullptr);
  QFrame* card(uint64_t id) const;  // null when that generator has no card
  void highlight(uint64_t id);      // scroll to it and flash its frame
  void setDark(bool dark);
  // Text size of the cards (presentation mode makes them big); 0 = inherit.
  void setPointSize(double points);
  static constexpr int kShownYields = 8;  // a card lists the last few values yielded

  // Where peeks are asked (none: the cards have no peek button).
  void setController(SessionController* controller);
  // Asks what generator `id`'s next next() would give; false when it
  // cannot be asked (no program, closed, already waiting). The answer comes
  // later, on the card (peekText) and with peeked().
  bool peek(uint64_t id);
  // The answer on the card ("next() yields 3"), "…" while waiting, "" if none.
  QString peekText(uint64_t id) const;
  bool peekWaiting() const { return !m_asked.isEmpty(); }
  // Predict-next hides the answers while the class guesses: no peek buttons.
  void setPeekEnabled(bool on);

 Q_SIGNALS:
  void peeked(quint64 generatorId);

 private:
  struct Peek {
    quint64 step = 0;
    QString text;
    bool failed = false;
  };
  void rebuild();
  void onSnapshotChanged();
  void onAnswer(quint64 askId, quint64 step, const EvalResult& result);
  void showPeek(uint64_t id);
  double cardPoints() const;
  QFrame* makeCard(int row);

  GeneratorsModel* m_model;
  QWidget* m_content = nullptr;
  QVBoxLayout* m_layout = nullptr;
  QLabel* m_empty = nullptr;
  bool m_dark = false;
  double m_pointSize = 0;
  SessionController* m_ctl = nullptr;
  bool m_peekEnabled = true;
  QHash<quint64, quint64> m_asked;  // question id -> generator id, in flight
  QHash<quint64, Peek> m_peeks;     // generator id -> its answer at m_peekStep
  quint64 m_peekStep = 0;           // the step the answers are about
};

}  // namespace ys::ui
