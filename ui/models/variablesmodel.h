// variablesmodel.h — the locals of the frame chosen in the call stack.
//
// Rows are VariableView copies; a value that is a generator carries its id in
// GeneratorIdRole and is drawn as a link, so the window can jump to that
// generator's card (the point of the lesson: the variable holds a small
// generator object, not the results).
#pragma once

#include "core/debug/session.h"

#include "ui/models/tablemodel.h"

namespace ys::ui {

class VariablesModel : public SnapshotRowsModel<VariableView> {
  Q_OBJECT
 public:
  enum Columns { NameColumn, ValueColumn, TypeColumn, SizeColumn, NumColumns };
  enum Roles { GeneratorIdRole = Qt::UserRole + 1, SizeBytesRole };

  explicit VariablesModel(QObject* parent = nullptr);
  void setVariables(const std::vector<VariableView>& variables);
  void clear();

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

}  // namespace ys::ui
