// parser.h — source text to AST.
//
// parse() tokenizes (with INDENT/DEDENT, as CPython's tokenizer) and builds an
// ast::Module. It never throws and never crashes on any input: a syntax error
// comes back as SyntaxErrorInfo carrying what CPython 3.11 would print (type,
// message, line, the offending source line and caret columns), so both the
// command line and the window can show it at its line.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/frontend/ast.h"

namespace ys {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;               // "invalid syntax. Did you mean 'yield'?"
  std::string filename;
  int line = 0;            // 1-based
  int col = 0;             // 1-based caret start (CPython's offset)
  int endCol = 0;          // 1-based caret end (exclusive), 0 = single caret
  std::string sourceLine;  // the line's text without its newline
  // A beginner's hint beyond CPython's message ("did you mean 'yield'?"),
  // shown by the window; format() leaves it out so `run` prints what python3 does.
  std::string hint;
  // Exactly what python3 prints to stderr for this error (the
  // `  File "NAME.py", line N` block, the caret line and `Type: message`).
  std::string format() const;
};

namespace compiler_detail {
class SymbolTable;
}

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when error is set
  std::optional<SyntaxErrorInfo> error;
  // The module's scopes, resolved while parsing (their errors are syntax
  // errors); compileModule reuses them. Whoever edits `module` after parse()
  // resets this, and the compiler resolves the edited tree again.
  std::shared_ptr<compiler_detail::SymbolTable> symbols;
};

ParseResult parse(std::string_view source, const std::string& filename);

}  // namespace ys
