// app_entry.h — how app/main.cpp starts the window.
//
// runGui creates the QApplication, the main window and the program to show:
// the file given on the command line, else the last file used (QSettings),
// else the first bundled example. Then it offers back a program that a
// crashed or killed window left unsaved (see autosave.h). It returns the
// application's exit code.
//
// Test hook: YS_TEST_TYPE=<text> types <text> into the editor, key by key,
// once the window shows (tests/ui/tst_autosave kills the process after it).
#pragma once

#include <QString>

namespace ys::ui {

int runGui(int argc, char** argv, const QString& fileOrEmpty);

}  // namespace ys::ui
