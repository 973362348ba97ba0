#include "ui/panels/codeeditor.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QStringList>
#include <algorithm>
#include <map>

namespace ys::ui {

namespace {
constexpr int kSymbolMargin = 1;
constexpr int kLabelMargin = 2;
constexpr int kErrorStyle = 100;      // annotation style numbers above the lexer's
constexpr int kSuspendedStyle = 101;  // margin text style
constexpr int kLabelNameChars = 10;   // longer generator names are shortened in the margin (the card has them whole)

// "square_generator#1" -> "square_ge…#1": the margin is taken from the code's
// width, which a 720p projector cannot spare.
QString shortTitle(const QString& title) {
  const qsizetype hash = title.lastIndexOf(QLatin1Char('#'));
  const QString name = hash < 0 ? title : title.left(hash);
  if (name.size() <= kLabelNameChars) return title;
  return name.left(kLabelNameChars - 1) + QStringLiteral("…") + (hash < 0 ? QString() : title.mid(hash));
}
}  // namespace

CodeEditor::CodeEditor(QWidget* parent) : QsciScintilla(parent) {
  setObjectName(QStringLiteral("codeEditor"));
  m_lexer = new QsciLexerPython(this);
  m_lexer->setFoldComments(false);
  setLexer(m_lexer);
  setUtf8(true);
  setIndentationsUseTabs(false);
  setIndentationWidth(4);
  setAutoIndent(true);
  setCaretLineVisible(false);
  SendScintilla(SCI_SETSCROLLWIDTH, 1L);
  SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);
  setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
  // Scrolling to the current line keeps two lines of context around it.
  SendScintilla(SCI_SETVISIBLEPOLICY, VISIBLE_SLOP, 2L);
  SendScintilla(SCI_SETYCARETPOLICY, CARET_SLOP | CARET_EVEN, 2L);
  setupMargins();
  setupMarkers();
  applyFonts();
  connect(this, &QsciScintilla::textChanged, this, [this] {
    if (!m_programmatic) Q_EMIT userEdited();
  });
  connect(this, &QsciScintilla::marginClicked, this, &CodeEditor::onMarginClicked);
}

void CodeEditor::setupMargins() {
  setMarginType(0, QsciScintilla::NumberMargin);
  setMarginLineNumbers(0, true);
  setMarginType(kSymbolMargin, QsciScintilla::SymbolMargin);
  setMarginSensitivity(kSymbolMargin, true);
  setMarginType(kLabelMargin, QsciScintilla::TextMarginRightJustified);
  setMarginSensitivity(0, true);  // clicking a line number also toggles a breakpoint
  setMarginMarkerMask(kLabelMargin, 0);
  setFolding(QsciScintilla::NoFoldStyle);
}

void CodeEditor::setupMarkers() {
  markerDefine(QsciScintilla::Circle, BreakpointMarker);
  setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), BreakpointMarker);
  setMarkerForegroundColor(QColor(0x90, 0x10, 0x10), BreakpointMarker);
  markerDefine(QsciScintilla::RightArrow, CurrentArrow);
  setMarkerBackgroundColor(QColor(0x1f, 0x6f, 0xd0), CurrentArrow);
  setMarkerForegroundColor(QColor(0x10, 0x40, 0x90), CurrentArrow);
  markerDefine(QsciScintilla::RightArrow, PreviousArrow);
  setMarkerBackgroundColor(QColor(0xb8, 0xc8, 0xe0), PreviousArrow);
  setMarkerForegroundColor(QColor(0x98, 0xa8, 0xc0), PreviousArrow);
  markerDefine(QsciScintilla::Background, CurrentBackground);
  markerDefine(QsciScintilla::Background, SuspendedBackground);
  markerDefine(QsciScintilla::Background, ErrorBackground);
  markerDefine(QsciScintilla::Rectangle, GuessBox);
  setMarkerBackgroundColor(QColor(0x7b, 0x3f, 0xc4), GuessBox);
  setMarkerForegroundColor(QColor(0x4b, 0x1f, 0x84), GuessBox);
  markerDefine(QsciScintilla::Background, GuessBackground);
  setMarkerBackgroundColor(QColor(0xe8, 0xdc, 0xff), GuessBackground);
  setDark(false);
}

