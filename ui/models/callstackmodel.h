// callstackmodel.h — the call stack of one snapshot, innermost frame first.
//
// A flat table over Snapshot::stack (copied: a snapshot reference from the
// session is only valid until the next move). A frame that belongs to a
// generator says so, because "the generator's frame is on the stack now" is
// exactly what a student should see when next() resumes it.
#pragma once

#include "core/debug/session.h"

#include "ui/models/tablemodel.h"

namespace ys::ui {

class CallStackModel : public SnapshotRowsModel<FrameView> {
  Q_OBJECT
 public:
  enum Columns { FunctionColumn, LineColumn, NumColumns };
  enum Roles { GeneratorIdRole = Qt::UserRole + 1, FrameIndexRole };

  explicit CallStackModel(QObject* parent = nullptr);
  void setSnapshot(const Snapshot& snapshot);
  const FrameView* frame(int i) const { return row(i); }

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

}  // namespace ys::ui
