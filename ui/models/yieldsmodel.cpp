#include "ui/models/yieldsmodel.h"

#include <algorithm>

#include "ui/models/viewtext.h"

namespace ys::ui {

YieldsModel::YieldsModel(QObject* parent)
    : TitledTableModel({tr("#"), tr("Value"), tr("Sent back"), tr("From"), tr("Consumed at line"), tr("Step")}, parent),
      m_all(std::make_shared<const std::vector<YieldRecord>>()) {}

void YieldsModel::setYields(Records yields) {
  beginResetModel();
  m_all = yields ? std::move(yields) : std::make_shared<const std::vector<YieldRecord>>();
  m_visible = 0;
  m_position = 0;
  endResetModel();
}

void YieldsModel::setYields(std::vector<YieldRecord> yields) {
  setYields(std::make_shared<const std::vector<YieldRecord>>(std::move(yields)));
}

void YieldsModel::setPosition(uint64_t step) {
  const auto end =
      std::upper_bound(m_all->begin(), m_all->end(), step, [](uint64_t s, const YieldRecord& r) { return s < r.step; });
  const int wanted = int(end - m_all->begin());
  const uint64_t was = m_position;
  m_position = step;
  if (wanted > m_visible) {
    beginInsertRows({}, m_visible, wanted - 1);
    m_visible = wanted;
    endInsertRows();
  } else if (wanted < m_visible) {
    beginRemoveRows({}, wanted, m_visible - 1);
    m_visible = wanted;
    endRemoveRows();
  }
  // A send() between the old and the new position shows or hides its value.
  if (was != step && m_visible > 0) Q_EMIT dataChanged(index(0, SentColumn), index(m_visible - 1, SentColumn));
}

const YieldRecord* YieldsModel::record(int row) const {
  if (row < 0 || row >= m_visible) return nullptr;
  return &(*m_all)[size_t(row)];
}

int YieldsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : m_visible;
}

QVariant YieldsModel::data(const QModelIndex& index, int role) const {
  const YieldRecord* r = index.isValid() ? record(index.row()) : nullptr;
  if (!r) return {};
  if (role == GeneratorIdRole) return QVariant::fromValue<qulonglong>(r->generatorId);
  if (role == StepRole) return QVariant::fromValue<qulonglong>(r->step);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case IndexColumn:
      return index.row() + 1;
    case ValueColumn:
      return toQ(r->value);
    case SentColumn:
      return r->sentStep && r->sentStep <= m_position ? toQ(r->sentBack) : QString();
    case GeneratorColumn:
      return generatorTitle(r->generatorName, r->generatorId);
    case ConsumerLineColumn:
      return r->consumerLine > 0 ? QVariant(r->consumerLine) : QVariant(tr("(builtin)"));
    case StepColumn:
      return QVariant::fromValue<qulonglong>(r->step + 1);
  }
  return {};
}

}  // namespace ys::ui
