// generatorsmodel.h — every generator object of a snapshot, one row each.
//
// Rows are GeneratorView copies in id order (creation order, stable over the
// run), so a generator keeps its row as the user steps; the cards panel and
// the editor's "⏸ squares#1" markers both read from this one model.
#pragma once

#include "core/debug/session.h"

#include "ui/models/tablemodel.h"

namespace ys::ui {

class GeneratorsModel : public SnapshotRowsModel<GeneratorView> {
  Q_OBJECT
 public:
  enum Columns { NameColumn, StateColumn, LineColumn, LocalsColumn, YieldedColumn, SizeColumn, NumColumns };
  enum Roles {
    GeneratorIdRole = Qt::UserRole + 1,  // qulonglong
    StateRole,                           // int(GenState)
    StateColorRole,                      // QColor of the badge
    LineRole,                            // int
    SizeBytesRole                        // qlonglong
  };

  explicit GeneratorsModel(QObject* parent = nullptr);
  void setSnapshot(const Snapshot& snapshot);
  const GeneratorView* generator(int i) const { return row(i); }
  int rowOfId(uint64_t id) const;  // -1 when absent

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  static QString localsText(const GeneratorView& g);   // "i = 2, n = 5"
  static QString yieldedText(const GeneratorView& g);  // "0, 1, 4"

 private:
  QVariant displayText(const GeneratorView& g, int column) const;
};

}  // namespace ys::ui
