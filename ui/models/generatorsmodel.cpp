#include "ui/models/generatorsmodel.h"

#include <QStringList>

#include "ui/models/viewtext.h"

namespace ys::ui {

GeneratorsModel::GeneratorsModel(QObject* parent) : QAbstractTableModel(parent) {}

void GeneratorsModel::setSnapshot(const Snapshot& snapshot) {
  beginResetModel();
  m_gens = snapshot.generators;
  endResetModel();
}

const GeneratorView* GeneratorsModel::generator(int row) const {
  if (row < 0 || row >= int(m_gens.size())) return nullptr;
  return &m_gens[size_t(row)];
}

int GeneratorsModel::rowOfId(uint64_t id) const {
  for (size_t i = 0; i < m_gens.size(); ++i)
    if (m_gens[i].id == id) return int(i);
  return -1;
}

int GeneratorsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : int(m_gens.size());
}

int GeneratorsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : NumColumns;
}

QString GeneratorsModel::localsText(const GeneratorView& g) {
  QStringList parts;
  for (const VariableView& v : g.locals) parts << toQ(v.name) + QStringLiteral(" = ") + toQ(v.value.repr);
  return parts.join(QStringLiteral(", "));
}

QString GeneratorsModel::yieldedText(const GeneratorView& g) {
  QStringList parts;
  if (g.yieldCount > g.yielded.size()) parts << QStringLiteral("…");  // older values are not kept
  for (const std::string& y : g.yielded) parts << toQ(y);
  return parts.join(QStringLiteral(", "));
}

QVariant GeneratorsModel::displayText(const GeneratorView& g, int column) const {
  switch (column) {
    case NameColumn:
      return generatorTitle(g.name, g.id);
    case StateColumn:
      return stateLabel(g.state);
    case LineColumn:
      return g.state == GenState::Closed ? QVariant() : QVariant(g.line);
    case LocalsColumn:
      return localsText(g);
    case YieldedColumn:
      return yieldedText(g);
    case SizeColumn:
      return formatBytes(g.sizeBytes);
  }
  return {};
}

QVariant GeneratorsModel::data(const QModelIndex& index, int role) const {
  const GeneratorView* g = index.isValid() ? generator(index.row()) : nullptr;
  if (!g) return {};
  switch (role) {
    case Qt::DisplayRole:
      return displayText(*g, index.column());
    case GeneratorIdRole:
      return QVariant::fromValue<qulonglong>(g->id);
    case StateRole:
      return int(g->state);
    case StateColorRole:
      return stateColor(g->state);
    case LineRole:
      return g->line;
    case SizeBytesRole:
      return QVariant::fromValue<qlonglong>(g->sizeBytes);
  }
  return {};
}

QVariant GeneratorsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn:
      return tr("Generator");
    case StateColumn:
      return tr("State");
    case LineColumn:
      return tr("Line");
    case LocalsColumn:
      return tr("Locals");
    case YieldedColumn:
      return tr("Yielded so far");
    case SizeColumn:
      return tr("Size");
  }
  return {};
}

}  // namespace ys::ui
