#include "ui/models/generatorsmodel.h"

#include <QStringList>

#include "ui/models/viewtext.h"

namespace ys::ui {

GeneratorsModel::GeneratorsModel(QObject* parent)
    : SnapshotRowsModel({tr("Generator"), tr("State"), tr("Line"), tr("Locals"), tr("Yielded so far"), tr("Size")},
                        parent) {}

void GeneratorsModel::setSnapshot(const Snapshot& snapshot) {
  setRows(snapshot.generators);
}

int GeneratorsModel::rowOfId(uint64_t id) const {
  for (size_t i = 0; i < rows().size(); ++i)
    if (rows()[i].id == id) return int(i);
  return -1;
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

}  // namespace ys::ui
