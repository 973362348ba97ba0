// memorypanel.h — bytes over the run: the lazy program next to its eager twin.
//
// Draws MemoryChartData (already downsampled, axis ends rounded) as two line
// series, a vertical line and dots at the current step, and the numbers a
// teacher points at: now, both peaks, and how many times bigger the eager
// peak is. When the session has no twin, its reason is written out instead
// of an empty curve.
#pragma once

#include <QWidget>

#include "ui/models/memorychartdata.h"

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ys::ui {

class MemoryPanel : public QWidget {
  Q_OBJECT
 public:
  explicit MemoryPanel(QWidget* parent = nullptr);
  void setSeries(const MemoryChartData& data, const QString& xAxisLabel, const QString& twinReason);
  void clear();
  // Moves the marker; currentBytes is the footprint at this step.
  void setPosition(uint64_t step, uint64_t yieldsSoFar, int64_t currentBytes);
  const MemoryChartData& data() const { return m_data; }
  QString summaryText() const;
  void setDark(bool dark);
  void setFontScale(double scale);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void fill(QLineSeries* series, const std::vector<ChartPoint>& points);

  MemoryChartData m_data;
  QChart* m_chart = nullptr;
  QChartView* m_view = nullptr;
  QLineSeries* m_lazy = nullptr;
  QLineSeries* m_eager = nullptr;
  QLineSeries* m_cursor = nullptr;
  QScatterSeries* m_dots = nullptr;
  QValueAxis* m_x = nullptr;
  QValueAxis* m_y = nullptr;
  QLabel* m_numbers = nullptr;
  QLabel* m_reason = nullptr;
  QString m_twinReason;
  double m_fontScale = 1.0;
};

}  // namespace ys::ui
