// lexer.cpp — CPython-compatible tokenizer (see lexer.h for the token model).
#include "core/frontend/lexer.h"

#include <algorithm>
#include <cstring>

#include "core/base/text.h"

namespace ys {

namespace {

constexpr int kMaxBrackets = 200;  // CPython's MAXLEVEL: "too many nested parentheses"
constexpr int kMaxIndent = 100;    // CPython's MAXINDENT: "too many levels of indentation"

bool isIdStart(unsigned char c) {
  return c == '_' || unsigned((c | 0x20) - 'a') < 26u || c >= 0x80;
}
bool isIdChar(unsigned char c) {
  return isIdStart(c) || unsigned(c - '0') < 10u;
}
bool isDigit(unsigned char c) {
  return unsigned(c - '0') < 10u;
}
bool isHex(unsigned char c) {
  return isDigit(c) || unsigned((c | 0x20) - 'a') < 6u;
}

// Length in bytes of the UTF-8 sequence starting at s[i], or 0 when invalid.
size_t utf8SeqLen(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  return n;
}

int countChars(std::string_view s) {
  return static_cast<int>(utf8Length(s));
}

std::vector<std::string_view> splitLines(std::string_view src) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < src.size()) {
    size_t nl = src.find('\n', start);
    size_t end = nl == std::string_view::npos ? src.size() : nl;
    std::string_view line = src.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

class Lexer {
 public:
  Lexer(std::string_view src, const std::string& filename) : m_src(src), m_file(filename) {}

  LexResult run() {
    m_out.lines = splitLines(m_src);
    if (m_src.size() >= 3 && m_src.substr(0, 3) == "\xEF\xBB\xBF") m_pos = m_lineStart = 3;
    if (checkEncoding()) return std::move(m_out);
    try {
      scanAll();
    } catch (const StopLexing&) {
    }
    m_out.openBrackets = m_brackets;
    return std::move(m_out);
  }

 private:
  struct StopLexing {};

  std::string_view m_src;
  const std::string& m_file;
  size_t m_pos = 0;
  int m_line = 1;
  size_t m_lineStart = 0;
  std::vector<int> m_indents{0}, m_altIndents{0};
  std::vector<OpenBracket> m_brackets;
  LexResult m_out;
  bool m_atLineStart = true;
  bool m_lineHasTokens = false;
  // Character-column cache for the current line: (byte offset, char column).
  size_t m_cacheByte = 0;
  int m_cacheChar = 0;
  size_t m_cacheLineStart = static_cast<size_t>(-1);

  char peek(size_t k = 0) const { return m_pos + k < m_src.size() ? m_src[m_pos + k] : '\0'; }
  bool atEnd() const { return m_pos >= m_src.size(); }

  int charCol(size_t bytePos) {
    if (m_cacheLineStart != m_lineStart || bytePos < m_cacheByte) {
      m_cacheLineStart = m_lineStart;
      m_cacheByte = m_lineStart;
      m_cacheChar = 0;
    }
    m_cacheChar += countChars(m_src.substr(m_cacheByte, bytePos - m_cacheByte));
    m_cacheByte = bytePos;
    return m_cacheChar;
  }

  std::string_view lineText(int line) const { return m_out.lineText(line); }

  // CPython rejects a file that is not UTF-8 (no coding cookie support here)
  // and one that holds a NUL byte, before any token.
  bool checkEncoding() {
    int line = 1;
    for (size_t i = 0; i < m_src.size();) {
      unsigned char c = m_src[i];
      if (c == 0) {
        SyntaxErrorInfo e;
        e.message = "source code cannot contain null bytes";
        e.filename = m_file;
        e.line = line;
        std::string_view text = lineText(line);
        e.sourceLine = std::string(text.substr(0, text.find('\0')));
        m_out.error = e;
        pushErrorToken(line);
        return true;
      }
      size_t n = utf8SeqLen(m_src, i);
      if (n == 0) {
        static const char* hex = "0123456789abcdef";
        SyntaxErrorInfo e;
        e.message = std::string("Non-UTF-8 code starting with '\\x") + hex[c >> 4] + hex[c & 15] + "' in file " +
                    m_file + " on line " + std::to_string(line) +
                    ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        e.filename = m_file;
        e.line = 0;  // python3 prints no location block for this one
        m_out.error = e;
        pushErrorToken(line);
        return true;
      }
      if (c == '\n') ++line;
      i += n;
    }
    return false;
  }

  void pushErrorToken(int line) {
    Token t;
    t.kind = TokKind::Error;
    t.line = t.endLine = line;
    m_out.tokens.push_back(t);
  }

  // Stops tokenizing with an error; `offset` is CPython's 1-based column.
  [[noreturn]] void fail(const std::string& msg, int line, int offset, int endOffset = 0,
                         const char* type = "SyntaxError") {
    m_out.error = m_out.errorAt(m_file, msg, line, offset, endOffset, type);
    pushErrorToken(line);
    throw StopLexing{};
  }
  // Error whose caret is under the character just before byte position `pos`
  // on the current line (CPython reports tok->cur).
  [[noreturn]] void failAtCur(const std::string& msg, size_t pos) { fail(msg, m_line, charCol(pos)); }

  void newLine(size_t afterNewline) {
    ++m_line;
    m_lineStart = afterNewline;
  }

  Token& emit(TokKind kind, size_t start, size_t end, int startLine, size_t startLineStart) {
    Token t;
    t.kind = kind;
    t.text = m_src.substr(start, end - start);
    t.line = startLine;
    t.endLine = m_line;
    t.level = static_cast<int>(m_brackets.size());
    t.bcol = static_cast<int>(start - startLineStart);
    t.endBcol = static_cast<int>(end - m_lineStart);
    if (startLineStart == m_lineStart) {
      t.col = charCol(start);
    } else {
      t.col = countChars(m_src.substr(startLineStart, start - startLineStart));
    }
    t.endCol = charCol(end);
    m_out.tokens.push_back(t);
    m_lineHasTokens = true;
    return m_out.tokens.back();
  }
  void emitHere(TokKind kind, size_t start, size_t end) { emit(kind, start, end, m_line, m_lineStart); }

  void scanAll() {
    for (;;) {
      if (m_atLineStart && m_brackets.empty()) {
        if (!indentation()) break;
      }
      m_atLineStart = false;
      skipSpaces();
      if (atEnd()) break;
      char c = peek();
      if (c == '#') {
        while (!atEnd() && peek() != '\n' && peek() != '\r') ++m_pos;
        continue;
      }
      if (c == '\\') {
        continuation();
        continue;
      }
      if (c == '\n' || c == '\r') {
        lineEnd();
        continue;
      }
      token();
    }
    finish();
  }

  void skipSpaces() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++m_pos;
  }

  void continuation() {
    size_t at = m_pos;
    ++m_pos;
    if (peek() == '\r') ++m_pos;
    if (peek() == '\n') {
      ++m_pos;
      newLine(m_pos);
      if (atEnd()) fail("unexpected EOF while parsing", m_line - 1, charCol(at));
      return;
    }
    if (atEnd()) fail("unexpected EOF while parsing", m_line, charCol(at) + 1);
    size_t n = utf8SeqLen(m_src, m_pos);
    failAtCur("unexpected character after line continuation character", m_pos + (n ? n : 1));
  }

  void lineEnd() {
    size_t start = m_pos;
    if (peek() == '\r') ++m_pos;
    if (peek() == '\n') ++m_pos;
    if (m_brackets.empty() && m_lineHasTokens) {
      emitHere(TokKind::Newline, start, start + 1);
      m_out.tokens.back().text = "\n";
      m_atLineStart = true;
      m_lineHasTokens = false;
    }
    newLine(m_pos);
  }

  // Measures the indentation of a new logical line and emits INDENT/DEDENT.
  // Blank and comment-only lines are skipped whole. Returns false at EOF.
  bool indentation() {
    for (;;) {
      int col = 0, altcol = 0;
      while (!atEnd()) {
        char c = peek();
        if (c == ' ') {
          ++col, ++altcol;
        } else if (c == '\t') {
          col = (col / 8 + 1) * 8;
          ++altcol;
        } else if (c == '\f') {
          col = altcol = 0;
        } else {
          break;
        }
        ++m_pos;
      }
      if (atEnd()) return false;
      char c = peek();
      if (c == '#') {
        while (!atEnd() && peek() != '\n' && peek() != '\r') ++m_pos;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (peek() == '\r') ++m_pos;
        if (peek() == '\n') ++m_pos;
        newLine(m_pos);
        continue;
      }
      if (c == '\\') return true;  // a continuation line: CPython keeps the indentation as is
      applyIndent(col, altcol);
      return true;
    }
  }

  void applyIndent(int col, int altcol) {
    int lineLen = countChars(lineText(m_line));
    if (col == m_indents.back()) {
      if (altcol != m_altIndents.back()) tabError();
    } else if (col > m_indents.back()) {
      if (m_indents.size() >= kMaxIndent)
        fail("too many levels of indentation", m_line, lineLen + 1, 0, "IndentationError");
      if (altcol <= m_altIndents.back()) tabError();
      m_indents.push_back(col);
      m_altIndents.push_back(altcol);
      emitHere(TokKind::Indent, m_pos, m_pos);
      m_lineHasTokens = false;
    } else {
      while (m_indents.size() > 1 && col < m_indents.back()) {
        m_indents.pop_back();
        m_altIndents.pop_back();
        emitHere(TokKind::Dedent, m_pos, m_pos);
      }
      m_lineHasTokens = false;
      if (col != m_indents.back())
        fail("unindent does not match any outer indentation level", m_line, lineLen + 1, 0, "IndentationError");
      if (altcol != m_altIndents.back()) tabError();
    }
  }

  [[noreturn]] void tabError() { fail("inconsistent use of tabs and spaces in indentation", m_line, 0, 0, "TabError"); }

  void finish() {
    if (!m_brackets.empty()) {
      m_out.eofInBrackets = true;
      pushErrorToken(m_line);
      return;
    }
    if (m_lineHasTokens) {
      emitHere(TokKind::Newline, m_pos, m_pos);
      m_out.tokens.back().text = "";
    }
    while (m_indents.size() > 1) {
      m_indents.pop_back();
      emitHere(TokKind::Dedent, m_pos, m_pos);
    }
    emitHere(TokKind::EndMarker, m_pos, m_pos);
  }

  void token() {
    unsigned char c = peek();
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return number();
    if (c == '"' || c == '\'') return string(m_pos);
    if (isIdStart(c)) return nameOrString();
    op();
  }

  void nameOrString() {
    size_t start = m_pos;
    while (!atEnd() && isIdChar(peek())) {
      if (static_cast<unsigned char>(peek()) >= 0x80) checkIdentifierChar();
      ++m_pos;
    }
    std::string_view word = m_src.substr(start, m_pos - start);
    if ((peek() == '"' || peek() == '\'') && isStringPrefix(word)) return string(start);
    emitHere(TokKind::Name, start, m_pos);
    m_out.tokens.back().keyword = isKeyword(word);
  }

  // Characters CPython refuses in identifiers that beginners paste by
  // accident (curly quotes, dashes, non-breaking space ...).
  void checkIdentifierChar() {
    size_t n = utf8SeqLen(m_src, m_pos);
    if (n == 0) return;  // not reachable: checkEncoding() accepted the source
    size_t next = m_pos;
    const uint32_t cp = utf8Decode(m_src, next);
    bool bad = cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
               (cp >= 0x2190 && cp <= 0x2BFF) || cp == 0xD7 || cp == 0xF7 || cp == 0xAB || cp == 0xBB;
    if (!bad) {
      m_pos += n - 1;  // caller advances the last byte
      return;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    std::string ch(m_src.substr(m_pos, n));
    failAtCur("invalid character '" + ch + "' (U+" + buf + ")", m_pos + 1);
  }

  static bool isStringPrefix(std::string_view w) {
    if (w.size() > 2) return false;
    std::string p;
    for (char ch : w) p += static_cast<char>(ch | 0x20);
    return p == "r" || p == "b" || p == "u" || p == "f" || p == "rb" || p == "br" || p == "fr" || p == "rf";
  }

  void string(size_t start) {
    int startLine = m_line;
    size_t startLineStart = m_lineStart;
    int startCol = charCol(start);
    char q = peek();
    bool triple = peek(1) == q && peek(2) == q;
    m_pos += triple ? 3 : 1;
    for (;;) {
      if (atEnd()) unterminated(triple, startLine, startCol);
      char c = peek();
      if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
        m_pos += triple ? 3 : 1;
        break;
      }
      if (c == '\\') {
        ++m_pos;
        if (atEnd()) unterminated(triple, startLine, startCol);
        c = peek();
        if (c == '\r' && peek(1) == '\n') ++m_pos;
        ++m_pos;
        if (c == '\n' || c == '\r') newLine(m_pos);
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (!triple) unterminated(false, startLine, startCol);
        if (c == '\r' && peek(1) == '\n') ++m_pos;
        ++m_pos;
        newLine(m_pos);
        continue;
      }
      ++m_pos;
    }
    emit(TokKind::String, start, m_pos, startLine, startLineStart);
  }

  [[noreturn]] void unterminated(bool triple, int startLine, int startCol) {
    int detected = std::min(m_line, static_cast<int>(m_out.lines.size()));
    if (triple) {
      detected = static_cast<int>(m_out.lines.size());
      fail("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")", startLine,
           startCol + 1);
    }
    fail("unterminated string literal (detected at line " + std::to_string(detected) + ")", startLine, startCol + 1);
  }

