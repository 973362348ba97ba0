// lexer.h — source text to tokens, the way CPython 3.11's tokenizer does it.
//
// The whole source is tokenized up front into a flat vector the parser walks
// by index (cheap lookahead, no callbacks). Token text is a string_view into
// the caller's source, which must outlive the tokens. Layout follows CPython:
// NEWLINE ends a logical line, INDENT/DEDENT bracket blocks, newlines inside
// brackets and after a backslash are swallowed, comments vanish, and a string
// literal (f-strings included) is one STRING token holding its prefix and
// quotes; the parser decodes it (see decodeString) so f-string expressions
// can be parsed with their real positions.
//
// Positions: `line` is 1-based; `col`/`endCol` are 0-based *character*
// columns (what the AST spans and traceback carets need); `bcol`/`endBcol`
// are the UTF-8 byte columns, because CPython 3.11 reports parser syntax
// errors of a file with byte offsets (its tokenizer errors use characters).
//
// The first tokenizer error stops tokenizing: the error is kept in
// LexResult::error and the token list ends with one Error token at its place.
// An end of file inside open brackets is not an error of its own (CPython
// lets the parser decide): it ends the list with an Error token and
// `eofInBrackets` set, and the parser reports "'(' was never closed".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frontend/parser.h"

namespace ys {

enum class TokKind : uint8_t { Name, Number, String, Op, Newline, Indent, Dedent, EndMarker, Error };

struct Token {
  TokKind kind = TokKind::EndMarker;
  std::string_view text;  // the token as written (empty for NEWLINE at EOF, INDENT, DEDENT)
  int line = 0, col = 0;  // start: 1-based line, 0-based character column
  int endLine = 0, endCol = 0;
  int bcol = 0, endBcol = 0;  // byte columns of start and end on their lines
  int level = 0;              // bracket nesting depth when the token starts
  bool keyword = false;       // a Name that is one of Python's 35 hard keywords
  bool is(std::string_view s) const {
    return (kind == TokKind::Op || kind == TokKind::Name) && text.size() == s.size() && !s.empty() && text[0] == s[0] &&
           text == s;
  }
};

struct OpenBracket {
  char ch;        // '(', '[' or '{'
  int line, col;  // where it was opened (col 0-based characters)
};

struct LexResult {
  std::vector<Token> tokens;              // ends with EndMarker or one Error token
  std::optional<SyntaxErrorInfo> error;   // the tokenizer error, if any
  bool eofInBrackets = false;             // source ended inside brackets
  std::vector<OpenBracket> openBrackets;  // the brackets still open at the end
  std::vector<std::string_view> lines;    // source lines without their line ends

  // The text of 1-based `line` (empty past the end), as an error quotes it.
  std::string_view lineText(int line) const {
    return line >= 1 && line <= static_cast<int>(lines.size()) ? lines[line - 1] : std::string_view();
  }
  // An error of `type` on `line` of `filename` from 1-based column `col` to
  // `endCol` (exclusive; 0 for a single caret), quoting the line. The lexer
  // and the parser both report through it.
  SyntaxErrorInfo errorAt(const std::string& filename, const std::string& message, int line, int col, int endCol,
                          const char* type) const;
};

LexResult tokenize(std::string_view source, const std::string& filename);

// True for Python's hard keywords (False, None, True, and, as, ... yield).
bool isKeyword(std::string_view word);

// A STRING token taken apart: prefix flags, the body between the quotes,
// and where that body starts (for f-string expression positions).
struct StringParts {
  bool raw = false, bytes = false, fstring = false;
  std::string_view body;
  int bodyLine = 0, bodyCol = 0, bodyBcol = 0;
};
StringParts splitString(const Token& tok);

// Decodes backslash escapes of a non-raw literal into UTF-8 (\n \t \\ \' \"
// \a \b \f \v \r \ooo \xhh \uXXXX \UXXXXXXXX \N{name} for a few names,
// backslash-newline). Returns an error message (CPython's unicode error
// text) instead when an escape is malformed.
struct DecodeResult {
  std::string text;
  std::string error;  // empty when fine
  // A construct the engine refuses (empty when none): a lone surrogate
  // escape other than U+DC80..U+DCFF, which a str here cannot hold.
  std::string unsupported;
};
DecodeResult decodeEscapes(std::string_view body, bool bytes);

}  // namespace ys
