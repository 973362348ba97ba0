// pipelineview.h — the pipeline drawn (issue 14): one box per live
// generator of the step on screen (name, state, line, last value) and an
// arrow for each pull the record proves (ui/models/pipelinegraph.h): values
// flow down, from the generator to the one asking for them. Blue arrows are
// pulls happening at this step, grey ones the last pull of a paused
// generator, purple ones `yield from` (the innermost generator of the chain
// is outlined in purple), dashed ones a reference held but not pulled from.
// The value yielded at this step rides on its arrow.
//
// Follows the SessionController by itself (Next, Back, any jump); it builds
// the graph only while it is visible, so a hidden tab costs nothing.
#pragma once

#include <QWidget>

#include "ui/models/pipelinegraph.h"

namespace ys::ui {

class SessionController;

class PipelineView : public QWidget {
  Q_OBJECT
 public:
  explicit PipelineView(SessionController* controller, QWidget* parent = nullptr);

  const PipelineGraph& graph() const { return m_graph; }
  // Rebuilds from the step on screen now (also when hidden: tests, exports).
  void refresh();
  QRect boxOf(int node) const;  // where a node is drawn (empty if not)

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void onSnapshotChanged();
  void clear();
  void layoutBoxes();
  void paintBox(QPainter& p, const PipelineNode& n, const QRect& r) const;
  void paintEdge(QPainter& p, const PipelineEdge& e, int slot, int slots) const;
  void paintLegend(QPainter& p, int top) const;
  int boxHeight() const;
  int legendHeight() const;
  int gapHeight() const;
  int contentHeight() const;  // for the density in m_dense
  int roomHeight() const;     // what the scroll area shows of this view

 public:
  // 0: two-line boxes, roomy gaps, the legend with its heading; 1: short
  // gaps, the legend without its heading; 2: also one-line boxes. Chosen as
  // the least dense that fits the room, so five generators fit a 720p dock.
  int density() const { return m_dense; }

 private:
  SessionController* m_ctl;
  PipelineGraph m_graph;
  std::vector<QRect> m_boxes;  // per node
  std::vector<int> m_level;    // per node: 0 at the top (the first producers)
  int m_contentHeight = 0;
  int m_dense = 0;
  bool m_dirty = true;
};

}  // namespace ys::ui
