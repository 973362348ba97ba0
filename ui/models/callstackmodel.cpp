#include "ui/models/callstackmodel.h"

#include "ui/models/viewtext.h"

namespace ys::ui {

CallStackModel::CallStackModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallStackModel::setSnapshot(const Snapshot& snapshot) {
  beginResetModel();
  m_frames = snapshot.stack;
  endResetModel();
}

const FrameView* CallStackModel::frame(int row) const {
  if (row < 0 || row >= int(m_frames.size())) return nullptr;
  return &m_frames[size_t(row)];
}

int CallStackModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(m_frames.size());
}

int CallStackModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : NumColumns;
}

QVariant CallStackModel::data(const QModelIndex& index, int role) const {
  const FrameView* f = index.isValid() ? frame(index.row()) : nullptr;
  if (!f) return {};
  if (role == GeneratorIdRole) return QVariant::fromValue<qulonglong>(f->generatorId);
  if (role == FrameIndexRole) return index.row();
  if (role == Qt::ToolTipRole && f->generatorId)
    return tr("This frame belongs to generator %1").arg(generatorTitle(f->function, f->generatorId));
  if (role != Qt::DisplayRole) return {};
  if (index.column() == FunctionColumn) {
    QString name = toQ(f->function);
    if (f->generatorId) name += tr("  (generator #%1)").arg(f->generatorId);
    return name;
  }
  if (index.column() == LineColumn) return f->line;
  return {};
}

QVariant CallStackModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case FunctionColumn:
      return tr("Function");
    case LineColumn:
      return tr("Line");
  }
  return {};
}

}  // namespace ys::ui
