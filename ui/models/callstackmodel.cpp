#include "ui/models/callstackmodel.h"

#include "ui/models/viewtext.h"

namespace ys::ui {

CallStackModel::CallStackModel(QObject* parent) : SnapshotRowsModel({tr("Function"), tr("Line")}, parent) {}

void CallStackModel::setSnapshot(const Snapshot& snapshot) {
  setRows(snapshot.stack);
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

}  // namespace ys::ui