  // Digits with single underscores between them; false if none.
  bool digits(bool (*ok)(unsigned char), const char* what) {
    if (!ok(peek())) return false;
    while (ok(peek())) {
      ++m_pos;
      if (peek() == '_') {
        ++m_pos;
        if (!ok(peek())) failAtCur(std::string("invalid ") + what + " literal", m_pos);
      }
    }
    return true;
  }

  void number() {
    size_t start = m_pos;
    char c = peek();
    if (c == '0' && ((peek(1) | 0x20) == 'x' || (peek(1) | 0x20) == 'o' || (peek(1) | 0x20) == 'b')) {
      radixNumber(start);
      return;
    }
    if (c != '.') {
      bool leadingZero = c == '0';
      digits(isDigit, "decimal");
      if (leadingZero) checkLeadingZeros(start);
    }
    if (peek() == '.') {
      ++m_pos;
      if (isDigit(peek())) digits(isDigit, "decimal");
    }
    if ((peek() | 0x20) == 'e') {
      size_t save = m_pos;
      ++m_pos;
      const bool sign = peek() == '+' || peek() == '-';
      if (sign) ++m_pos;
      if (!digits(isDigit, "decimal")) {
        // As CPython's tokenizer: a sign must be followed by digits (the
        // caret under the sign); otherwise the number ends before the 'e',
        // which must then start a keyword such as `else` (the caret under
        // the character before the 'e').
        if (sign) failAtCur("invalid decimal literal", m_pos);
        m_pos = save;
        endOfNumber("decimal");
        emitHere(TokKind::Number, start, m_pos);
        return;
      }
    }
    if ((peek() | 0x20) == 'j') ++m_pos;
    endOfNumber("decimal");
    emitHere(TokKind::Number, start, m_pos);
  }