void CodeEditor::setDark(bool dark) {
  m_dark = dark;
  setMarkerBackgroundColor(dark ? QColor(0x1d, 0x3b, 0x66) : QColor(0xd6, 0xe6, 0xff), CurrentBackground);
  setMarkerBackgroundColor(dark ? QColor(0x5a, 0x3d, 0x00) : QColor(0xff, 0xe2, 0xa8), SuspendedBackground);
  setMarkerBackgroundColor(dark ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xff, 0xd0, 0xd0), ErrorBackground);
  const QColor paper = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
  const QColor ink = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black);
  m_lexer->setDefaultPaper(paper);
  m_lexer->setPaper(paper);
  if (dark) {
    // The lexer's own colours are picked for white paper; brighten them.
    const std::map<int, QColor> colours = {{QsciLexerPython::Default, ink},
                                           {QsciLexerPython::Comment, QColor(0x8f, 0xbf, 0x7f)},
                                           {QsciLexerPython::Number, QColor(0x7f, 0xd7, 0xd7)},
                                           {QsciLexerPython::DoubleQuotedString, QColor(0xe0, 0xb0, 0x70)},
                                           {QsciLexerPython::SingleQuotedString, QColor(0xe0, 0xb0, 0x70)},
                                           {QsciLexerPython::Keyword, QColor(0x9f, 0xb8, 0xff)},
                                           {QsciLexerPython::FunctionMethodName, QColor(0xff, 0xd0, 0x70)},
                                           {QsciLexerPython::Operator, ink},
                                           {QsciLexerPython::Identifier, ink},
                                           {QsciLexerPython::ClassName, QColor(0xff, 0xd0, 0x70)}};
    for (const auto& [style, colour] : colours) m_lexer->setColor(colour, style);
  } else {
    for (int style = 0; style < 20; ++style) m_lexer->setColor(m_lexer->defaultColor(style), style);
  }
  setMarginsBackgroundColor(dark ? QColor(0x2a, 0x2b, 0x2f) : QColor(0xf0, 0xf0, 0xf0));
  setMarginsForegroundColor(dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70));
  setCaretForegroundColor(ink);
}

void CodeEditor::setBaseFontSize(int points) {
  m_fontSize = points;
  applyFonts();
}

void CodeEditor::applyFonts() {
  QFont mono(QStringLiteral("DejaVu Sans Mono"), m_fontSize);
  mono.setStyleHint(QFont::Monospace);
  m_lexer->setDefaultFont(mono);
  m_lexer->setFont(mono);  // every style, not only the default one
  setMarginsFont(mono);
  setMarginWidth(0, QStringLiteral("0000"));
  setMarginWidth(kSymbolMargin, m_fontSize + 8);
  updateLabelMarginWidth();
  SendScintilla(SCI_STYLESETFONT, kSuspendedStyle, mono.family().toUtf8().constData());
  SendScintilla(SCI_STYLESETSIZE, kSuspendedStyle, m_fontSize);
  SendScintilla(SCI_STYLESETBOLD, kSuspendedStyle, 1L);
  SendScintilla(SCI_STYLESETFORE, kSuspendedStyle, QColor(0x8a, 0x4b, 0x00));
  SendScintilla(SCI_STYLESETBACK, kSuspendedStyle, QColor(0xff, 0xe2, 0xa8));
  SendScintilla(SCI_STYLESETFONT, kErrorStyle, mono.family().toUtf8().constData());
  SendScintilla(SCI_STYLESETSIZE, kErrorStyle, m_fontSize);
  SendScintilla(SCI_STYLESETFORE, kErrorStyle, QColor(0x9b, 0x00, 0x00));
  SendScintilla(SCI_STYLESETBACK, kErrorStyle, QColor(0xff, 0xec, 0xec));
  if (m_currentLine > 0) ensureLineVisible(m_currentLine - 1);
}

