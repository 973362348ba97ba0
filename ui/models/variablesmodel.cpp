#include "ui/models/variablesmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/models/viewtext.h"

namespace ys::ui {

VariablesModel::VariablesModel(QObject* parent) : QAbstractTableModel(parent) {}

void VariablesModel::setVariables(const std::vector<VariableView>& variables) {
  beginResetModel();
  m_vars = variables;
  endResetModel();
}

void VariablesModel::clear() {
  setVariables({});
}

int VariablesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(m_vars.size());
}

int VariablesModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : NumColumns;
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
  if (!index.isValid() || index.row() >= int(m_vars.size())) return {};
  const VariableView& v = m_vars[size_t(index.row())];
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

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn:
      return tr("Name");
    case ValueColumn:
      return tr("Value");
    case TypeColumn:
      return tr("Type");
    case SizeColumn:
      return tr("Size");
  }
  return {};
}

}  // namespace ys::ui
