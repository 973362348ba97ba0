// handout.h — a PDF of the run for students to take home.
//
// Drawn with QPainter on a QPdfWriter (Qt's own PDF writer). The first page
// opens with the whole program and the memory chart (lazy run against its
// eager twin); then come the chosen steps, several to a page, each as a
// block: the step and its event, the narration sentence, the lines around
// the current one (arrow, paused generators labelled), the frames and
// generators with their locals, and the last lines of output. Long lines
// wrap rather than being cut. The session is moved to each chosen step and
// put back where it was afterwards.
#pragma once

#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace ys {
class Session;
}

namespace ys::ui {

struct HandoutRange {
  uint64_t first = 0;
  uint64_t last = 0;  // inclusive
  // Only the moments of the lesson in first..last: each yield and each
  // resume of a generator (and the last step), not every line event.
  bool momentsOnly = false;
};

// Called after each step drawn with (steps drawn, steps chosen); returning false
// stops the export (the file is then removed and the result is false).
using HandoutProgress = std::function<bool(uint64_t done, uint64_t total)>;

// The steps a handout of `range` shows (clamped to the run).
std::vector<uint64_t> handoutSteps(const Session& session, HandoutRange range);

// Writes the handout for steps first..last (clamped to the run). Returns false with
// a message when the file cannot be written. It moves the session, so it runs
// where the session's moves run (the engine thread); painting on a
// QPdfWriter outside the GUI thread is allowed.
bool writeHandout(Session& session, const QString& title, HandoutRange range, const QString& path, QString* error,
                  const HandoutProgress& progress = {});

}  // namespace ys::ui
