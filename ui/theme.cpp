#include "ui/theme.h"

#include <QLabel>

namespace ys::ui {

bool paletteIsDark(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < 128;
}

QPalette highContrastPalette() {
  QPalette p;
  p.setColor(QPalette::Window, Qt::white);
  p.setColor(QPalette::WindowText, Qt::black);
  p.setColor(QPalette::Base, Qt::white);
  p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
  p.setColor(QPalette::Text, Qt::black);
  p.setColor(QPalette::Button, QColor(0xee, 0xee, 0xee));
  p.setColor(QPalette::ButtonText, Qt::black);
  p.setColor(QPalette::Highlight, QColor(0x00, 0x3d, 0xa5));
  p.setColor(QPalette::HighlightedText, Qt::white);
  p.setColor(QPalette::Link, QColor(0x00, 0x3d, 0xa5));
  p.setColor(QPalette::ToolTipBase, Qt::white);
  p.setColor(QPalette::ToolTipText, Qt::black);
  return p;
}

QFont uiFont(double pointSize) {
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPointSizeF(pointSize);
  return f;
}

QFont monoFont(double pointSize) {
  QFont f(QStringLiteral("DejaVu Sans Mono"));
  f.setStyleHint(QFont::Monospace);
  f.setPointSizeF(pointSize);
  return f;
}

QLabel* wrappingLabel(const QString& objectName) {
  auto* label = new QLabel;
  label->setObjectName(objectName);
  label->setWordWrap(true);
  return label;
}

}  // namespace ys::ui