void CodeEditor::setProgram(const QString& text) {
  m_programmatic = true;
  setText(text);
  m_programmatic = false;
  // Generator functions (a def whose body has a yield: approximated by the
  // program having one) and generator expressions may pause; reserve room
  // for the longest of their labels.
  m_reservedLabel.clear();
  if (text.contains(QLatin1String("yield"))) {
    static const QRegularExpression def(QStringLiteral("^\\s*def\\s+(\\w+)"), QRegularExpression::MultilineOption);
    for (auto it = def.globalMatch(text); it.hasNext();) {
      const QString label = QStringLiteral("‖ ") + shortTitle(it.next().captured(1) + QStringLiteral("#1"));
      if (label.size() > m_reservedLabel.size()) m_reservedLabel = label;
    }
  }
  if (text.contains(QRegularExpression(QStringLiteral("\\(.*\\bfor\\b"))) && m_reservedLabel.size() < 13)
    m_reservedLabel = QStringLiteral("‖ <genexpr>#1");
  clearError();
  setExecutionLines(0, 0);
  setSuspendedGenerators({});
}

void CodeEditor::setExecutionLines(int current, int previous) {
  markerDeleteAll(CurrentArrow);
  markerDeleteAll(PreviousArrow);
  markerDeleteAll(CurrentBackground);
  if (previous > 0 && previous != current) markerAdd(previous - 1, PreviousArrow);
  m_currentLine = current;
  if (current > 0) {
    markerAdd(current - 1, CurrentArrow);
    markerAdd(current - 1, CurrentBackground);
    ensureLineVisible(current - 1);
  }
}

void CodeEditor::setGuessLine(int line) {
  markerDeleteAll(GuessBox);
  markerDeleteAll(GuessBackground);
  m_guessLine = line > 0 && line <= lines() ? line : 0;
  if (m_guessLine) {
    markerAdd(m_guessLine - 1, GuessBox);
    markerAdd(m_guessLine - 1, GuessBackground);
  }
}

void CodeEditor::setSuspendedGenerators(const std::vector<std::pair<int, QString>>& marks) {
  for (const auto& [line, text] : m_labels) clearMarginText(line);  // an empty styled text kept its amber
  markerDeleteAll(SuspendedBackground);
  m_labels.clear();
  std::map<int, QStringList> byLine;
  for (const auto& [line, label] : marks)
    if (line > 0 && line <= lines()) byLine[line - 1] << shortTitle(label);
  for (const auto& [line, labels] : byLine) {
    const QString text = QStringLiteral("‖ ") + labels.join(QStringLiteral(", "));
    setMarginText(line, text + QLatin1Char(' '), kSuspendedStyle);
    markerAdd(line, SuspendedBackground);
    m_labels[line] = text;
  }
  updateLabelMarginWidth();
}

void CodeEditor::updateLabelMarginWidth() {
  // The label margin only takes room while something is suspended.
  QString widest = m_reservedLabel;
  for (const auto& [line, text] : m_labels)
    if (text.size() > widest.size()) widest = text;
  // Measured in the label's own bold font (the margin's default font made it
  // half as wide again, a gap between the label and the code).
  QFont bold(QStringLiteral("DejaVu Sans Mono"), m_fontSize);
  bold.setBold(true);
  setMarginWidth(kLabelMargin,
                 widest.isEmpty() ? 0 : QFontMetrics(bold).horizontalAdvance(widest + QStringLiteral("  ")));
}

