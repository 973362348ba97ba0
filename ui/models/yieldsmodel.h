// yieldsmodel.h — the values yielded up to the current step, oldest first.
//
// Session::yields() covers the whole recorded run; the model shows the prefix
// whose yield step is <= the current position, so stepping back removes
// values exactly as they were not produced yet. The prefix length is found by
// binary search (yields are recorded in step order), so a move costs
// O(log n) plus the rows that appear or disappear.
//
// The Sent column holds what send() passed back in when the generator was
// resumed after that yield (the value the paused `yield` evaluated to), once
// the position has reached that send().
#pragma once

#include <memory>
#include <vector>

#include "core/debug/session.h"

#include "ui/models/tablemodel.h"

namespace ys::ui {

class YieldsModel : public TitledTableModel {
  Q_OBJECT
 public:
  enum Columns { IndexColumn, ValueColumn, SentColumn, GeneratorColumn, ConsumerLineColumn, StepColumn, NumColumns };
  enum Roles { GeneratorIdRole = Qt::UserRole + 1, StepRole };

  explicit YieldsModel(QObject* parent = nullptr);
  using Records = std::shared_ptr<const std::vector<YieldRecord>>;
  // The whole run's yields; shows none until setPosition.
  void setYields(Records yields);
  void setYields(std::vector<YieldRecord> yields);  // a private copy
  void setPosition(uint64_t step);
  int visibleCount() const { return m_visible; }
  const YieldRecord* record(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 private:
  Records m_all;
  int m_visible = 0;
  uint64_t m_position = 0;
};

}  // namespace ys::ui
