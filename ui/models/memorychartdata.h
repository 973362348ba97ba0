// memorychartdata.h — the arithmetic behind the memory chart, without Qt.
//
// The session hands over whole series (one point per recorded step, possibly
// millions); a chart needs at most a couple of thousand points, axis ranges
// that end on round numbers, the position of the "you are here" marker and
// the lazy-vs-eager ratio. Keeping that maths in a plain struct lets it be
// tested headless (as hotspot's TimeLineData) and keeps the panel thin.
//
// Downsampling keeps each bucket's maximum, never its mean: the lesson is the
// peak, and averaging would hide the eager list's top.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/debug/session.h"

namespace ys::ui {

struct ChartPoint {
  double x = 0;  // step or items consumed (Session::xAxisLabel)
  double y = 0;  // bytes
};

struct MemoryChartData {
  std::vector<ChartPoint> lazy;   // downsampled lazy series
  std::vector<ChartPoint> eager;  // downsampled eager twin (empty when none)
  bool hasEager = false;
  int64_t lazyPeak = 0, eagerPeak = 0;
  int64_t lazyFinal = 0, eagerFinal = 0;
  double xMax = 1, yMax = 1;  // axis ends, rounded up to "nice" numbers
  bool xIsSteps = true;       // false when x counts items consumed

  bool twinFinished = true;  // false: the twin stopped early (see twinReason)
  // A twin that did not finish, whole and on its own scale: an infinite
  // generator's list climbs to the memory budget over far more steps than
  // the lazy run has, so it gets its own axes (empty when the twin finished).
  std::vector<ChartPoint> eagerOwn;
  double eagerOwnXMax = 1, eagerOwnYMax = 1;

  // A twin that did not finish (an infinite generator's list hit the memory
  // budget) is clipped to the lazy run's range in `eager`, kept whole in
  // `eagerOwn`, and has no ratio.
  void build(const MemorySeries& lazySeries, const MemorySeries* eagerSeries, const std::string& xAxisLabel,
             size_t maxPoints = 1500, bool twinFinished = true);

  // eager peak / lazy peak, when both exist and the lazy peak is positive.
  std::optional<double> ratio() const;
  // Where the marker sits for the current step, given how many values have
  // been yielded so far (used when x counts items).
  double markerX(uint64_t step, uint64_t yieldsSoFar) const;
  // The series value at x (the last point at or before x), 0 before the first.
  static double valueAt(const std::vector<ChartPoint>& series, double x);

  static std::vector<ChartPoint> downsample(const std::vector<std::pair<uint64_t, int64_t>>& points, size_t maxPoints);
  static double niceCeil(double v);  // 1, 2, 2.5, 5 × 10^k at or above v
  // The y unit that keeps axis labels short: bytes, KiB or MiB by yMax.
  double unitDivisor() const { return unitDivisorFor(yMax); }
  std::string unitName() const { return unitNameFor(yMax); }
  static double unitDivisorFor(double top);
  static std::string unitNameFor(double top);
};

}  // namespace ys::ui
