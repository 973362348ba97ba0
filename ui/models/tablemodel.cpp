#include "ui/models/tablemodel.h"

namespace ys::ui {

int TitledTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant TitledTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_titles.size()) return {};
  return m_titles[section];
}

}  // namespace ys::ui
