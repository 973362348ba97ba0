// variablesmodel.h — the locals of the frame chosen in the call stack.
//
// Rows are VariableView copies; a value that is a generator carries its id in
// GeneratorIdRole and is drawn as a link, so the window can jump to that
// generator's card (the point of the lesson: the variable holds a small
// generator object, not the results).
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/debug/session.h"

namespace ys::ui {

class VariablesModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Columns { NameColumn, ValueColumn, TypeColumn, SizeColumn, NumColumns };
  enum Roles { GeneratorIdRole = Qt::UserRole + 1, SizeBytesRole };

  explicit VariablesModel(QObject* parent = nullptr);
  void setVariables(const std::vector<VariableView>& variables);
  void clear();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<VariableView> m_vars;
};

}  // namespace ys::ui
