// theme.h — colours and sizes for the classroom.
//
// Qt 6.4 has no colour-scheme hint, so "follow the desktop" means reading the
// palette Qt got from the platform: a dark window background means a dark
// desktop. Presentation mode swaps in a high-contrast palette and scales
// every font (not just the editor's) by setting one font on the window,
// which every child widget inherits.
#pragma once

#include <QFont>
#include <QPalette>

class QLabel;

class QWidget;

namespace ys::ui {

bool paletteIsDark(const QPalette& palette);
QPalette highContrastPalette();  // black text on white, strong accents
QFont uiFont(double pointSize);  // DejaVu Sans at a size
QFont monoFont(double pointSize);
// A label whose text wraps, named so that tests (and style sheets) find it.
QLabel* wrappingLabel(const QString& objectName);

}  // namespace ys::ui
