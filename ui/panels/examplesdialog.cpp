#include "ui/panels/examplesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ys::ui {

ExamplesDialog::ExamplesDialog(const ExampleCatalog& catalog, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Examples"));
  setObjectName(QStringLiteral("examplesDialog"));
  m_list = new QListWidget;
  m_list->setObjectName(QStringLiteral("examplesList"));
  m_list->setWordWrap(true);
  m_list->setSpacing(2);
  for (const ExampleInfo& e : catalog.examples()) {
    auto* item = new QListWidgetItem(e.title + QLatin1Char('\n') + QStringLiteral("    ") + e.lesson);
    item->setData(Qt::UserRole, e.file);
    item->setToolTip(e.file);
    m_list->addItem(item);
  }
  m_lesson = new QLabel;
  m_lesson->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(
      new QLabel(tr("Each example teaches one thing about generators. Pick one and press Next to step through it.")));
  layout->addWidget(m_list, 1);
  layout->addWidget(buttons);
  if (m_list->count()) m_list->setCurrentRow(0);
  resize(640, 520);
}

QString ExamplesDialog::chosenFile() const {
  const QListWidgetItem* item = m_list->currentItem();
  return item ? item->data(Qt::UserRole).toString() : QString();
}

}  // namespace ys::ui
