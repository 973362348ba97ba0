// generatorcards.h — one card per generator object: "the suspended frame".
//
// Reads GeneratorsModel and rebuilds its cards when the model resets (a
// snapshot holds a handful of generators, so rebuilding is cheaper than
// diffing). A card shows the name and id, a coloured state badge, the line it
// is paused on, its frame's locals, the values yielded so far and its size. A
// suspended generator's card is drawn heavier than the rest, because the
// whole lesson is that its frame is still there, waiting.
#pragma once

#include <QScrollArea>
#include <QWidget>

class QFrame;
class QVBoxLayout;
class QLabel;

namespace ys::ui {

class GeneratorsModel;

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

 private:
  void rebuild();
  double cardPoints() const;
  QFrame* makeCard(int row);

  GeneratorsModel* m_model;
  QWidget* m_content = nullptr;
  QVBoxLayout* m_layout = nullptr;
  QLabel* m_empty = nullptr;
  bool m_dark = false;
  double m_pointSize = 0;
};

}  // namespace ys::ui
