// tablemodel.h — what the window's tables share.
//
// TitledTableModel answers the column count and the column titles from one
// list, given by each model in its constructor. SnapshotRowsModel adds the
// rows of one snapshot (copied: a snapshot reference from the session is
// only valid until the next move); each model still says what its cells show.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace ys::ui {

class TitledTableModel : public QAbstractTableModel {
 public:
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 protected:
  TitledTableModel(QStringList titles, QObject* parent) : QAbstractTableModel(parent), m_titles(std::move(titles)) {}

 private:
  QStringList m_titles;  // one a column, in column order
};

template <typename Row>
class SnapshotRowsModel : public TitledTableModel {
 public:
  int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
  const Row* row(int i) const { return i >= 0 && i < int(m_rows.size()) ? &m_rows[size_t(i)] : nullptr; }
  const std::vector<Row>& rows() const { return m_rows; }

 protected:
  using TitledTableModel::TitledTableModel;
  void setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
  }

 private:
  std::vector<Row> m_rows;
};

}  // namespace ys::ui
