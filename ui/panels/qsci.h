// qsci.h — QScintilla's headers, usable under QT_NO_KEYWORDS.
//
// The UI builds with QT_NO_KEYWORDS (ui/CMakeLists.txt says why); QScintilla's
// headers still write `signals:`/`public slots:`, so the keywords are defined
// only while they are read.
#pragma once

#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots
