// viewtext.h — how engine values become words on screen.
//
// The engine speaks std::string (UTF-8) and enums; every panel needs the same
// conversions (state names, event names, byte counts), so they live here once
// instead of being re-invented per model. Colours for generator states are
// chosen to stay readable on light and dark palettes.
#pragma once

#include <QColor>
#include <QString>
#include <string>

#include "core/debug/narration.h"
#include "core/debug/session.h"

namespace ys::ui {

inline QString toQ(const std::string& s) {
  return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString stateLabel(GenState state);                            // "created", "running", "suspended", "closed"
QString whereText(GenState state, int line);                   // "not started", "paused at line 6", ...
QColor stateColor(GenState state);                             // badge background
QString eventLabel(EventKind event);                           // "line", "call", "yield", ...
QString formatBytes(int64_t bytes);                            // "56 B", "8.6 KiB", "1.2 MiB"
QString generatorTitle(const std::string& name, uint64_t id);  // "squares#1"

// The beginner's view of a step (the window's default): no hidden locals
// (a comprehension's `.0` iterator) and no memory addresses in values
// ("<generator object evens>" is enough, see ys::withoutAddresses).
// View > Show Internals turns it off.
Snapshot beginnerView(const Snapshot& s);

// The length of a source line's code part: up to a '#' outside quotes.
int codeLength(const QString& line);

}  // namespace ys::ui
