// codeeditor.h — the program text, with where the run is and where it waits.
//
// A QsciScintilla with the Python lexer. Margin 0 holds line numbers,
// margin 1 the symbols (breakpoints, the arrow on the line about to run, a
// fainter arrow on the line just run), margin 2 the names of generators
// suspended on a line ("‖ squares#1", a pause sign DejaVu Sans Mono has), whose line also gets an amber
// background: a paused generator is the thing a student must not miss.
// Errors appear as a boxed annotation under their line.
//
// Programmatic text changes are told apart from the user's typing, so only
// real edits emit userEdited (which ends the current run).
#pragma once

#include <QString>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "ui/panels/qsci.h"

namespace ys::ui {

class CodeEditor : public QsciScintilla {
  Q_OBJECT
 public:
  explicit CodeEditor(QWidget* parent = nullptr);

  void setProgram(const QString& text);  // replaces the text; not a user edit
  // 1-based lines; 0 clears that arrow.
  void setExecutionLines(int current, int previous);
  // (line, label) for each suspended generator; several on a line are joined.
  void setSuspendedGenerators(const std::vector<std::pair<int, QString>>& marks);
  // Predict-next: the line the class guesses runs next, boxed in purple; 0 clears.
  void setGuessLine(int line);
  int guessLine() const { return m_guessLine; }
  void showError(int line, const QString& message);  // line 1-based
  void clearError();
  int errorLine() const { return m_errorLine; }
  QString errorText() const { return m_errorText; }
  QString suspendedLabel(int line) const;
  // Whether a 1-based line is inside the visible part of the editor.
  bool isLineOnScreen(int line) const;  // margin text on a 1-based line

  const std::set<int>& breakpoints() const { return m_breakpoints; }
  void setBreakpoints(const std::set<int>& lines);
  void toggleBreakpoint(int line);  // 1-based
  // Whether a point of the viewport is on the line numbers or the symbol
  // margin, where a click toggles a breakpoint.
  bool isInBreakpointMargin(const QPoint& viewportPos) const;
  void setDark(bool dark);
  void setBaseFontSize(int points);
  // The error box's text as shown: wrapped to the editor's width.
  QString shownErrorText() const { return m_errorShown; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 Q_SIGNALS:
  void userEdited();
  void breakpointsChanged(const std::set<int>& lines);

 private:
  void setupMargins();
  void setupMarkers();
  void applyFonts();
  void updateLabelMarginWidth();
  void annotateError();
  QString wrapToWidth(const QString& text) const;
  void onMarginClicked(int margin, int line, Qt::KeyboardModifiers modifiers);

  enum Markers {
    BreakpointMarker,
    CurrentArrow,
    PreviousArrow,
    CurrentBackground,
    SuspendedBackground,
    ErrorBackground,
    GuessBox,
    GuessBackground
  };
  QsciLexerPython* m_lexer = nullptr;
  bool m_programmatic = false;
  std::set<int> m_breakpoints;
  std::map<int, QString> m_labels;  // 0-based line -> "‖ squares#1" in the label margin
  int m_currentLine = 0;            // 1-based line of the arrow, 0 when none
  int m_guessLine = 0;              // 1-based line of the class's guess (predict-next), 0 when none
  int m_errorLine = 0;
  QString m_errorText;
  QString m_errorShown;
  // The widest "‖ name#1" label this program can show, reserved from the
  // start, so the code does not jump sideways when a generator first pauses.
  QString m_reservedLabel;
  int m_fontSize = 11;
  bool m_dark = false;
};

}  // namespace ys::ui
