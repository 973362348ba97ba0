// memorypanel.h — bytes over the run: the lazy program next to its eager twin.
//
// Draws MemoryChartData (already downsampled, axis ends rounded) as two line
// series, a vertical line and dots at the current step, and the numbers a
// teacher points at: now, both peaks, and how many times bigger the eager
// peak is. When the session has no twin, its reason is written out instead
// of an empty curve.
//
// Small programs teach the opposite of the lesson (a 5-item list is smaller
// than a generator object and its frame), so the panel does not print a
// ratio for them: it explains the per-item cost instead, and offers a size
// control that re-runs the program with a larger value of its size constant
// (see sizeconstant.h). The peaks of each size run are kept side by side.
// A twin that never finished (an infinite generator's list) is drawn on its
// own axes, climbing to where it gave up.
#pragma once

#include <QList>
#include <QWidget>
#include <optional>

#include "ui/models/memorychartdata.h"
#include "ui/models/sizeconstant.h"

class QChart;
class QComboBox;
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
  // `items` is how many values the lazy run's generators yielded.
  void setSeries(const MemoryChartData& data, const QString& xAxisLabel, const QString& twinReason, uint64_t items = 0);
  // The loaded program's size constant (none: no size control) and its
  // size-free text; call before setSeries. Runs of the same program at
  // other sizes are kept and listed.
  void setSizeConstant(const std::optional<SizeConstant>& size, const QString& programKey);
  void clear();
  // Moves the marker; currentBytes is the footprint at this step.
  void setPosition(uint64_t step, uint64_t yieldsSoFar, int64_t currentBytes);
  const MemoryChartData& data() const { return m_data; }
  QString summaryText() const;
  QString runsText() const;  // the size runs, plain text ("" when fewer than one)

  struct SizeRun {
    qint64 n = 0;
    int64_t lazyPeak = 0, eagerPeak = 0;
    bool hasEager = false, twinFinished = true;
  };
  const QList<SizeRun>& sizeRuns() const { return m_runs; }

 Q_SIGNALS:
  // The user chose another size: re-run the program with its constant at n.
  void sizeChosen(qint64 n);

 public:
  void setDark(bool dark);
  void setFontScale(double scale);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void fill(QLineSeries* series, const std::vector<ChartPoint>& points, double unit);
  void setupSizeRow();
  void showTwinOnItsOwnScale(bool on);
  void recordRun();
  void updateRuns();
  QString sizeAdvice() const;

  MemoryChartData m_data;
  QChart* m_chart = nullptr;
  QChartView* m_view = nullptr;
  QLineSeries* m_lazy = nullptr;
  QLineSeries* m_eager = nullptr;
  QLineSeries* m_eagerOwn = nullptr;  // an unfinished twin, on m_x2/m_y2
  QLineSeries* m_cursor = nullptr;
  QScatterSeries* m_dots = nullptr;
  QValueAxis* m_x = nullptr;
  QValueAxis* m_y = nullptr;
  QValueAxis* m_x2 = nullptr;
  QValueAxis* m_y2 = nullptr;
  QWidget* m_sizeRow = nullptr;
  QComboBox* m_size = nullptr;
  QLabel* m_sizeNote = nullptr;
  QLabel* m_runsLabel = nullptr;
  std::optional<SizeConstant> m_sizeConstant;
  QString m_programKey;
  QList<SizeRun> m_runs;
  uint64_t m_items = 0;
  QLabel* m_numbers = nullptr;
  QLabel* m_reason = nullptr;
  QString m_twinReason;
  double m_fontScale = 1.0;
};

}  // namespace ys::ui
