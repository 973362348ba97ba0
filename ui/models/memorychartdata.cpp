#include "ui/models/memorychartdata.h"

#include <algorithm>
#include <cmath>

namespace ys::ui {

std::vector<ChartPoint> MemoryChartData::downsample(const std::vector<std::pair<uint64_t, int64_t>>& points,
                                                    size_t maxPoints) {
  std::vector<ChartPoint> out;
  if (points.empty()) return out;
  maxPoints = std::max<size_t>(maxPoints, 2);
  if (points.size() <= maxPoints) {
    out.reserve(points.size());
    for (const auto& [x, y] : points) out.push_back({double(x), double(y)});
    return out;
  }
  // Each bucket contributes its highest point (at that point's x), and the
  // last point is kept so the curve ends where the run ended.
  const size_t buckets = maxPoints - 1;
  out.reserve(maxPoints);
  const size_t n = points.size() - 1;
  for (size_t b = 0; b < buckets; ++b) {
    const size_t lo = b * n / buckets, hi = std::max(lo + 1, (b + 1) * n / buckets);
    size_t best = lo;
    for (size_t i = lo; i < hi; ++i)
      if (points[i].second > points[best].second) best = i;
    out.push_back({double(points[best].first), double(points[best].second)});
  }
  out.push_back({double(points.back().first), double(points.back().second)});
  return out;
}

double MemoryChartData::niceCeil(double v) {
  if (!(v > 0)) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * p >= v * (1 - 1e-12)) return m * p;
  return 10 * p;
}

void MemoryChartData::build(const MemorySeries& lazySeries, const MemorySeries* eagerSeries,
                            const std::string& xAxisLabel, size_t maxPoints, bool finished) {
  twinFinished = finished;
  xIsSteps = xAxisLabel.find("step") != std::string::npos;
  lazy = downsample(lazySeries.points, maxPoints);
  lazyPeak = lazySeries.peakBytes;
  lazyFinal = lazySeries.finalBytes;
  hasEager = eagerSeries != nullptr;
  eager = hasEager ? downsample(eagerSeries->points, maxPoints) : std::vector<ChartPoint>{};
  eagerPeak = hasEager ? eagerSeries->peakBytes : 0;
  eagerFinal = hasEager ? eagerSeries->finalBytes : 0;
  eagerOwn.clear();
  eagerOwnXMax = eagerOwnYMax = 1;
  if (hasEager && !twinFinished) {
    eagerOwn = eager;
    for (const ChartPoint& p : eagerOwn) {
      eagerOwnXMax = std::max(eagerOwnXMax, p.x);
      eagerOwnYMax = std::max(eagerOwnYMax, p.y);
    }
    // Its x axis is not drawn (the legend gives the step count), so the line
    // spans the whole width rather than stopping at a round number.
    const double unit = unitDivisorFor(eagerOwnYMax * 1.05);
    eagerOwnYMax = niceCeil(eagerOwnYMax * 1.05 / unit) * unit;  // round in the unit its axis shows
  }
  if (hasEager && !twinFinished && !lazy.empty()) {
    // Clip the runaway twin to the lazy run's steps (keeping the first point
    // past the end, so the line visibly leaves the chart still climbing).
    const double end = lazy.back().x;
    auto past = std::find_if(eager.begin(), eager.end(), [end](const ChartPoint& p) { return p.x > end; });
    if (past != eager.end()) eager.erase(std::next(past), eager.end());
    if (!eager.empty() && eager.back().x > end) eager.back() = {end, valueAt(eager, end)};
  }
  double xm = 0, ym = double(twinFinished ? std::max(lazyPeak, eagerPeak) : lazyPeak);
  for (const auto* s : {&lazy, &eager})
    for (const ChartPoint& p : *s) {
      xm = std::max(xm, p.x);
      ym = std::max(ym, p.y);
    }
  xMax = std::max(1.0, xm);
  // Round in the unit the axis will show, so its labels are round there too.
  yMax = niceCeil(ym * 1.05);  // a first guess, only to choose the unit
  yMax = niceCeil(ym * 1.05 / unitDivisor()) * unitDivisor();
}

std::optional<double> MemoryChartData::ratio() const {
  if (!hasEager || !twinFinished || lazyPeak <= 0) return std::nullopt;
  return double(eagerPeak) / double(lazyPeak);
}

double MemoryChartData::markerX(uint64_t step, uint64_t yieldsSoFar) const {
  return std::min(xMax, double(xIsSteps ? step : yieldsSoFar));
}

double MemoryChartData::valueAt(const std::vector<ChartPoint>& series, double x) {
  const auto it =
      std::upper_bound(series.begin(), series.end(), x, [](double v, const ChartPoint& p) { return v < p.x; });
  if (it == series.begin()) return 0;
  return std::prev(it)->y;
}

double MemoryChartData::unitDivisorFor(double top) {
  if (top >= 10.0 * 1024 * 1024) return 1024.0 * 1024.0;
  if (top >= 10.0 * 1024) return 1024.0;
  return 1.0;
}

std::string MemoryChartData::unitNameFor(double top) {
  const double d = unitDivisorFor(top);
  return d > 1024 ? "MiB" : d > 1 ? "KiB" : "bytes";
}

}  // namespace ys::ui