bool CodeEditor::isLineOnScreen(int line) const {
  const long first = SendScintilla(SCI_GETFIRSTVISIBLELINE);
  const long shown = SendScintilla(SCI_LINESONSCREEN);
  const long visual = SendScintilla(SCI_VISIBLEFROMDOCLINE, long(line - 1));
  return visual >= first && visual < first + shown;
}

QString CodeEditor::suspendedLabel(int line) const {
  if (line < 1) return {};
  const auto it = m_labels.find(line - 1);
  return it == m_labels.end() ? QString() : it->second;
}

void CodeEditor::showError(int line, const QString& message) {
  clearError();
  if (line < 1 || line > lines()) line = std::max(1, lines());
  m_errorLine = line;
  m_errorText = message;
  annotateError();
  markerAdd(line - 1, ErrorBackground);
  ensureLineVisible(line - 1);
}

void CodeEditor::annotateError() {
  m_errorShown = wrapToWidth(m_errorText);
  clearAnnotations();
  annotate(m_errorLine - 1, m_errorShown, kErrorStyle);
}

// Scintilla's annotation boxes do not wrap: a long message was cut at the
// window's edge. Words go to the next line at the visible width.
QString CodeEditor::wrapToWidth(const QString& text) const {
  QFont mono(QStringLiteral("DejaVu Sans Mono"), m_fontSize);
  const int charWidth = std::max(1, QFontMetrics(mono).horizontalAdvance(QLatin1Char('0')));
  int margins = 0;
  for (int m = 0; m < 3; ++m) margins += marginWidth(m);
  const int columns = std::max(24, (viewport()->width() - margins) / charWidth - 3);
  QStringList out;
  for (const QString& para : text.split(QLatin1Char('\n'))) {
    if (para.size() <= columns) {  // as written, indentation and ^^^ markers included
      out << para;
      continue;
    }
    QString line;
    for (QString word : para.split(QLatin1Char(' '))) {
      while (word.size() > columns) {  // a path or a long repr: cut it
        if (!line.isEmpty()) out << line, line.clear();
        out << word.left(columns);
        word = word.mid(columns);
      }
      if (!line.isEmpty() && line.size() + 1 + word.size() > columns) out << line, line.clear();
      line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    out << line;
  }
  return out.join(QLatin1Char('\n'));
}

// A larger font (zoom, presentation) or a smaller window must not leave
// the current line below the edge.
void CodeEditor::resizeEvent(QResizeEvent* event) {
  QsciScintilla::resizeEvent(event);
  if (m_currentLine > 0) ensureLineVisible(m_currentLine - 1);
  if (m_errorLine > 0 && wrapToWidth(m_errorText) != m_errorShown) annotateError();
}

void CodeEditor::clearError() {
  clearAnnotations();
  markerDeleteAll(ErrorBackground);
  m_errorLine = 0;
  m_errorText.clear();
  m_errorShown.clear();
}

void CodeEditor::setBreakpoints(const std::set<int>& lines) {
  markerDeleteAll(BreakpointMarker);
  m_breakpoints.clear();
  for (int line : lines) {
    if (line < 1 || line > this->lines()) continue;
    markerAdd(line - 1, BreakpointMarker);
    m_breakpoints.insert(line);
  }
}

void CodeEditor::toggleBreakpoint(int line) {
  std::set<int> lines = m_breakpoints;
  if (!lines.erase(line)) lines.insert(line);
  setBreakpoints(lines);
  Q_EMIT breakpointsChanged(m_breakpoints);
}

bool CodeEditor::isInBreakpointMargin(const QPoint& viewportPos) const {
  return viewportPos.x() >= 0 && viewportPos.x() < marginWidth(0) + marginWidth(kSymbolMargin);
}

void CodeEditor::onMarginClicked(int margin, int line, Qt::KeyboardModifiers) {
  if (margin == 0 || margin == kSymbolMargin) toggleBreakpoint(line + 1);
}

}  // namespace ys::ui
