// callstackmodel.h — the call stack of one snapshot, innermost frame first.
//
// A flat table over Snapshot::stack (copied: a snapshot reference from the
// session is only valid until the next move). A frame that belongs to a
// generator says so, because "the generator's frame is on the stack now" is
// exactly what a student should see when next() resumes it.
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/debug/session.h"

namespace ys::ui {

class CallStackModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Columns { FunctionColumn, LineColumn, NumColumns };
  enum Roles { GeneratorIdRole = Qt::UserRole + 1, FrameIndexRole };

  explicit CallStackModel(QObject* parent = nullptr);
  void setSnapshot(const Snapshot& snapshot);
  const FrameView* frame(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<FrameView> m_frames;
};

}  // namespace ys::ui