  void checkLeadingZeros(size_t start) {
    std::string_view lit = m_src.substr(start, m_pos - start);
    bool allZero = lit.find_first_not_of("0_") == std::string_view::npos;
    char next = peek();
    if (allZero || next == '.' || (next | 0x20) == 'e' || (next | 0x20) == 'j') return;
    int col = charCol(start);
    fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", m_line,
         col + 1, col + 1);
  }

  void radixNumber(size_t start) {
    char r = peek(1) | 0x20;
    m_pos += 2;
    bool (*ok)(unsigned char) = r == 'x'   ? isHex
                                : r == 'o' ? +[](unsigned char ch) { return unsigned(ch - '0') < 8u; }
                                           : +[](unsigned char ch) { return ch == '0' || ch == '1'; };
    const char* what = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
    if (peek() == '_') ++m_pos;
    if (!digits(ok, what)) {
      if (r != 'x' && isDigit(peek()))
        failAtCur(std::string("invalid digit '") + peek() + "' in " + what + " literal", m_pos + 1);
      failAtCur(std::string("invalid ") + what + " literal", m_pos);
    }
    if (r != 'x' && isDigit(peek()))
      failAtCur(std::string("invalid digit '") + peek() + "' in " + what + " literal", m_pos + 1);
    endOfNumber(what);
    emitHere(TokKind::Number, start, m_pos);
  }

  // A number glued to a name ("12abc") is an error; CPython allows the
  // keywords that may follow a number (1if x else y) and warns, we accept them.
  void endOfNumber(const char* what) {
    if (!isIdStart(peek())) return;
    static const char* okWords[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (const char* w : okWords) {
      size_t n = std::strlen(w);
      if (m_src.substr(m_pos, n) == w && !isIdChar(m_pos + n < m_src.size() ? m_src[m_pos + n] : ' ')) return;
    }
    failAtCur(std::string("invalid ") + what + " literal", m_pos + 1 - 1);
  }

  // Length of the operator at the cursor: the longest of CPython's operators.
  size_t opLength() const {
    char a = peek(), b = peek(1), c = peek(2);
    if (a == '.' && b == '.' && c == '.') return 3;
    if (c == '=' &&
        ((a == '*' && b == '*') || (a == '/' && b == '/') || (a == '>' && b == '>') || (a == '<' && b == '<')))
      return 3;
    if (b == '=' && std::strchr("=!<>+-*/%&|^@:", a)) return 2;
    if ((a == '-' && b == '>') || (a == '*' && b == '*') || (a == '/' && b == '/') || (a == '<' && b == '<') ||
        (a == '>' && b == '>'))
      return 2;
    return 1;
  }

  void op() {
    size_t start = m_pos;
    size_t len = opLength();
    char c = peek();
    if (len == 1 && (c == '\0' || !std::strchr("()[]{},:;.+-*/%&|^~<>=@", c))) {
      // CPython hands unknown characters to the parser, which says "invalid syntax".
      size_t n = utf8SeqLen(m_src, m_pos);
      len = n ? n : 1;
    }
    if (len == 1) brackets(c, start);
    m_pos = start + len;
    emitHere(TokKind::Op, start, m_pos);
  }

  void brackets(char c, size_t start) {
    if (c == '(' || c == '[' || c == '{') {
      if (m_brackets.size() >= kMaxBrackets) failAtCur("too many nested parentheses", start + 1);
      m_brackets.push_back({c, m_line, charCol(start)});
      return;
    }
    if (c != ')' && c != ']' && c != '}') return;
    if (m_brackets.empty()) failAtCur(std::string("unmatched '") + c + "'", start + 1);
    OpenBracket open = m_brackets.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != want) {
      std::string msg =
          std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.ch + "'";
      if (open.line != m_line) msg += " on line " + std::to_string(open.line);
      failAtCur(msg, start + 1);
    }
    // The token's level is the depth before the closing bracket, as CPython.
    m_brackets.pop_back();
  }
};

}  // namespace

