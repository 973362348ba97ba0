// sizeconstant.h — the number in a program that decides how big its run is.
//
// The memory lesson only shows at a large n, and examples are written with a
// small one so they can be stepped through. The memory panel offers to re-run
// the program with a larger n; this finds the literal it would change, by
// three simple rules tried in order, and says which one it found:
//   1. a top-level constant, `N = 10` (an all-caps name, or n / size / count);
//   2. an integer argument of a call to a function the program defines,
//      `square_generator(5)` (every such call with that same number);
//   3. `range(10)` (every range() with that same number).
// Nothing else is guessed: a program without one of these has no size control.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace ys::ui {

struct SizeConstant {
  struct Spot {
    int start = 0;   // offset of the literal's first character in the source
    int length = 0;  // characters of the literal
  };
  qint64 value = 0;   // the number written in the program
  int line = 0;       // 1-based line of the first spot
  QString what;       // how the program writes it: "N = 10", "square_generator(5)", "range(10)"
  QList<Spot> spots;  // every literal that changes together

  // "square_generator(5) at line 40" (with "and 1 more" when several spots).
  QString describe() const;
};

std::optional<SizeConstant> findSizeConstant(const QString& source);
// The source with every spot of `c` set to n (c must come from this source).
QString withSize(const QString& source, const SizeConstant& c, qint64 n);
// The source with every spot replaced by "#": two programs that differ only
// in their size have the same key, so their runs can be compared.
QString sizeFreeKey(const QString& source, const SizeConstant& c);

}  // namespace ys::ui
