// examplesdialog.h — the examples browser: every bundled example with its
// title and one-line lesson, so a teacher picks by what it teaches.
#pragma once

#include <QDialog>

#include "ui/examplecatalog.h"

class QListWidget;
class QLabel;

namespace ys::ui {

class ExamplesDialog : public QDialog {
  Q_OBJECT
 public:
  ExamplesDialog(const ExampleCatalog& catalog, QWidget* parent = nullptr);
  QString chosenFile() const;  // empty when none chosen

 private:
  QListWidget* m_list = nullptr;
  QLabel* m_lesson = nullptr;
};

}  // namespace ys::ui