bool isKeyword(std::string_view w) {
  static const std::string_view kKeywords[] = {
      "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
      "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
      "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
      "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
  if (w.size() < 2 || w.size() > 8) return false;
  for (std::string_view k : kKeywords)
    if (k.size() == w.size() && k[0] == w[0] && k == w) return true;
  return false;
}

SyntaxErrorInfo LexResult::errorAt(const std::string& filename, const std::string& message, int line, int col,
                                   int endCol, const char* type) const {
  SyntaxErrorInfo e;
  e.type = type;
  e.message = message;
  e.filename = filename;
  e.line = line;
  e.col = col;
  e.endCol = endCol;
  e.sourceLine = std::string(lineText(line));
  return e;
}

LexResult tokenize(std::string_view source, const std::string& filename) {
  return Lexer(source, filename).run();
}

StringParts splitString(const Token& tok) {
  StringParts p;
  std::string_view t = tok.text;
  size_t i = 0;
  while (i < t.size() && t[i] != '"' && t[i] != '\'') {
    char c = t[i] | 0x20;
    p.raw |= c == 'r';
    p.bytes |= c == 'b';
    p.fstring |= c == 'f';
    ++i;
  }
  size_t q = (i + 2 < t.size() && t[i + 1] == t[i] && t[i + 2] == t[i] && t.size() - i >= 6) ? 3 : 1;
  p.body = t.substr(i + q, t.size() - i - 2 * q);
  p.bodyLine = tok.line;
  p.bodyCol = tok.col + static_cast<int>(i + q);
  p.bodyBcol = tok.bcol + static_cast<int>(i + q);
  return p;
}

namespace {

struct NamedChar {
  const char* name;
  uint32_t cp;
};
// The \N{...} names a teaching program is likely to use.
const NamedChar kNamedChars[] = {
    {"BULLET", 0x2022},
    {"EM DASH", 0x2014},
    {"EN DASH", 0x2013},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"RIGHTWARDS ARROW", 0x2192},
    {"LEFTWARDS ARROW", 0x2190},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"DEGREE SIGN", 0xB0},
    {"MULTIPLICATION SIGN", 0xD7},
    {"CHECK MARK", 0x2713},
    {"SPACE", 0x20},
    {"NO-BREAK SPACE", 0xA0},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"INFINITY", 0x221E},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"SNOWMAN", 0x2603},
    {"COPYRIGHT SIGN", 0xA9},
    {"EURO SIGN", 0x20AC},
    {"POUND SIGN", 0xA3},
    {"SECTION SIGN", 0xA7},
    {"NULL", 0},
    {"LINE FEED", 10},
    {"CHARACTER TABULATION", 9},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"FULL BLOCK", 0x2588},
    {"SNAKE", 0x1F40D},
};

