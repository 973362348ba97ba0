// app_entry.h — how app/main.cpp starts the window.
//
// runGui creates the QApplication, the main window and the program to show:
// the file given on the command line, else the last file used (QSettings),
// else the first bundled example. It returns the application's exit code.
#pragma once

#include <QString>

namespace ys::ui {

int runGui(int argc, char** argv, const QString& fileOrEmpty);

}  // namespace ys::ui
