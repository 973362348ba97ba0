// handout.h — a PDF of the run, one step a page, for students to take home.
//
// Each page is drawn with QPainter on a QPdfWriter (Qt's own PDF writer): the
// step and its event, the narration sentence, the code with the current line
// marked and paused generators labelled, the call stack with locals, every
// generator's state, and the output so far. The session is moved to each
// step and put back where it was afterwards.
#pragma once

#include <QString>
#include <cstdint>
#include <functional>

namespace ys {
class Session;
}

namespace ys::ui {

struct HandoutRange {
  uint64_t first = 0;
  uint64_t last = 0;  // inclusive
};

// Called after each page with (pages written, pages in all); returning false
// stops the export (the file is then removed and the result is false).
using HandoutProgress = std::function<bool(uint64_t done, uint64_t total)>;

// Writes pages for steps first..last (clamped to the run). Returns false with
// a message when the file cannot be written. It moves the session, so it runs
// where the session's moves run (the engine thread); painting on a
// QPdfWriter outside the GUI thread is allowed.
bool writeHandout(Session& session, const QString& title, HandoutRange range, const QString& path,
                  QString* error, const HandoutProgress& progress = {});

}  // namespace ys::ui