std::string unicodeError(bool bytes, size_t from, size_t to, const char* what) {
  std::string pos = from + 1 == to ? "position " + std::to_string(from)
                                   : "position " + std::to_string(from) + "-" + std::to_string(to - 1);
  return std::string("(") + (bytes ? "value error) " : "unicode error) 'unicodeescape' codec can't decode bytes in ") +
         (bytes ? "" : pos + ": ") + what;
}

}  // namespace

DecodeResult decodeEscapes(std::string_view s, bool bytes) {
  DecodeResult r;
  r.text.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\r') {  // normalise line ends inside literals, as CPython does
      r.text += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      continue;
    }
    if (c != '\\' || i + 1 >= s.size()) {
      r.text += c;
      continue;
    }
    size_t at = i;
    char e = s[++i];
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        break;
      case '\\':
        r.text += '\\';
        break;
      case '\'':
        r.text += '\'';
        break;
      case '"':
        r.text += '"';
        break;
      case 'a':
        r.text += '\a';
        break;
      case 'b':
        r.text += '\b';
        break;
      case 'f':
        r.text += '\f';
        break;
      case 'n':
        r.text += '\n';
        break;
      case 'r':
        r.text += '\r';
        break;
      case 't':
        r.text += '\t';
        break;
      case 'v':
        r.text += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = 0;
        int n = 0;
        while (n < 3 && i < s.size() && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0'), ++n;
        --i;
        if (bytes)
          r.text += static_cast<char>(v & 0xFF);
        else
          appendUtf8(r.text, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {
          r.text += '\\';
          r.text += e;
          break;
        }
        int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int n = 0;
        while (n < want && i + 1 < s.size() && isHex(s[i + 1])) {
          char h = s[++i];
          v = v * 16 + (isDigit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
          ++n;
        }
        if (n < want) {
          std::string what = e == 'x'   ? "truncated \\xXX escape"
                             : e == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
          r.error = bytes ? "(value error) invalid \\x escape at position " + std::to_string(at)
                          : unicodeError(false, at, i + 1, what.c_str());
          return r;
        }
        if (v > 0x10FFFF) {
          r.error = unicodeError(false, at, i + 1, "illegal Unicode character");
          return r;
        }
        if (bytes) {
          r.text += static_cast<char>(v);
        } else if (v >= 0xDC80 && v <= 0xDCFF) {
          utf8Append(r.text, v);  // the one byte that stands for it
        } else if (v >= 0xD800 && v <= 0xDFFF) {
          r.unsupported = "lone surrogates such as '\\u" + std::string(1, "0123456789abcdef"[(v >> 12) & 15]) +
                          "0123456789abcdef"[(v >> 8) & 15] + "0123456789abcdef"[(v >> 4) & 15] +
                          "0123456789abcdef"[v & 15] + "' in strings";
          return r;
        } else {
          appendUtf8(r.text, v);
        }
        break;
      }
      case 'N': {
        size_t close = s.find('}', i);
        if (bytes || i + 1 >= s.size() || s[i + 1] != '{' || close == std::string_view::npos) {
          if (bytes) {
            r.text += "\\N";
            break;
          }
          // An opened but unclosed name runs to the end of the literal.
          const size_t end = i + 1 < s.size() && s[i + 1] == '{' ? s.size() : i + 1;
          r.error = unicodeError(false, at, end, "malformed \\N character escape");
          return r;
        }
        std::string name(s.substr(i + 2, close - i - 2));
        for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        bool found = false;
        for (const NamedChar& nc : kNamedChars) {
          if (name == nc.name) {
            appendUtf8(r.text, nc.cp);
            found = true;
          }
        }
        if (!found) {
          r.error = unicodeError(false, at, close + 1, "unknown Unicode character name");
          return r;
        }
        i = close;
        break;
      }
      default:  // unknown escapes stay as written (CPython only warns)
        r.text += '\\';
        r.text += e;
    }
  }
  return r;
}

}  // namespace ys
