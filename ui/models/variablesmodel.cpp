#include "ui/models/variablesmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/models/viewtext.h"

namespace ys::ui {

VariablesModel::VariablesModel(QObject* parent)
    : SnapshotRowsModel({tr("Name"), tr("Value"), tr("Type"), tr("Size")}, parent) {}

void VariablesModel::setVariables(const std::vector<VariableView>& variables) {
  setRows(variables);
}

void VariablesModel::clear() {
  setVariables({});
}

static QVariant displayText(const VariableView& v, int column) {
  switch (column) {
    case VariablesModel::NameColumn:
      return toQ(v.name);
    case VariablesModel::ValueColumn:
      if (v.value.generatorId)
        return QStringLiteral("→ generator #%1  %2").arg(v.value.generatorId).arg(toQ(v.value.repr));
      return toQ(v.value.repr);
    case VariablesModel::TypeColumn:
      return toQ(v.value.typeName);
    case VariablesModel::SizeColumn:
      return formatBytes(v.value.sizeBytes);
  }
  return {};
}

QVariant VariablesModel::data(const QModelIndex& index, int role) const {
  const VariableView* row = index.isValid() ? this->row(index.row()) : nullptr;
  if (!row) return {};
  const VariableView& v = *row;
  const bool isLink = v.value.generatorId != 0 && index.column() == ValueColumn;
  switch (role) {
    case Qt::DisplayRole:
      return displayText(v, index.column());
    case GeneratorIdRole:
      return QVariant::fromValue<qulonglong>(v.value.generatorId);
    case SizeBytesRole:
      return QVariant::fromValue<qlonglong>(v.value.sizeBytes);
    case Qt::ToolTipRole:
      if (isLink) return tr("Click to show this generator's card");
      return toQ(v.value.repr);
    case Qt::ForegroundRole:
      if (isLink) return QGuiApplication::palette().color(QPalette::Link);
      return {};
    case Qt::FontRole:
      if (isLink) {
        QFont f;
        f.setUnderline(true);
        return f;
      }
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == SizeColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
      return {};
  }
  return {};
}

}  // namespace ys::ui
