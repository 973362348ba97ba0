// yieldsmodel.h — the values yielded up to the current step, oldest first.
//
// Session::yields() covers the whole recorded run; the model shows the prefix
// whose yield step is <= the current position, so stepping back removes
// values exactly as they were not produced yet. The prefix length is found by
// binary search (yields are recorded in step order), so a move costs
// O(log n) plus the rows that appear or disappear.
//
// The Sent column holds what send() passed back in when the generator was
// resumed after that yield (the value the paused `yield` evaluated to). The
// run's record does not keep sent values, so the window fills them in from
// the resume steps it shows (noteSent); a row whose resume has not been on
// screen shows nothing there.
#pragma once

#include <QHash>
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
  // At `resumeStep`, send() resumed generator `id` with `value`: the row of
  // its last yield before that step gets it. Returns that row, or -1.
  int noteSent(uint64_t resumeStep, uint64_t id, const QString& value);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

 private:
  Records m_all;
  int m_visible = 0;
  QHash<int, QString> m_sent;  // row -> repr sent back in
};

}  // namespace ys::ui
