// examplecatalog.h — the bundled example programs and their lessons.
//
// resources/examples/index.json lists each example: file, title, one-line
// lesson, lines to watch, and whether it shows an error on purpose. The
// catalog reads it from the Qt resources compiled into the app, or, in a
// build without the .qrc, from the source tree, so the Examples menu works
// either way.
#pragma once

#include <QList>
#include <QString>

namespace ys::ui {

struct ExampleInfo {
  QString file;  // "squares.py", relative to the index
  QString title;
  QString lesson;
  QList<int> watch;  // lines to watch
  bool expectsError = false;
};

class ExampleCatalog {
 public:
  // Loads the index from the first place that has one; false when none does.
  bool load();
  // Loads an index from a given directory (tests, or a folder of examples).
  bool loadFrom(const QString& directory);
  const QList<ExampleInfo>& examples() const { return m_examples; }
  const ExampleInfo* find(const QString& fileOrTitle) const;
  QString sourceOf(const ExampleInfo& example) const;  // empty when unreadable
  QString directory() const { return m_dir; }

 private:
  QList<ExampleInfo> m_examples;
  QString m_dir;
};

}  // namespace ys::ui
