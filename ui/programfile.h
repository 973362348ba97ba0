// programfile.h — reading a .py file the user chose, or refusing to.
//
// The window must never replace a good program with garbage: a file that is
// missing, unreadable, a folder, a named pipe or device, larger than a program
// could sensibly be, binary, or not UTF-8 is refused with a sentence saying
// why, and the program on screen stays. Opening never blocks (a pipe with no
// writer) and never reads more than the limit. Kept apart from the window so
// it is tested on its own (tests/ui/tst_uimodels, tst_robustness).
#pragma once

#include <QString>

namespace ys::ui {

constexpr qint64 kMaxProgramBytes = 1 << 20;  // 1 MiB: far beyond any lesson

struct ProgramFile {
  bool ok = false;
  QString text;   // the program, when ok
  QString error;  // why not, when !ok
};

ProgramFile readProgramFile(const QString& path);

}  // namespace ys::ui
