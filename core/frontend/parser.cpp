// parser.cpp — recursive descent over the token vector (see parser.h).
//
// One pass, one token of lookahead in almost every rule, CPython 3.11's
// grammar and precedence. Errors are thrown internally as ParseFail and turned
// into SyntaxErrorInfo at the single entry point, where CPython's priority
// rules apply: a tokenizer error anywhere in the file wins over a parser
// error, an unclosed bracket wins when the parser failed on a later line, the
// symbol table's errors (symtable.h) come next, and the "compiler" errors
// ('return' outside function ...) only show when there was none of those.
//
// Parser errors use UTF-8 byte columns, exactly as python3 prints them for a
// file (see lexer.h); AST spans use character columns.
#include "core/frontend/parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <set>
#include <unordered_set>

#include "core/base/format.h"
#include "core/base/text.h"
#include "core/frontend/lexer.h"
#include "core/frontend/symtable.h"

namespace ys {

namespace {

using namespace ast;

struct ParseFail {
  SyntaxErrorInfo info;
  bool fromTokenizer = false;  // raised on reaching the tokenizer's error token
};

constexpr int kMaxDepth = 180;  // nested expressions before "too many nested parentheses"-like refusal

// Optimal string alignment distance, capped: small typos only.
int typoDistance(std::string_view a, std::string_view b) {
  if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return 99;
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// The statement keyword a beginner probably meant ("yeild" -> "yield").
const char* keywordTypo(std::string_view word) {
  static const char* kStatementWords[] = {"yield",   "return",   "while",  "import",   "def",    "class",
                                          "for",     "if",       "elif",   "else",     "try",    "except",
                                          "finally", "raise",    "global", "nonlocal", "lambda", "pass",
                                          "break",   "continue", "from",   "assert",   "with",   "del"};
  if (word.size() < 3) return nullptr;
  for (const char* kw : kStatementWords) {
    std::string_view k = kw;
    int limit = k.size() >= 5 ? 2 : 1;
    if (typoDistance(word, k) <= limit) return kw;
  }
  return nullptr;
}

// A line of English pasted among the code ("this all result will store in
// result", from a tutorial's notes): several plain words, nothing of code.
bool looksLikeProse(std::string_view line) {
  int words = 0, plain = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i == start) break;
    std::string_view word = line.substr(start, i - start);
    ++words;
    while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == '!' || word.back() == '?'))
      word.remove_suffix(1);
    bool letters = !word.empty();
    for (char c : word) letters = letters && (std::isalpha(static_cast<unsigned char>(c)) || c == '\'');
    if (letters) ++plain;
  }
  return words >= 4 && plain * 10 >= words * 8;
}

Span join(const Span& a, const Span& b) {
  return {a.line, a.col, b.endLine, b.endCol};
}

const char* exprName(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call:
      return "function call";
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
    case ExprKind::BoolOp:
      return "expression";
    case ExprKind::Constant:
      if (const char* name = singletonName(e.value.kind)) return name;
      return e.value.kind == ConstValue::Kind::Ellipsis ? "ellipsis" : "literal";
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::Await:
      return "await expression";
    case ExprKind::Slice:
      return "slice";
  }
  return "expression";
}

// Converts a decimal/hex/octal/binary digit string (no underscores, no
// prefix) to decimal text, for ints beyond 64 bits.
std::string toDecimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // base 1e9, little endian
  for (char ch : digits) {
    uint32_t d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    uint64_t carry = d;
    for (uint32_t& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * base + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

class Parser {
 public:
  Parser(const LexResult& lex, const std::string& filename, std::string_view source)
      : m_lex(lex), m_toks(lex.tokens), m_file(filename), m_source(source) {}

  std::unique_ptr<Module> parseFile() {
    auto mod = std::make_unique<Module>();
    m_scopes.push_back({ScopeKind::Module, 0});
    while (peek().kind != TokKind::EndMarker) {
      if (peek().kind == TokKind::Newline) {
        advance();
        continue;
      }
      statement(mod->body);
    }
    return mod;
  }

  // Parses one f-string replacement field's expression from its own tokens.
  ExprP parseFStringExpr() {
    m_scopes.push_back({ScopeKind::Module, 0});
    ExprP e = starExpressions(true);
    if (peek().kind != TokKind::Newline && peek().kind != TokKind::EndMarker) failGeneric();
    return e;
  }

  // The first "compiler" error (outside function/loop ...): CPython raises it
  // only after the whole file parsed and its symbol table found no error.
  std::optional<SyntaxErrorInfo> m_deferred;

  // Lets f-string sub-parsers share the context of the enclosing function.
  enum class ScopeKind { Module, Function, Class, Lambda };
  struct Scope {
    ScopeKind kind;
    int loops;
  };
  std::vector<Scope> m_scopes;
  bool m_inFString = false;

  [[noreturn]] void failGeneric() { failGenericAt(m_toks[std::min(m_furthest, m_toks.size() - 1)]); }

 private:
  const LexResult& m_lex;
  const std::vector<Token>& m_toks;
  std::string m_file;
  std::string_view m_source;
  size_t m_pos = 0;
  size_t m_furthest = 0;
  int m_depth = 0;
  // Token positions where missingComma already found no missing comma.
  std::unordered_set<size_t> m_noMissingCommaAt;

 public:
  // The furthest token ever looked at, speculation included: CPython
  // compares its line with an unclosed bracket's line.
  size_t m_maxFetched = 0;
  int maxFetchedLine() const { return m_toks[std::min(m_maxFetched, m_toks.size() - 1)].line; }

 private:
  // ------------------------------------------------------------ tokens

  const Token& peek(size_t k = 0) {
    size_t i = std::min(m_pos + k, m_toks.size() - 1);
    if (i > m_furthest) m_furthest = i;
    if (i > m_maxFetched) m_maxFetched = i;
    return m_toks[i];
  }
  const Token& prev() const { return m_toks[m_pos ? m_pos - 1 : 0]; }
  const Token& advance() {
    const Token& t = peek();
    if (t.kind == TokKind::Error) failGenericAt(t);
    if (m_pos + 1 < m_toks.size()) ++m_pos;
    return t;
  }
  bool at(std::string_view s) { return peek().is(s); }
  // Literal overloads: the length is known at compile time (the hot path).
  template <size_t N>
  bool at(const char (&s)[N]) {
    const Token& t = peek();
    return t.text.size() == N - 1 && t.text[0] == s[0] && (t.kind == TokKind::Op || t.kind == TokKind::Name) &&
           std::memcmp(t.text.data(), s, N - 1) == 0;
  }
  template <size_t N>
  bool accept(const char (&s)[N]) {
    if (!at(s)) return false;
    advance();
    return true;
  }
  template <size_t N>
  void expect(const char (&s)[N]) {
    if (!accept(s)) failGeneric();
  }
  bool atKind(TokKind k) { return peek().kind == k; }
  bool accept(std::string_view s) {
    if (!at(s)) return false;
    advance();
    return true;
  }
  void expect(std::string_view s) {
    if (!accept(s)) failGeneric();
  }
  // CPython's forced tokens (&&':'): the error names the missing token.
  void expectForced(std::string_view s) {
    if (accept(s)) return;
    const Token& t = peek();
    if (t.kind == TokKind::Error) failGenericAt(t);
    failTok(t, "expected '" + std::string(s) + "'");
  }
  bool atName() { return peek().kind == TokKind::Name && !peek().keyword; }
  std::string expectName() {
    if (!atName()) failGeneric();
    return std::string(advance().text);
  }
  static Span spanOf(const Token& t) { return {t.line, t.col, t.endLine, t.endCol}; }
  // A node ends at its last real token (a block ends before its NEWLINE/DEDENT).
  Span spanFrom(const Span& start) const {
    size_t i = m_pos ? m_pos - 1 : 0;
    while (i > 0 && (m_toks[i].kind == TokKind::Newline || m_toks[i].kind == TokKind::Dedent ||
                     m_toks[i].kind == TokKind::Indent))
      --i;
    const Token& e = m_toks[i];
    return {start.line, start.col, e.endLine, e.endCol};
  }

  // ------------------------------------------------------------ errors

  std::string lineText(int line) const { return std::string(m_lex.lineText(line)); }
  // Character column to CPython's 1-based byte offset on `line`.
  int byteOffset(int line, int charCol) const {
    std::string t = lineText(line);
    int chars = 0;
    size_t i = 0;
    for (; i < t.size() && chars < charCol; ++i)
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80 || i == 0) {
        // count lead bytes only
        if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++chars;
      }
    while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
    if (chars < charCol) return static_cast<int>(t.size()) + (charCol - chars) + 1;
    return static_cast<int>(i) + 1;
  }
  SyntaxErrorInfo info(const std::string& msg, int line, int col1, int endCol1, const char* type = "SyntaxError") {
    return m_lex.errorAt(m_file, msg, line, col1, endCol1, type);
  }
  SyntaxErrorInfo infoSpan(const std::string& msg, const Span& s, const char* type = "SyntaxError") {
    int end = s.endLine == s.line ? byteOffset(s.line, s.endCol) : static_cast<int>(lineText(s.line).size()) + 1;
    return info(msg, s.line, byteOffset(s.line, s.col), end, type);
  }
  [[noreturn]] void failSpan(const std::string& msg, const Span& s, const char* type = "SyntaxError") {
    throw ParseFail{infoSpan(msg, s, type)};
  }
  [[noreturn]] void failTok(const Token& t, const std::string& msg, const char* type = "SyntaxError") {
    int end = t.endLine == t.line ? t.endBcol + 1 : static_cast<int>(lineText(t.line).size()) + 1;
    throw ParseFail{info(msg, t.line, t.bcol + 1, end, type)};
  }
  // A note written where code goes: a whole line of prose, or words after a
  // complete statement (`print(x) like we can get this values`), where
  // starting the line with # would comment out the code too.
  std::string proseHint(const Token& t) const {
    const std::string text = lineText(t.line);
    if (t.line == t.endLine && t.bcol > 0 && size_t(t.bcol) < text.size()) {
      const std::string_view before = std::string_view(text).substr(0, size_t(t.bcol));
      const size_t last = before.find_last_not_of(" \t");
      const char end = last == std::string_view::npos ? ' ' : before[last];
      const bool endsLikeCode = end == ')' || end == ']' || end == '}' || end == '"' || end == '\'' ||
                                std::isdigit(static_cast<unsigned char>(end));
      if (endsLikeCode && looksLikeProse(std::string_view(text).substr(size_t(t.bcol))))
        return "the words from '" + std::string(t.text) +
               "' on look like a note, not code: put # before them to make them a comment";
    }
    if (looksLikeProse(text)) return "this line looks like a note, not code: make it a comment by starting it with #";
    return {};
  }
  [[noreturn]] void failGenericAt(const Token& t) {
    if (t.kind == TokKind::Error) {
      if (m_lex.error) throw ParseFail{*m_lex.error, true};
      throw ParseFail{unclosedBracket(), true};
    }
    if (t.kind == TokKind::Indent) {
      SyntaxErrorInfo e = info("unexpected indent", t.line, 0, 0, "IndentationError");
      if (looksLikeProse(lineText(t.line)))
        e.hint = "this line looks like a note, not code: make it a comment by starting it with #";
      throw ParseFail{e};
    }
    if (t.kind == TokKind::Dedent) throw ParseFail{info("unexpected unindent", t.line, 0, 0, "IndentationError")};
    SyntaxErrorInfo e = t.kind == TokKind::Newline || t.kind == TokKind::EndMarker
                            ? info("invalid syntax", t.line, t.bcol + 1, 0)
                            : info("invalid syntax", t.line, t.bcol + 1,
                                   t.endLine == t.line ? t.endBcol + 1 : static_cast<int>(lineText(t.line).size()) + 1);
    if (const std::string hint = proseHint(t); !hint.empty()) {
      e.hint = hint;
      throw ParseFail{e};
    }
    size_t idx = static_cast<size_t>(&t - m_toks.data());
    for (size_t k : {idx, idx ? idx - 1 : idx}) {
      if (m_toks[k].kind != TokKind::Name || m_toks[k].keyword) continue;
      if (const char* kw = keywordTypo(m_toks[k].text)) {
        e.hint = std::string("did you mean '") + kw + "'?";
        break;
      }
    }
    throw ParseFail{e};
  }

 public:
  SyntaxErrorInfo errorAt(const std::string& msg, const Span& s, const char* type = "SyntaxError") {
    return infoSpan(msg, s, type);
  }
  SyntaxErrorInfo unclosedBracket() const {
    const OpenBracket& b = m_lex.openBrackets.back();
    SyntaxErrorInfo e;
    e.message = std::string("'") + b.ch + "' was never closed";
    e.filename = m_file;
    e.line = b.line;
    e.col = b.col + 1;
    e.sourceLine = lineText(b.line);
    return e;
  }

 private:
  // An error the compiler would raise after a successful parse.
  void defer(const std::string& msg, const Span& s) {
    if (!m_deferred) m_deferred = infoSpan(msg, s);
  }
  [[noreturn]] void unsupported(const std::string& what, const Span& s) {
    throw ParseFail{infoSpan("Yieldscope does not support " + what + " (line " + std::to_string(s.line) + ")", s,
                             "NotImplementedError")};
  }

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.m_depth > kMaxDepth) {
        const Token& t = p.peek();
        p.failTok(t, "too many nested parentheses");
      }
    }
    ~DepthGuard() { --p.m_depth; }
  };

  // ------------------------------------------------------------ statements

  void statement(Body& out) {
    const Token& t = peek();
    if (t.kind == TokKind::Indent || t.kind == TokKind::Dedent || t.kind == TokKind::Error) failGenericAt(t);
    if (t.kind == TokKind::Name) {
      std::string_view w = t.text;
      if (w == "def") return out.push_back(funcDef({}));
      if (w == "class") return out.push_back(classDef({}));
      if (w == "if") return out.push_back(ifStmt());
      if (w == "while") return out.push_back(whileStmt());
      if (w == "for") return out.push_back(forStmt());
      if (w == "try") return out.push_back(tryStmt());
      if (w == "with") return out.push_back(withStmt());
      if (w == "async" && (peek(1).is("def") || peek(1).is("for") || peek(1).is("with")))
        unsupported("'async' functions and statements", spanOf(t));
      if (w == "match" && looksLikeMatch()) return out.push_back(matchStmt());
    }
    if (t.is("@")) return out.push_back(decorated());
    simpleStatements(out);
  }

  bool looksLikeMatch() {
    const Token& n = peek(1);
    if (n.kind == TokKind::Newline || n.is("=") || n.is(".") || n.is(",") || n.is(":") || n.is(")")) return false;
    if (n.kind == TokKind::Op && n.text.size() >= 2 && n.text.back() == '=') return false;
    // `match x:` ends its line with ':' followed by an indented `case`.
    for (size_t i = m_pos + 1; i + 2 < m_toks.size(); ++i) {
      if (m_toks[i].kind == TokKind::Newline)
        return m_toks[i - 1].is(":") && m_toks[i + 1].kind == TokKind::Indent && m_toks[i + 2].is("case");
    }
    return false;
  }

  // ------------------------------------------------------------ match

  // match_stmt: "match" subject ':' NEWLINE INDENT case_block+ DEDENT
  StmtP matchStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    int line = kw.line;
    auto st = makeStmt(StmtKind::Match, s);
    Span subj = spanOf(peek());
    ExprP first = starOr(&Parser::namedExpression);
    if (at(",")) {
      auto t = makeExpr(ExprKind::Tuple, subj);
      t->elts.push_back(std::move(first));
      while (accept(",")) {
        if (at(":")) break;
        t->elts.push_back(starOr(&Parser::namedExpression));
      }
      t->span = spanFrom(subj);
      first = std::move(t);
    } else if (first->kind == ExprKind::Starred) {
      failSpan("cannot use starred expression here", first->span);
    }
    st->value = std::move(first);
    headerColon();
    if (!atKind(TokKind::Newline)) failGeneric();
    advance();
    if (!atKind(TokKind::Indent)) {
      const Token& t = peek();
      throw ParseFail{info("expected an indented block after 'match' statement on line " + std::to_string(line), t.line,
                           t.bcol + 1, 0, "IndentationError")};
    }
    advance();
    while (at("case")) st->cases.push_back(caseBlock());
    if (!atKind(TokKind::Dedent) && !atKind(TokKind::EndMarker)) failGeneric();
    if (atKind(TokKind::Dedent)) advance();
    st->span = spanFrom(s);
    return st;
  }

  MatchCase caseBlock() {
    const Token& kw = advance();
    MatchCase mc;
    mc.span = spanOf(kw);
    int line = kw.line;
    mc.pattern = topPatterns();
    if (accept("if")) mc.guard = namedExpression();
    expectForced(":");
    block(mc.body, "'case' statement", line);
    return mc;
  }

  // patterns: open_sequence_pattern | pattern
  PatternP topPatterns() {
    Span s = spanOf(peek());
    PatternP first = maybeStarPattern();
    if (!at(",")) {
      if (first->kind == PatternKind::MatchStar) failSpan("can't use starred name here", first->span);
      return first;
    }
    auto seq = makePattern(PatternKind::MatchSequence, s);
    seq->patterns.push_back(std::move(first));
    while (accept(",")) {
      if (at(":") || at("if")) break;
      seq->patterns.push_back(maybeStarPattern());
    }
    seq->span = spanFrom(s);
    return seq;
  }

  PatternP maybeStarPattern() {
    if (!at("*")) return pattern();
    Span s = spanOf(advance());
    auto p = makePattern(PatternKind::MatchStar, s);
    std::string n = expectName();
    p->name = n == "_" ? "" : n;
    p->span = spanFrom(s);
    return p;
  }

  // pattern: or_pattern ['as' NAME]
  PatternP pattern() {
    DepthGuard guard(*this);
    Span s = spanOf(peek());
    PatternP p = orPattern();
    if (!at("as")) return p;
    advance();
    const Token& t = peek();
    if (!atName()) failGeneric();
    std::string n = expectName();
    if (n == "_") failSpan("cannot use '_' as a target", spanOf(t));
    if (at(".") || at("(") || at("=")) failSpan("invalid pattern target", spanOf(t));
    auto as = makePattern(PatternKind::MatchAs, s);
    as->pattern = std::move(p);
    as->name = n;
    as->span = spanFrom(s);
    return as;
  }

  PatternP orPattern() {
    Span s = spanOf(peek());
    PatternP first = closedPattern();
    if (!at("|")) return first;
    auto o = makePattern(PatternKind::MatchOr, s);
    o->patterns.push_back(std::move(first));
    while (accept("|")) o->patterns.push_back(closedPattern());
    o->span = spanFrom(s);
    return o;
  }

  // A literal in a pattern: a (signed) number or strings (no f-strings).
  ExprP literalExpr() {
    Span s = spanOf(peek());
    if (atKind(TokKind::String)) {
      ExprP e = strings();
      if (e->kind != ExprKind::Constant) failSpan("patterns may only match literals and attribute lookups", e->span);
      return e;
    }
    bool neg = accept("-");
    if (!atKind(TokKind::Number)) failGeneric();
    ExprP e = number();
    if (neg) {
      auto u = makeExpr(ExprKind::UnaryOp, s);
      u->unaryOp = UnaryOpKind::USub;
      u->operand = std::move(e);
      u->span = spanFrom(s);
      e = std::move(u);
    }
    if (!at("+") && !at("-")) return e;
    // complex_number: signed real '+' or '-' imaginary (1+2j, -1-0.5j).
    bool minus = at("-");
    advance();
    if (!atKind(TokKind::Number)) failGeneric();
    ExprP imag = number();
    if (imag->value.kind != ConstValue::Kind::Complex)
      failSpan("imaginary number required in complex literal", imag->span);
    auto b = makeExpr(ExprKind::BinOp, s);
    b->op = minus ? OpKind::Sub : OpKind::Add;
    b->left = std::move(e);
    b->right = std::move(imag);
    b->span = spanFrom(s);
    return b;
  }

  // NAME ('.' NAME)* as a Name or Attribute load.
  // `.name` after the expression e that started at s: the Attribute node.
  ExprP attributeAccess(ExprP e, Span s) {
    advance();
    auto a = makeExpr(ExprKind::Attribute, s);
    a->operand = std::move(e);
    a->id = expectName();
    a->span = spanFrom(s);
    return a;
  }

  ExprP dottedPattern() {
    Span s = spanOf(peek());
    auto e = makeExpr(ExprKind::Name, s);
    e->id = expectName();
    while (at(".")) {
      e = attributeAccess(std::move(e), s);
    }
    return e;
  }

  PatternP closedPattern() {
    const Token& t = peek();
    Span s = spanOf(t);
    if (t.kind == TokKind::Number || t.kind == TokKind::String || t.is("-")) {
      auto p = makePattern(PatternKind::MatchValue, s);
      p->value = literalExpr();
      p->span = p->value->span;
      return p;
    }
    if (t.kind == TokKind::Name && (t.text == "None" || t.text == "True" || t.text == "False")) {
      advance();
      auto p = makePattern(PatternKind::MatchSingleton, s);
      p->singleton.kind = t.text == "None"   ? ConstValue::Kind::None
                          : t.text == "True" ? ConstValue::Kind::True
                                             : ConstValue::Kind::False;
      return p;
    }
    if (atName()) {
      ExprP name = dottedPattern();
      if (at("(")) return classPattern(std::move(name), s);
      if (name->kind == ExprKind::Attribute) {
        auto p = makePattern(PatternKind::MatchValue, s);
        p->value = std::move(name);
        return p;
      }
      auto p = makePattern(PatternKind::MatchAs, s);
      p->name = name->id == "_" ? "" : name->id;
      return p;
    }
    if (t.is("(")) {
      advance();
      if (accept(")")) {
        auto p = makePattern(PatternKind::MatchSequence, s);
        p->span = spanFrom(s);
        return p;
      }
      PatternP first = maybeStarPattern();
      if (accept(")")) {
        if (first->kind == PatternKind::MatchStar) failSpan("can't use starred name here", first->span);
        return first;  // a group: (pattern)
      }
      auto p = makePattern(PatternKind::MatchSequence, s);
      p->patterns.push_back(std::move(first));
      expect(",");
      while (!at(")")) {
        p->patterns.push_back(maybeStarPattern());
        if (!accept(",")) break;
      }
      expect(")");
      p->span = spanFrom(s);
      return p;
    }
    if (t.is("[")) {
      advance();
      auto p = makePattern(PatternKind::MatchSequence, s);
      while (!at("]")) {
        p->patterns.push_back(maybeStarPattern());
        if (!accept(",")) break;
      }
      expect("]");
      p->span = spanFrom(s);
      return p;
    }
    if (t.is("{")) return mappingPattern();
    failGeneric();
  }

  PatternP mappingPattern() {
    Span s = spanOf(advance());
    auto p = makePattern(PatternKind::MatchMapping, s);
    while (!at("}")) {
      if (at("**")) {
        advance();
        const Token& nt = peek();
        std::string n = expectName();
        if (n == "_") failSpan("invalid syntax", spanOf(nt));
        p->name = n;
        accept(",");
        break;
      }
      const Token& k = peek();
      ExprP key;
      if (k.kind == TokKind::Name && (k.text == "None" || k.text == "True" || k.text == "False")) {
        key = atom();
      } else if (atName()) {
        key = dottedPattern();
        if (key->kind != ExprKind::Attribute) failGeneric();
      } else {
        key = literalExpr();
      }
      expect(":");
      p->keys.push_back(std::move(key));
      p->patterns.push_back(pattern());
      if (!accept(",")) break;
    }
    expect("}");
    p->span = spanFrom(s);
    return p;
  }

  PatternP classPattern(ExprP cls, Span s) {
    advance();  // (
    auto p = makePattern(PatternKind::MatchClass, s);
    p->value = std::move(cls);
    while (!at(")")) {
      if (atName() && peek(1).is("=")) {
        p->kwdAttrs.push_back(expectName());
        advance();
        p->kwdPatterns.push_back(pattern());
      } else {
        Span ps = spanOf(peek());
        PatternP sub = pattern();
        if (!p->kwdAttrs.empty()) failSpan("positional patterns follow keyword patterns", spanFrom(ps));
        p->patterns.push_back(std::move(sub));
      }
      if (!accept(",")) break;
    }
    expect(")");
    p->span = spanFrom(s);
    return p;
  }

  void simpleStatements(Body& out) {
    for (;;) {
      out.push_back(simpleStatement());
      if (!accept(";")) break;
      if (atKind(TokKind::Newline)) break;
    }
    if (!atKind(TokKind::Newline)) failGeneric();
    advance();
  }

  StmtP simpleStatement() {
    const Token& t = peek();
    Span s = spanOf(t);
    if (t.kind == TokKind::Name) {
      std::string_view w = t.text;
      if (w == "pass" || w == "break" || w == "continue") {
        advance();
        auto st = makeStmt(w == "pass" ? StmtKind::Pass : w == "break" ? StmtKind::Break : StmtKind::Continue, s);
        if (w != "pass" && scope().loops == 0)
          defer(w == "break" ? "'break' outside loop" : "'continue' not properly in loop", s);
        return st;
      }
      if (w == "return") return returnStmt();
      if (w == "del") return delStmt();
      if (w == "raise") return raiseStmt();
      if (w == "assert") return assertStmt();
      if (w == "import") return importStmt();
      if (w == "from") return fromImport();
      if (w == "global" || w == "nonlocal") return globalStmt();
    }
    return exprStatement();
  }

  Scope& scope() { return m_scopes.back(); }
  bool inFunction() const {
    for (auto it = m_scopes.rbegin(); it != m_scopes.rend(); ++it) {
      if (it->kind == ScopeKind::Function || it->kind == ScopeKind::Lambda) return true;
      if (it->kind == ScopeKind::Class) return false;
    }
    return false;
  }
  bool directlyInFunction() const {
    return m_scopes.back().kind == ScopeKind::Function || m_scopes.back().kind == ScopeKind::Lambda;
  }

  StmtP returnStmt() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::Return, s);
    if (!atKind(TokKind::Newline) && !at(";")) {
      st->value = starExpressions(true);
      noBareStar(*st->value);
    }
    st->span = spanFrom(s);
    if (!directlyInFunction()) defer("'return' outside function", st->span);
    return st;
  }

  StmtP delStmt() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::Delete, s);
    for (;;) {
      ExprP e = bitOr();
      setContext(*e, Ctx::Del, false);
      st->targets.push_back(std::move(e));
      if (!accept(",")) break;
      if (atKind(TokKind::Newline) || at(";")) break;
    }
    st->span = spanFrom(s);
    return st;
  }

  StmtP raiseStmt() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::Raise, s);
    if (!atKind(TokKind::Newline) && !at(";")) {
      st->exc = expression();
      if (accept("from")) st->cause = expression();
    }
    st->span = spanFrom(s);
    return st;
  }

  StmtP assertStmt() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::Assert, s);
    st->test = expression();
    if (accept(",")) st->msg = expression();
    st->span = spanFrom(s);
    return st;
  }

  std::string dottedName() {
    std::string name = expectName();
    while (accept(".")) name += "." + expectName();
    return name;
  }

  StmtP importStmt() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::Import, s);
    do {
      Span as = spanOf(peek());
      Alias a;
      a.name = dottedName();
      if (accept("as")) a.asname = expectName();
      a.span = spanFrom(as);
      st->names.push_back(std::move(a));
    } while (accept(","));
    st->span = spanFrom(s);
    return st;
  }

  StmtP fromImport() {
    Span s = spanOf(advance());
    auto st = makeStmt(StmtKind::ImportFrom, s);
    for (;;) {
      if (accept("."))
        st->level += 1;
      else if (accept("..."))
        st->level += 3;
      else
        break;
    }
    if (!at("import")) st->module = dottedName();
    expect("import");
    if (at("*")) {
      Alias a;
      a.name = "*";
      a.span = spanOf(advance());
      st->names.push_back(std::move(a));
    } else {
      bool paren = accept("(");
      do {
        if (paren && at(")")) break;
        Span as = spanOf(peek());
        Alias a;
        a.name = expectName();
        if (accept("as")) a.asname = expectName();
        a.span = spanFrom(as);
        st->names.push_back(std::move(a));
      } while (accept(","));
      if (paren)
        expect(")");
      else if (!st->names.empty() && prev().is(","))
        failGeneric();
    }
    st->span = spanFrom(s);
    return st;
  }

  StmtP globalStmt() {
    const Token& kw = advance();
    bool global = kw.text == "global";
    Span s = spanOf(kw);
    auto st = makeStmt(global ? StmtKind::Global : StmtKind::Nonlocal, s);
    do st->identifiers.push_back(expectName());
    while (accept(","));
    st->span = spanFrom(s);
    return st;
  }

  // Expression statements, assignments (chained, augmented, annotated).
  StmtP exprStatement() {
    Span s = spanOf(peek());
    ExprP first = at("yield") ? yieldExpr() : starExpressions(true);
    legacyPrint(*first);
    if (at("=")) return assignment(std::move(first), s);
    if (at(":")) return annAssign(std::move(first), s);
    if (peek().kind == TokKind::Op && isAugOp(peek().text)) return augAssign(std::move(first), s);
    if (!atKind(TokKind::Newline) && !at(";")) {
      if (first->kind == ExprKind::Name && peek().is(":=")) failGeneric();
      failGeneric();
    }
    auto st = makeStmt(StmtKind::ExprStmt, first->span);
    noBareStar(*first);
    st->value = std::move(first);
    return st;
  }

  // `print "hi"`: CPython's dedicated message for Python 2 habits.
  void legacyPrint(const Expr& e) {
    if (e.kind != ExprKind::Name || (e.id != "print" && e.id != "exec")) return;
    const Token& n = peek();
    bool startsExpr = n.kind == TokKind::String || n.kind == TokKind::Number ||
                      (n.kind == TokKind::Name && !n.keyword) || n.is("[") || n.is("{") || n.is("-") || n.is("~") ||
                      n.text == "not" || n.text == "None" || n.text == "True" || n.text == "False" ||
                      n.text == "lambda";
    if (!startsExpr) return;
    size_t save = m_pos, saveF = m_furthest;
    try {
      ExprP rest = starExpressions(true);
      failSpan("Missing parentheses in call to '" + e.id + "'. Did you mean " + e.id + "(...)?",
               join(e.span, rest->span));
    } catch (ParseFail& f) {
      if (f.info.message.rfind("Missing parentheses", 0) == 0) throw;
      m_pos = save;
      m_furthest = saveF;
    }
  }

  // `f() = 3`: CPython suggests '==' when the bad target is the expression
  // right before the statement's only '=' (not in brackets, not None/True/
  // False) and the value starts like an operand.
  void maybeMeantEquals(const Expr& target, const Expr& value) {
    if (isValidTarget(target)) return;
    const Expr* last = &target;
    bool bareTuple = target.kind == ExprKind::Tuple && !target.elts.empty() &&
                     target.span.col == target.elts[0]->span.col && target.span.line == target.elts[0]->span.line;
    if (bareTuple) last = target.elts.back().get();
    bool operandFirst = !(value.kind == ExprKind::Lambda || value.kind == ExprKind::Starred ||
                          (value.kind == ExprKind::UnaryOp && value.unaryOp == UnaryOpKind::Not) ||
                          (value.kind == ExprKind::BoolOp && value.elts[0]->kind == ExprKind::UnaryOp &&
                           value.elts[0]->unaryOp == UnaryOpKind::Not));
    if (!operandFirst) return;
    if (last->kind == ExprKind::Name)
      failSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
               join(last->span, leadingOperand(value).span));
    if (last->kind == ExprKind::List || last->kind == ExprKind::Tuple || last->kind == ExprKind::GeneratorExp ||
        last->kind == ExprKind::Starred)
      return;
    if (last->kind == ExprKind::Constant &&
        (last->value.kind == ConstValue::Kind::None || last->value.kind == ConstValue::Kind::True ||
         last->value.kind == ConstValue::Kind::False))
      return;
    failSpan(std::string("cannot assign to ") + exprName(*last) + " here. Maybe you meant '==' instead of '='?",
             last->span);
  }

  // The `bitwise_or` an expression starts with (CPython's rules match it alone).
  static const Expr& leadingOperand(const Expr& e) {
    switch (e.kind) {
      case ExprKind::IfExp:
        return leadingOperand(*e.body);
      case ExprKind::Compare:
        return leadingOperand(*e.left);
      case ExprKind::BoolOp:
        return leadingOperand(*e.elts[0]);
      case ExprKind::Tuple:
        if (!e.elts.empty() && e.span.col == e.elts[0]->span.col) return leadingOperand(*e.elts[0]);
        return e;
      default:
        return e;
    }
  }
  static bool isValidTarget(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript:
        return true;
      case ExprKind::Starred:
        return isValidTarget(*e.operand);
      case ExprKind::Tuple:
      case ExprKind::List:
        for (const auto& x : e.elts)
          if (!isValidTarget(*x)) return false;
        return true;
      default:
        return false;
    }
  }

  // `x = *a` parses but the compiler refuses a lone starred value.
  void noBareStar(const Expr& e) {
    if (e.kind == ExprKind::Starred) defer("can't use starred expression here", e.span);
  }

  static bool isAugOp(std::string_view t) {
    return t == "+=" || t == "-=" || t == "*=" || t == "/=" || t == "//=" || t == "%=" || t == "**=" || t == ">>=" ||
           t == "<<=" || t == "&=" || t == "|=" || t == "^=" || t == "@=";
  }
  static OpKind augOp(std::string_view t) {
    t.remove_suffix(1);
    return binOpKind(t);
  }
  static OpKind binOpKind(std::string_view t) {
    if (t == "+") return OpKind::Add;
    if (t == "-") return OpKind::Sub;
    if (t == "*") return OpKind::Mult;
    if (t == "@") return OpKind::MatMult;
    if (t == "/") return OpKind::Div;
    if (t == "%") return OpKind::Mod;
    if (t == "**") return OpKind::Pow;
    if (t == "<<") return OpKind::LShift;
    if (t == ">>") return OpKind::RShift;
    if (t == "|") return OpKind::BitOr;
    if (t == "^") return OpKind::BitXor;
    if (t == "&") return OpKind::BitAnd;
    return OpKind::FloorDiv;
  }

  StmtP assignment(ExprP first, Span s) {
    auto st = makeStmt(StmtKind::Assign, s);
    std::vector<ExprP> chain;
    chain.push_back(std::move(first));
    while (accept("=")) chain.push_back(at("yield") ? yieldExpr() : starExpressions(true));
    if (!atKind(TokKind::Newline) && !at(";")) failGeneric();
    st->value = std::move(chain.back());
    chain.pop_back();
    noBareStar(*st->value);
    for (size_t i = 0; i < chain.size(); ++i) {
      ExprP& t = chain[i];
      if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)
        failSpan("assignment to yield expression not possible", t->span);
      if (i == 0 && chain.size() == 1) maybeMeantEquals(*t, *st->value);
      setContext(*t, Ctx::Store, false);
      st->targets.push_back(std::move(t));
    }
    st->span = spanFrom(s);
    return st;
  }

  StmtP annAssign(ExprP target, Span s) {
    advance();  // ':'
    if (target->kind == ExprKind::Tuple)
      failSpan("only single target (not tuple) can be annotated",
               target->elts.empty() ? target->span : target->elts[0]->span);  // `(): int` has no first
    if (target->kind == ExprKind::List) failSpan("only single target (not list) can be annotated", target->span);
    if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
      failSpan("illegal target for annotation", target->span);
    auto st = makeStmt(StmtKind::AnnAssign, s);
    setContext(*target, Ctx::Store, true);
    st->target = std::move(target);
    st->annotation = expression();
    if (accept("=")) st->value = at("yield") ? yieldExpr() : starExpressions(true);
    st->span = spanFrom(s);
    return st;
  }

  StmtP augAssign(ExprP target, Span s) {
    const Token& opTok = advance();
    if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
      failSpan(std::string("'") + exprName(*target) + "' is an illegal expression for augmented assignment",
               target->span);
    auto st = makeStmt(StmtKind::AugAssign, s);
    st->op = augOp(opTok.text);
    setContext(*target, Ctx::Store, false);
    st->target = std::move(target);
    st->value = at("yield") ? yieldExpr() : starExpressions(true);
    st->span = spanFrom(s);
    return st;
  }

  // Marks an expression as an assignment/del target, or raises CPython's
  // "cannot assign to ..." error at the first part that cannot be one.
  void setContext(Expr& e, Ctx ctx, bool maybeEq, bool inSequence = false) {
    switch (e.kind) {
      case ExprKind::Name:
      case ExprKind::Attribute:
      case ExprKind::Subscript:
        e.ctx = ctx;
        return;
      case ExprKind::Tuple:
      case ExprKind::List: {
        e.ctx = ctx;
        int stars = 0;
        for (auto& x : e.elts) {
          stars += x->kind == ExprKind::Starred;
          setContext(*x, ctx, maybeEq, true);
        }
        if (stars > 1 && ctx == Ctx::Store) defer("multiple starred expressions in assignment", e.span);
        return;
      }
      case ExprKind::Starred:
        if (ctx == Ctx::Del) break;
        e.ctx = ctx;
        if (!inSequence) defer("starred assignment target must be in a list or tuple", e.span);
        setContext(*e.operand, ctx, maybeEq);
        return;
      default:
        break;
    }
    std::string what = exprName(e);
    if (ctx == Ctx::Del) failSpan("cannot delete " + what, e.span);
    if (maybeEq) failSpan("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", e.span);
    failSpan("cannot assign to " + what, e.span);
  }

  // ------------------------------------------------------------ compound statements

  // The body after a compound header's ':'.
  void block(Body& out, const std::string& after, int headerLine) {
    if (!atKind(TokKind::Newline)) {
      simpleStatements(out);
      return;
    }
    advance();
    if (!atKind(TokKind::Indent)) {
      const Token& t = peek();
      std::string msg = "expected an indented block after " + after + " on line " + std::to_string(headerLine);
      if (t.kind == TokKind::Error) failGenericAt(t);
      if (t.kind == TokKind::EndMarker || (t.kind == TokKind::Dedent && atEofDedent()))
        throw ParseFail{info(msg, prev().line, 0, 0, "IndentationError")};
      SyntaxErrorInfo e = info(msg, t.line, t.bcol + 1, 0, "IndentationError");
      e.hint = "the lines that belong to line " + std::to_string(headerLine) +
               " go under it, indented (4 spaces more than line " + std::to_string(headerLine) + ")";
      throw ParseFail{e};
    }
    advance();
    while (!atKind(TokKind::Dedent) && !atKind(TokKind::EndMarker)) statement(out);
    if (atKind(TokKind::Dedent)) advance();
  }
  int lastRealLine() const {
    size_t i = m_pos ? m_pos - 1 : 0;
    while (i > 0 && (m_toks[i].kind == TokKind::Dedent || m_toks[i].kind == TokKind::EndMarker)) --i;
    return m_toks[i].line;
  }
  bool atEofDedent() {
    for (size_t i = m_pos; i < m_toks.size(); ++i)
      if (m_toks[i].kind != TokKind::Dedent) return m_toks[i].kind == TokKind::EndMarker;
    return true;
  }

  // `if x` followed by the end of the line: CPython's "expected ':'".
  void headerColon() {
    if (atKind(TokKind::Newline)) failTok(peek(), "expected ':'");
    expect(":");
  }

  StmtP ifStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    int line = kw.line;
    bool elif = kw.text == "elif";
    auto st = makeStmt(StmtKind::If, s);
    st->test = namedExpression();
    headerColon();
    block(st->body, elif ? "'elif' statement" : "'if' statement", line);
    if (at("elif")) {
      st->orelse.push_back(ifStmt());
    } else if (at("else")) {
      elseBlock(st->orelse);
    }
    st->span = spanFrom(s);
    return st;
  }

  void elseBlock(Body& out) {
    int line = advance().line;
    expectForced(":");
    block(out, "'else' statement", line);
  }

  StmtP whileStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    auto st = makeStmt(StmtKind::While, s);
    st->test = namedExpression();
    headerColon();
    ++scope().loops;
    block(st->body, "'while' statement", kw.line);
    --scope().loops;
    if (at("else")) elseBlock(st->orelse);
    st->span = spanFrom(s);
    return st;
  }

  StmtP forStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    int line = kw.line;
    auto st = makeStmt(StmtKind::For, s);
    st->target = targetList();
    expect("in");
    st->iter = starExpressions(true);
    expectForced(":");
    ++scope().loops;
    block(st->body, "'for' statement", line);
    --scope().loops;
    if (at("else")) elseBlock(st->orelse);
    st->span = spanFrom(s);
    return st;
  }

  // for-loop and comprehension targets: stops before `in`.
  ExprP targetList() {
    Span s = spanOf(peek());
    std::vector<ExprP> elts;
    bool comma = false;
    for (;;) {
      elts.push_back(starOr(&Parser::bitOr));
      if (!at(",")) break;
      advance();
      comma = true;
      if (at("in") || at("=")) break;
    }
    ExprP t;
    if (elts.size() == 1 && !comma) {
      t = std::move(elts[0]);
    } else {
      t = makeExpr(ExprKind::Tuple, spanFrom(s));
      t->elts = std::move(elts);
    }
    if (t->kind == ExprKind::Compare) failSpan("cannot assign to comparison", t->span);
    setContext(*t, Ctx::Store, false);
    return t;
  }

  StmtP tryStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    auto st = makeStmt(StmtKind::Try, s);
    expectForced(":");
    block(st->body, "'try' statement", kw.line);
    while (at("except")) st->handlers.push_back(exceptHandler());
    if (at("else")) {
      if (st->handlers.empty()) failGeneric();
      elseBlock(st->orelse);
    }
    if (at("finally")) {
      int line = advance().line;
      expectForced(":");
      block(st->finalbody, "'finally' statement", line);
    }
    if (st->handlers.empty() && st->finalbody.empty()) {
      const Token& t = peek();
      if (t.kind == TokKind::Error) failGenericAt(t);
      if (t.kind == TokKind::EndMarker || t.kind == TokKind::Dedent)
        throw ParseFail{info("expected 'except' or 'finally' block", lastRealLine(), 0, 0)};
      failTok(t, "expected 'except' or 'finally' block");
    }
    st->span = spanFrom(s);
    return st;
  }

  ExceptHandler exceptHandler() {
    const Token& kw = advance();
    ExceptHandler h;
    Span s = spanOf(kw);
    if (at("*")) unsupported("'except*'", spanOf(peek()));
    if (!at(":")) {
      h.type = expression();
      if (at(",")) {
        advance();
        expression();  // the second type, so that its own syntax errors come first
        failSpan("multiple exception types must be parenthesized", h.type->span);
      }
      if (accept("as")) h.name = expectName();
    }
    headerColon();
    block(h.body, "'except' statement", kw.line);
    h.span = spanFrom(s);
    return h;
  }

  StmtP withStmt() {
    const Token& kw = advance();
    Span s = spanOf(kw);
    auto st = makeStmt(StmtKind::With, s);
    if (at("(") && parenthesizedWithItems(st->items)) {
      expectForced(":");
      block(st->body, "'with' statement", kw.line);
      st->span = spanFrom(s);
      return st;
    }
    do {
      WithItem item;
      item.contextExpr = expression();
      if (accept("as")) {
        item.optionalVars = starOr(&Parser::bitOr);
        setContext(*item.optionalVars, Ctx::Store, false);
      }
      st->items.push_back(std::move(item));
    } while (accept(","));
    expectForced(":");
    block(st->body, "'with' statement", kw.line);
    st->span = spanFrom(s);
    return st;
  }

  // `with (a as b, c as d):` (3.10+). Tried first; when the parentheses
  // turn out to be an ordinary expression, the caller parses from '(' again.
  bool parenthesizedWithItems(std::vector<WithItem>& items) {
    size_t save = m_pos, saveF = m_furthest;
    try {
      advance();
      std::vector<WithItem> parsed;
      while (!at(")")) {
        WithItem item;
        item.contextExpr = expression();
        if (accept("as")) {
          item.optionalVars = starOr(&Parser::bitOr);
          setContext(*item.optionalVars, Ctx::Store, false);
        }
        parsed.push_back(std::move(item));
        if (!accept(",")) break;
      }
      if (accept(")") && at(":")) {
        items = std::move(parsed);
        return true;
      }
    } catch (ParseFail& f) {
      if (f.fromTokenizer) throw;
    }
    m_pos = save;
    m_furthest = saveF;
    return false;
  }

  StmtP decorated() {
    std::vector<ExprP> decorators;
    while (accept("@")) {
      decorators.push_back(namedExpression());
      if (!atKind(TokKind::Newline)) failGeneric();
      advance();
    }
    if (at("def")) return funcDef(std::move(decorators));
    if (at("class")) return classDef(std::move(decorators));
    if (at("async")) unsupported("'async' functions and statements", spanOf(peek()));
    failGeneric();
  }

  StmtP funcDef(std::vector<ExprP> decorators) {
    const Token& kw = advance();
    Span defSpan = spanOf(kw);
    auto st = makeStmt(StmtKind::FunctionDef, defSpan);
    st->decorators = std::move(decorators);
    st->name = expectName();
    expectForced("(");
    st->args = parameters(")", true);
    expect(")");
    if (accept("->")) (void)expression();
    expectForced(":");
    m_scopes.push_back({ScopeKind::Function, 0});
    block(st->body, "function definition", kw.line);
    m_scopes.pop_back();
    // CPython's FunctionDef starts at `def`, not at its decorators.
    st->span = spanFrom(defSpan);
    return st;
  }

  StmtP classDef(std::vector<ExprP> decorators) {
    const Token& kw = advance();
    Span defSpan = spanOf(kw);
    auto st = makeStmt(StmtKind::ClassDef, defSpan);
    st->decorators = std::move(decorators);
    st->name = expectName();
    if (accept("(")) {
      while (!at(")")) {
        if (atName() && peek(1).is("=")) unsupported("class keywords such as metaclass=", spanOf(peek()));
        if (at("*") || at("**")) unsupported("unpacking in class bases", spanOf(peek()));
        st->bases.push_back(expression());
        if (!accept(",")) break;
      }
      expect(")");
    }
    expectForced(":");
    m_scopes.push_back({ScopeKind::Class, 0});
    block(st->body, "class definition", kw.line);
    m_scopes.pop_back();
    st->span = spanFrom(defSpan);
    return st;
  }

  // Parameters of a def (annotations allowed) or a lambda, up to `close`.
  std::unique_ptr<Arguments> parameters(std::string_view close, bool annotations) {
    auto a = std::make_unique<Arguments>();
    bool star = false, seenDefault = false, slash = false;
    auto param = [&]() {
      Arg arg;
      arg.span = spanOf(peek());
      arg.name = expectName();
      if (annotations && accept(":")) (void)expression();
      arg.span = spanFrom(arg.span);
      return arg;
    };
    while (!at(close)) {
      if (at("/")) {
        const Token& t = advance();
        if (slash) failTok(t, "/ may appear only once");
        if (star) failTok(t, "/ must be ahead of *");
        if (a->args.empty()) failTok(t, "at least one argument must precede /");
        slash = true;
        a->posonlyargs = std::move(a->args);
        a->args.clear();
      } else if (at("**")) {
        advance();
        a->kwarg = std::make_unique<Arg>(param());
        if (at("=")) failTok(peek(), "var-keyword argument cannot have default value");
        accept(",");
        if (!at(close)) failTok(peek(), "arguments cannot follow var-keyword argument");
        break;
      } else if (at("*")) {
        const Token& t = advance();
        if (star) failTok(t, "* argument may appear only once");
        star = true;
        if (at(",") || at(close)) {
          if (at(close) || peek(1).is(close) || peek(1).is("**")) failTok(t, "named arguments must follow bare *");
        } else {
          a->vararg = std::make_unique<Arg>(param());
          if (at("=")) failTok(peek(), "var-positional argument cannot have default value");
        }
      } else {
        const Token& nameTok = peek();
        Arg arg = param();
        ExprP def;
        if (accept("=")) def = expression();
        if (star) {
          a->kwonlyargs.push_back(std::move(arg));
          a->kwDefaults.push_back(std::move(def));
        } else {
          if (def) {
            seenDefault = true;
            a->defaults.push_back(std::move(def));
          } else if (seenDefault) {
            failTok(nameTok, "non-default argument follows default argument");
          }
          a->args.push_back(std::move(arg));
        }
      }
      if (!accept(",")) break;
    }
    return a;
  }

  // ------------------------------------------------------------ expressions

  // star_expressions: a, *b, c  (a tuple without parentheses when commas).
  ExprP starExpressions(bool allowStar) {
    Span s = spanOf(peek());
    ExprP first = allowStar ? starOr(&Parser::expression) : expression();
    if (!at(",")) return first;
    auto t = makeExpr(ExprKind::Tuple, s);
    t->elts.push_back(std::move(first));
    while (accept(",")) {
      if (!startsExpression()) break;
      t->elts.push_back(allowStar ? starOr(&Parser::expression) : expression());
    }
    t->span = spanFrom(s);
    return t;
  }

  bool startsExpression() {
    const Token& t = peek();
    switch (t.kind) {
      case TokKind::Name:
        return !t.keyword || t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" ||
               t.text == "lambda" || t.text == "await" || t.text == "yield";
      case TokKind::Number:
      case TokKind::String:
        return true;
      case TokKind::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" ||
               t.text == "*" || t.text == "..." || t.text == "**";
      default:
        return false;
    }
  }

  ExprP starOr(ExprP (Parser::*sub)()) {
    if (!at("*")) return (this->*sub)();
    Span s = spanOf(advance());
    auto e = makeExpr(ExprKind::Starred, s);
    e->operand = bitOr();
    e->span = spanFrom(s);
    return e;
  }

  ExprP namedExpression() {
    if (atName() && peek(1).is(":=")) {
      Span s = spanOf(peek());
      auto target = makeExpr(ExprKind::Name, s);
      target->id = expectName();
      target->ctx = Ctx::Store;
      advance();
      auto e = makeExpr(ExprKind::NamedExpr, s);
      e->left = std::move(target);
      e->right = expression();
      e->span = spanFrom(s);
      return e;
    }
    ExprP e = expression();
    if (at(":=")) failSpan(std::string("cannot use assignment expressions with ") + exprName(*e), e->span);
    if (at("=") && !m_inCallArgs) assignInsteadOfEq(*e);
    return e;
  }
  bool m_inCallArgs = false;

  // True when e, which ends just before the current token, is written in
  // parentheses of its own: `(a < b)` is an atom.
  bool parenthesizedBeforeHere(const Expr& e) const {
    if (m_pos < 2 || !m_toks[m_pos - 1].is(")")) return false;
    size_t paren = m_pos - 1;  // back to the '(' this ')' closes
    for (int depth = 0;; --paren) {
      const Token& t = m_toks[paren];
      depth += t.is(")") || t.is("]") || t.is("}");
      depth -= t.is("(") || t.is("[") || t.is("{");
      if (depth == 0) break;
      if (paren == 0) return false;
    }
    // e starts at that '(' or after it and any more opening ones: ((x)).
    for (size_t i = paren; i < m_pos; ++i) {
      if (m_toks[i].line == e.span.line && m_toks[i].col == e.span.col) return i > paren || m_toks[i].is("(");
      if (!m_toks[i].is("(")) return false;
    }
    return false;
  }

  // `if x = 1:` — CPython suggests '==' (only reached where '=' cannot follow).
  // Its rules match a bitwise_or before the '=': after a comparison, `not`,
  // `and`/`or`, a conditional or a lambda it is plain "invalid syntax".
  void assignInsteadOfEq(const Expr& e) {
    const bool bitwiseOr = e.kind != ExprKind::Compare && e.kind != ExprKind::BoolOp && e.kind != ExprKind::IfExp &&
                           e.kind != ExprKind::Lambda &&
                           !(e.kind == ExprKind::UnaryOp && e.unaryOp == UnaryOpKind::Not);
    const bool parenthesized = parenthesizedBeforeHere(e);
    if (!bitwiseOr && !parenthesized) return;
    size_t save = m_pos, saveF = m_furthest;
    advance();
    if (!startsExpression()) {
      m_pos = save;
      m_furthest = saveF;
      return;
    }
    ExprP rhs;
    try {
      rhs = bitOr();
    } catch (ParseFail&) {
      m_pos = save;
      m_furthest = saveF;
      return;
    }
    if (at("=") || at(":=")) {
      m_pos = save;
      m_furthest = saveF;
      return;
    }
    if (e.kind == ExprKind::Name && !parenthesized)
      failSpan("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", join(e.span, rhs->span));
    if (e.kind != ExprKind::List && e.kind != ExprKind::Tuple && e.kind != ExprKind::GeneratorExp &&
        !(e.kind == ExprKind::Constant &&
          (e.value.kind == ConstValue::Kind::True || e.value.kind == ConstValue::Kind::False ||
           e.value.kind == ConstValue::Kind::None)))
      failSpan(std::string("cannot assign to ") + exprName(e) + " here. Maybe you meant '==' instead of '='?", e.span);
    m_pos = save;
    m_furthest = saveF;
  }

  ExprP expression() {
    DepthGuard guard(*this);
    if (at("lambda")) return lambda();
    Span s = spanOf(peek());
    ExprP body = disjunction();
    if (!at("if")) return body;
    advance();
    ExprP test = disjunction();
    if (!at("else")) {
      // invalid_expression: `a if b` followed by neither 'else' nor ':'.
      if (!at(":")) failSpan("expected 'else' after 'if' expression", join(body->span, test->span));
      failGeneric();
    }
    advance();
    auto e = makeExpr(ExprKind::IfExp, s);
    e->body = std::move(body);
    e->test = std::move(test);
    e->orelse = expression();
    e->span = spanFrom(s);
    return e;
  }

  ExprP lambda() {
    Span s = spanOf(advance());
    auto e = makeExpr(ExprKind::Lambda, s);
    e->args = parameters(":", false);
    expect(":");
    m_scopes.push_back({ScopeKind::Lambda, 0});
    e->operand = expression();
    m_scopes.pop_back();
    e->span = spanFrom(s);
    return e;
  }

  ExprP disjunction() { return boolOp("or", BoolOpKind::Or, &Parser::conjunction); }
  ExprP conjunction() { return boolOp("and", BoolOpKind::And, &Parser::inversion); }

  ExprP boolOp(std::string_view word, BoolOpKind kind, ExprP (Parser::*sub)()) {
    Span s = spanOf(peek());
    ExprP first = (this->*sub)();
    if (!at(word)) return first;
    auto e = makeExpr(ExprKind::BoolOp, s);
    e->boolOp = kind;
    e->elts.push_back(std::move(first));
    while (accept(word)) e->elts.push_back((this->*sub)());
    e->span = spanFrom(s);
    return e;
  }

  ExprP inversion() {
    if (!at("not")) return comparison();
    DepthGuard guard(*this);
    Span s = spanOf(advance());
    auto e = makeExpr(ExprKind::UnaryOp, s);
    e->unaryOp = UnaryOpKind::Not;
    e->operand = inversion();
    e->span = spanFrom(s);
    return e;
  }

  bool compareOp(CmpOpKind& op) {
    const Token& t = peek();
    std::string_view x = t.text;
    if (t.kind == TokKind::Op) {
      if (x == "==")
        op = CmpOpKind::Eq;
      else if (x == "!=")
        op = CmpOpKind::NotEq;
      else if (x == "<")
        op = CmpOpKind::Lt;
      else if (x == "<=")
        op = CmpOpKind::LtE;
      else if (x == ">")
        op = CmpOpKind::Gt;
      else if (x == ">=")
        op = CmpOpKind::GtE;
      else
        return false;
      advance();
      return true;
    }
    if (t.kind != TokKind::Name) return false;
    if (x == "in") {
      op = CmpOpKind::In;
      advance();
      return true;
    }
    if (x == "not" && peek(1).is("in")) {
      op = CmpOpKind::NotIn;
      advance();
      advance();
      return true;
    }
    if (x == "is") {
      advance();
      op = accept("not") ? CmpOpKind::IsNot : CmpOpKind::Is;
      return true;
    }
    return false;
  }

  ExprP comparison() {
    Span s = spanOf(peek());
    ExprP left = bitOr();
    CmpOpKind op;
    if (!compareOp(op)) return left;
    auto e = makeExpr(ExprKind::Compare, s);
    e->left = std::move(left);
    do {
      e->cmpOps.push_back(op);
      e->elts.push_back(bitOr());
    } while (compareOp(op));
    e->span = spanFrom(s);
    return e;
  }

  // Binary operator levels from | down to * / // % @, all left-associative.
  static int binLevel(const Token& t) {
    if (t.kind != TokKind::Op) return -1;
    std::string_view x = t.text;
    if (x == "|") return 0;
    if (x == "^") return 1;
    if (x == "&") return 2;
    if (x == "<<" || x == ">>") return 3;
    if (x == "+" || x == "-") return 4;
    if (x == "*" || x == "/" || x == "//" || x == "%" || x == "@") return 5;
    return -1;
  }

  ExprP bitOr() { return binary(0); }

  // Precedence climbing over the left-associative binary levels.
  ExprP binary(int minLevel) {
    Span s = spanOf(peek());
    ExprP left = factor();
    for (;;) {
      int level = binLevel(peek());
      if (level < minLevel) return left;
      OpKind op = binOpKind(advance().text);
      auto e = makeExpr(ExprKind::BinOp, s);
      e->op = op;
      e->left = std::move(left);
      e->right = binary(level + 1);
      e->span = spanFrom(s);
      left = std::move(e);
    }
  }

  ExprP factor() {
    const Token& t = peek();
    if (t.is("-") || t.is("+") || t.is("~")) {
      DepthGuard guard(*this);
      Span s = spanOf(advance());
      auto e = makeExpr(ExprKind::UnaryOp, s);
      e->unaryOp = t.text == "-" ? UnaryOpKind::USub : t.text == "+" ? UnaryOpKind::UAdd : UnaryOpKind::Invert;
      e->operand = factor();
      e->span = spanFrom(s);
      return e;
    }
    return power();
  }

  ExprP power() {
    Span s = spanOf(peek());
    ExprP base;
    if (at("await")) {  // await_primary: AWAIT primary
      advance();
      base = makeExpr(ExprKind::Await, s);
      base->operand = primary();
      base->span = spanFrom(s);
    } else {
      base = primary();
    }
    if (!at("**")) return base;
    DepthGuard guard(*this);
    advance();
    auto e = makeExpr(ExprKind::BinOp, s);
    e->op = OpKind::Pow;
    e->left = std::move(base);
    e->right = factor();
    e->span = spanFrom(s);
    return e;
  }

  ExprP primary() {
    Span s = spanOf(peek());
    ExprP e = atom();
    for (;;) {
      if (at(".")) {
        e = attributeAccess(std::move(e), s);
      } else if (at("(")) {
        e = call(std::move(e), s);
      } else if (at("[")) {
        advance();
        auto sub = makeExpr(ExprKind::Subscript, s);
        sub->operand = std::move(e);
        sub->index = slices();
        expect("]");
        sub->span = spanFrom(s);
        e = std::move(sub);
      } else {
        return e;
      }
    }
  }

  ExprP call(ExprP func, Span s) {
    DepthGuard guard(*this);
    advance();  // '('
    auto c = makeExpr(ExprKind::Call, s);
    c->operand = std::move(func);
    bool sawKeyword = false, sawKwUnpack = false;
    std::set<std::string> kwNames;
    while (!at(")")) {
      Span as = spanOf(peek());
      if (at("**")) {
        advance();
        Keyword k;
        k.value = expression();
        k.span = spanFrom(as);
        c->keywords.push_back(std::move(k));
        sawKwUnpack = true;
      } else if (atName() && peek(1).is("=")) {
        Keyword k;
        k.arg = std::string(advance().text);
        advance();
        k.value = expression();
        k.span = spanFrom(as);
        if (!kwNames.insert(k.arg).second) failSpan("keyword argument repeated: " + k.arg, k.span);
        c->keywords.push_back(std::move(k));
        sawKeyword = true;
      } else if (at("*")) {
        const Token& star = peek();
        if (sawKwUnpack) failTok(star, "iterable argument unpacking follows keyword argument unpacking");
        ExprP e = starOr(&Parser::expression);
        c->elts.push_back(std::move(e));
      } else {
        bool saved = m_inCallArgs;
        m_inCallArgs = true;
        ExprP e = namedExpression();
        m_inCallArgs = saved;
        if (at("for")) {
          Span start = e->span;
          e = comprehension(ExprKind::GeneratorExp, std::move(e), nullptr, start);
          bool sole = c->elts.empty() && c->keywords.empty() && at(")");
          if (!sole) failSpan("Generator expression must be parenthesized", e->span);
          // CPython's bare generator argument spans the call's parentheses:
          // marked here, fixed by fixBareGenexp once ')' is consumed.
          e->span = {-1, -1, -1, -1};
        } else if (at("=")) {
          failSpan("expression cannot contain assignment, perhaps you meant \"==\"?", join(e->span, spanOf(peek())));
        }
        if (sawKwUnpack) failTok(peek(), "positional argument follows keyword argument unpacking");
        if (sawKeyword) failTok(peek(), "positional argument follows keyword argument");
        missingComma(*e);
        c->elts.push_back(std::move(e));
      }
      if (!accept(",")) break;
    }
    if (!at(")")) {
      if (!c->elts.empty()) missingComma(*c->elts.back());
      failGeneric();
    }
    advance();
    fixBareGenexp(*c);
    c->span = spanFrom(s);
    return c;
  }

  void fixBareGenexp(Expr& c) {
    if (c.elts.size() != 1 || c.elts[0]->span.line != -1) return;
    // From the call's '(' to its ')', as CPython.
    size_t close = m_pos - 1;
    int depth = 0;
    size_t i = close;
    for (; i > 0; --i) {
      const Token& t = m_toks[i];
      if (t.is(")") || t.is("]") || t.is("}")) ++depth;
      if (t.is("(") || t.is("[") || t.is("{")) {
        if (--depth == 0) break;
      }
    }
    c.elts[0]->span = {m_toks[i].line, m_toks[i].col, m_toks[close].endLine, m_toks[close].endCol};
  }

  // "invalid syntax. Perhaps you forgot a comma?": inside brackets, an
  // expression directly followed by another one.
  void missingComma(const Expr& a) {
    const Token& n = peek();
    if (n.level == 0 || !startsExpression() || at("*") || at("**")) return;
    if (n.kind == TokKind::Name && (n.text == "not" || n.text == "yield")) return;
    if (a.kind == ExprKind::Name && n.kind == TokKind::String) return;
    // A call checks its last argument twice (in the loop, then before
    // failing), and each check speculates through every nested call: without
    // remembering the answer, `t(s t(s t(s ... ***` takes 2^depth parses.
    if (m_noMissingCommaAt.count(m_pos)) return;
    size_t save = m_pos, saveF = m_furthest;
    ExprP b;
    try {
      b = expression();
    } catch (ParseFail& f) {
      if (f.fromTokenizer) throw;
      m_pos = save;
      m_furthest = saveF;
      m_noMissingCommaAt.insert(save);
      return;
    }
    if (prev().level == 0) {
      m_pos = save;
      m_furthest = saveF;
      m_noMissingCommaAt.insert(save);
      return;
    }
    failSpan("invalid syntax. Perhaps you forgot a comma?", join(a.span, b->span));
  }

  // Subscript contents: an index, a slice, or a tuple of them.
  ExprP slices() {
    Span s = spanOf(peek());
    ExprP first = sliceItem();
    if (!at(",")) return first;
    auto t = makeExpr(ExprKind::Tuple, s);
    t->elts.push_back(std::move(first));
    while (accept(",")) {
      if (at("]")) break;
      t->elts.push_back(sliceItem());
    }
    t->span = spanFrom(s);
    return t;
  }

  ExprP sliceItem() {
    Span s = spanOf(peek());
    if (at("*")) return starOr(&Parser::expression);
    ExprP lower;
    if (!at(":")) {
      lower = namedExpression();
      if (!at(":")) {
        missingComma(*lower);
        return lower;
      }
    }
    auto sl = makeExpr(ExprKind::Slice, s);
    sl->lower = std::move(lower);
    expect(":");
    if (!at(":") && !at("]") && !at(",")) sl->upper = expression();
    if (accept(":")) {
      if (!at("]") && !at(",")) sl->step = expression();
    }
    sl->span = spanFrom(s);
    return sl;
  }

  ExprP atom() {
    const Token& t = peek();
    Span s = spanOf(t);
    switch (t.kind) {
      case TokKind::Name: {
        std::string_view w = t.text;
        if (w == "None" || w == "True" || w == "False") {
          advance();
          auto e = makeExpr(ExprKind::Constant, s);
          e->value.kind = w == "None"   ? ConstValue::Kind::None
                          : w == "True" ? ConstValue::Kind::True
                                        : ConstValue::Kind::False;
          return e;
        }
        if (w == "yield") {
          // A bare yield where only parenthesised ones are allowed.
          failGeneric();
        }
        if (t.keyword) failGeneric();
        advance();
        auto e = makeExpr(ExprKind::Name, s);
        e->id = std::string(w);
        return e;
      }
      case TokKind::Number:
        return number();
      case TokKind::String:
        return strings();
      case TokKind::Op:
        if (t.text == "(") return parenthesized();
        if (t.text == "[") return listDisplay();
        if (t.text == "{") return braceDisplay();
        if (t.text == "...") {
          advance();
          auto e = makeExpr(ExprKind::Constant, s);
          e->value.kind = ConstValue::Kind::Ellipsis;
          return e;
        }
        break;
      default:
        break;
    }
    failGeneric();
  }

  // The value of a float literal's digits (underscores already gone); one too
  // large is an infinity and one too small 0.0, as CPython reads them.
  static double floatLiteralValue(const std::string& txt) {
    double d = 0;
    auto r = std::from_chars(txt.data(), txt.data() + txt.size(), d);
    if (r.ec == std::errc::result_out_of_range)
      d = txt.find("e-") != std::string::npos || txt.find("E-") != std::string::npos ? 0.0 : HUGE_VAL;
    return d;
  }

  ExprP number() {
    const Token& t = advance();
    Span s = spanOf(t);
    auto e = makeExpr(ExprKind::Constant, s);
    std::string txt;
    for (char ch : t.text)
      if (ch != '_') txt += ch;
    char last = static_cast<char>(txt.back() | 0x20);
    if (last == 'j') {
      txt.pop_back();
      e->value.kind = ConstValue::Kind::Complex;
      e->value.floatValue = floatLiteralValue(txt);
      return e;
    }
    bool radix = txt.size() > 1 && txt[0] == '0' && std::strchr("xXoObB", txt[1]);
    if (!radix && txt.find_first_of(".eE") != std::string::npos) {
      e->value.kind = ConstValue::Kind::Float;
      e->value.floatValue = floatLiteralValue(txt);
      return e;
    }
    int base = 10;
    std::string_view digits = txt;
    if (radix) {
      char r = static_cast<char>(txt[1] | 0x20);
      base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
      digits.remove_prefix(2);
    }
    unsigned long long v = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    if (r.ec == std::errc() && v <= static_cast<unsigned long long>(INT64_MAX)) {
      e->value.kind = ConstValue::Kind::Int;
      e->value.intValue = static_cast<long long>(v);
    } else {
      e->value.kind = ConstValue::Kind::BigInt;
      e->value.text = toDecimal(digits, base);
    }
    return e;
  }

  // ------------------------------------------------------------ strings

  ExprP strings();
  void fstringBody(std::string_view body, const StringParts& sp, bool raw, std::vector<ExprP>& values,
                   std::string& pending, Span whole, int depth);
  size_t replacementField(std::string_view body, size_t i, const StringParts& sp, bool raw, std::vector<ExprP>& values,
                          std::string& pending, Span whole, int depth);
  // CPython reports f-string errors and bad escapes once the run of string
  // tokens is consumed, at the token after it.
  [[noreturn]] void failAfterStrings(const std::string& msg) {
    size_t j = m_pos;
    while (j + 1 < m_toks.size() && m_toks[j].kind == TokKind::String) ++j;
    const Token& t = m_toks[j];
    if (j > m_maxFetched) m_maxFetched = j;
    if (t.kind == TokKind::Error) failGenericAt(t);
    const Token& last = m_toks[j - 1];
    if (t.kind == TokKind::Newline && last.kind == TokKind::String && last.endLine == last.line) {
      // A NEWLINE after a comment starts at the comment, as CPython's tokenizer has it.
      std::string text = lineText(last.line);
      size_t hash = text.find_first_not_of(" \t\f", size_t(last.endBcol));
      if (hash != std::string::npos && text[hash] == '#') {
        size_t end = text.find_last_not_of("\r\n");
        throw ParseFail{info(msg, last.line, int(hash) + 1, int(end) + 2, "SyntaxError")};
      }
    }
    throw ParseFail{info(msg, t.line, t.bcol + 1, t.endLine == t.line ? t.endBcol + 1 : 0)};
  }
  ExprP fstringExpr(std::string_view text, const StringParts& sp, size_t offsetInBody, Span whole);

  // ------------------------------------------------------------ displays

  ExprP parenthesized() {
    DepthGuard guard(*this);
    Span s = spanOf(advance());
    if (accept(")")) {
      auto t = makeExpr(ExprKind::Tuple, spanFrom(s));
      return t;
    }
    if (at("yield")) {
      ExprP y = yieldExpr();
      expect(")");
      return y;
    }
    if (at("**")) failTok(peek(), "cannot use double starred expression here");
    ExprP first = starOr(&Parser::namedExpression);
    if (at("for")) {
      ExprP g = comprehension(ExprKind::GeneratorExp, std::move(first), nullptr, s);
      expect(")");
      g->span = spanFrom(s);
      return g;
    }
    if (accept(")")) {
      if (first->kind == ExprKind::Starred) failSpan("cannot use starred expression here", first->span);
      return first;
    }
    if (!at(",")) {
      missingComma(*first);
      failGeneric();
    }
    auto t = makeExpr(ExprKind::Tuple, s);
    t->elts.push_back(std::move(first));
    while (accept(",")) {
      if (at(")")) break;
      t->elts.push_back(starOr(&Parser::namedExpression));
      if (!at(",") && !at(")")) missingComma(*t->elts.back());
    }
    expect(")");
    t->span = spanFrom(s);
    return t;
  }

  ExprP listDisplay() {
    DepthGuard guard(*this);
    Span s = spanOf(advance());
    auto l = makeExpr(ExprKind::List, s);
    if (accept("]")) {
      l->span = spanFrom(s);
      return l;
    }
    ExprP first = starOr(&Parser::namedExpression);
    if (at("for")) {
      ExprP c = comprehension(ExprKind::ListComp, std::move(first), nullptr, s);
      expect("]");
      c->span = spanFrom(s);
      return c;
    }
    l->elts.push_back(std::move(first));
    for (;;) {
      if (!at(",") && !at("]")) missingComma(*l->elts.back());
      if (!accept(",")) break;
      if (at("]")) break;
      l->elts.push_back(starOr(&Parser::namedExpression));
    }
    expect("]");
    l->span = spanFrom(s);
    return l;
  }

  ExprP braceDisplay() {
    DepthGuard guard(*this);
    Span s = spanOf(advance());
    if (accept("}")) return makeExpr(ExprKind::Dict, spanFrom(s));
    if (at("**")) return dictDisplay(s, nullptr, nullptr);
    ExprP first = starOr(&Parser::namedExpression);
    if (at(":") && first->kind != ExprKind::Starred) {
      advance();
      ExprP value = expression();
      if (at("for")) {
        ExprP c = comprehension(ExprKind::DictComp, std::move(first), std::move(value), s);
        expect("}");
        c->span = spanFrom(s);
        return c;
      }
      return dictDisplay(s, std::move(first), std::move(value));
    }
    if (at("for")) {
      ExprP c = comprehension(ExprKind::SetComp, std::move(first), nullptr, s);
      expect("}");
      c->span = spanFrom(s);
      return c;
    }
    auto set = makeExpr(ExprKind::Set, s);
    set->elts.push_back(std::move(first));
    for (;;) {
      if (!at(",") && !at("}")) missingComma(*set->elts.back());
      if (!accept(",")) break;
      if (at("}")) break;
      set->elts.push_back(starOr(&Parser::namedExpression));
    }
    expect("}");
    set->span = spanFrom(s);
    return set;
  }

  ExprP dictDisplay(Span s, ExprP key, ExprP value) {
    auto d = makeExpr(ExprKind::Dict, s);
    bool first = key || value;
    if (first) {
      d->keys.push_back(std::move(key));
      d->elts.push_back(std::move(value));
      if (!accept(",")) {
        if (!at("}")) missingComma(*d->elts.back());
        expect("}");
        d->span = spanFrom(s);
        return d;
      }
    }
    while (!at("}")) {
      if (accept("**")) {
        d->keys.push_back(nullptr);
        d->elts.push_back(bitOr());
      } else {
        d->keys.push_back(expression());
        if (!at(":") && (at(",") || at("}"))) failSpan("':' expected after dictionary key", d->keys.back()->span);
        expect(":");
        d->elts.push_back(expression());
      }
      if (!at(",") && !at("}")) missingComma(*d->elts.back());
      if (!accept(",")) break;
    }
    expect("}");
    d->span = spanFrom(s);
    return d;
  }

  ExprP comprehension(ExprKind kind, ExprP elt, ExprP value, Span s) {
    if (elt->kind == ExprKind::Starred) {
      if (kind == ExprKind::GeneratorExp || kind == ExprKind::ListComp || kind == ExprKind::SetComp)
        failSpan("iterable unpacking cannot be used in comprehension", elt->span);
    }
    auto c = makeExpr(kind, s);
    c->operand = std::move(elt);
    c->body = std::move(value);
    while (at("for") || (at("async") && peek(1).is("for"))) {
      if (at("async")) unsupported("asynchronous comprehensions", spanOf(peek()));
      advance();
      Comprehension g;
      g.target = targetList();
      expect("in");
      g.iter = disjunction();
      while (at("if")) {
        advance();
        g.ifs.push_back(disjunction());
      }
      c->generators.push_back(std::move(g));
    }
    c->span = spanFrom(s);
    return c;
  }

  ExprP yieldExpr() {
    Span s = spanOf(advance());
    if (!inFunction()) { /* reported by defer below, after the span is known */
    }
    if (accept("from")) {
      auto e = makeExpr(ExprKind::YieldFrom, s);
      e->operand = expression();
      e->span = spanFrom(s);
      if (!inFunction()) defer("'yield' outside function", e->span);
      return e;
    }
    auto e = makeExpr(ExprKind::Yield, s);
    if (!atKind(TokKind::Newline) && !at(")") && !at(";") && !at("=") && !at("]") && !at("}"))
      e->operand = starExpressions(true);
    e->span = spanFrom(s);
    if (!inFunction()) defer("'yield' outside function", e->span);
    return e;
  }

  friend class FStringParser;
};

// ---------------------------------------------------------------- strings

// Adjacent literals concatenate; any f-string among them makes a JoinedStr.
ExprP Parser::strings() {
  Span s = spanOf(peek());
  bool anyF = false, anyBytes = false, anyStr = false;
  std::string pending;
  std::vector<ExprP> values;
  while (atKind(TokKind::String)) {
    const Token& t = advance();
    StringParts sp = splitString(t);
    (sp.bytes ? anyBytes : anyStr) = true;
    if (anyBytes && anyStr) failAfterStrings("cannot mix bytes and nonbytes literals");
    if (sp.fstring) {
      anyF = true;
      fstringBody(sp.body, sp, sp.raw, values, pending, spanOf(t), 0);
      continue;
    }
    if (sp.bytes)
      for (char ch : sp.body)
        if (static_cast<unsigned char>(ch) >= 0x80) failTok(t, "bytes can only contain ASCII literal characters");
    if (sp.raw) {
      std::string body(sp.body);
      size_t cr;
      while ((cr = body.find('\r')) != std::string::npos) body.erase(cr, 1);
      pending += body;
    } else {
      DecodeResult d = decodeEscapes(sp.body, sp.bytes);
      if (!d.unsupported.empty()) unsupported(d.unsupported, spanFrom(s));
      if (!d.error.empty()) failAfterStrings(d.error);
      pending += d.text;
    }
  }
  Span whole = spanFrom(s);
  if (!anyF) {
    auto e = makeExpr(ExprKind::Constant, whole);
    e->value.kind = anyBytes ? ConstValue::Kind::Bytes : ConstValue::Kind::Str;
    e->value.text = std::move(pending);
    return e;
  }
  auto j = makeExpr(ExprKind::JoinedStr, whole);
  if (!pending.empty()) {
    auto c = makeExpr(ExprKind::Constant, whole);
    c->value.kind = ConstValue::Kind::Str;
    c->value.text = std::move(pending);
    values.push_back(std::move(c));
  }
  // CPython 3.11 gives every top-level part the span of the whole literal run.
  for (ExprP& v : values) v->span = whole;
  j->elts = std::move(values);
  return j;
}

void Parser::fstringBody(std::string_view body, const StringParts& sp, bool raw, std::vector<ExprP>& values,
                         std::string& pending, Span whole, int depth) {
  size_t i = 0;
  std::string lit;
  auto flushLit = [&]() {
    if (lit.empty()) return;
    if (raw) {
      pending += lit;
    } else {
      DecodeResult d = decodeEscapes(lit, false);
      if (!d.unsupported.empty()) unsupported(d.unsupported, whole);
      if (!d.error.empty()) failAfterStrings(d.error);
      pending += d.text;
    }
    lit.clear();
  };
  while ((i = scanFormatLiteral(body, i, lit, !raw)) < body.size()) {
    if (body[i] == '}') failAfterStrings("f-string: single '}' is not allowed");
    flushLit();
    i = replacementField(body, i + 1, sp, raw, values, pending, whole, depth);
  }
  flushLit();
}

// Parses `{expr[=][!c][:spec]}` starting after '{'; returns the index after '}'.
size_t Parser::replacementField(std::string_view body, size_t i, const StringParts& sp, bool raw,
                                std::vector<ExprP>& values, std::string& pending, Span whole, int depth) {
  if (depth >= 2) failAfterStrings("f-string: expressions nested too deeply");
  size_t start = i;
  std::string open;  // the brackets open at this point, as fstring_find_expr's parenstack
  char quote = 0;
  size_t end = std::string_view::npos;
  for (; i < body.size(); ++i) {
    char c = body[i];
    // fstring_find_expr refuses a backslash anywhere, inside a string too.
    if (c == '\\') failAfterStrings("f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      continue;
    }
    if (c == '#') failAfterStrings("f-string expression part cannot include '#'");
    if (c == '(' || c == '[' || c == '{') {
      open += c;
      continue;
    }
    if (open.empty() && (c == '}' || c == ':' || (c == '!' && i + 1 < body.size() && body[i + 1] != '=') ||
                         (c == '=' && i + 1 < body.size() && body[i + 1] != '=' &&
                          (i == start || std::strchr("=!<>", body[i - 1]) == nullptr)))) {
      end = i;
      break;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (open.empty()) failAfterStrings(std::string("f-string: unmatched '") + c + "'");
      const char opening = open.back();
      open.pop_back();
      if (c != (opening == '(' ? ')' : opening == '[' ? ']' : '}'))
        failAfterStrings(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" +
                         opening + "'");
    }
  }
  // The messages CPython prefers to the compiler's own for an expression cut
  // short: f'{len('ab')}' ends the string inside "len(".
  if (quote) failAfterStrings("f-string: unterminated string");
  if (!open.empty()) failAfterStrings(std::string("f-string: unmatched '") + open.back() + "'");
  if (end == std::string_view::npos) failAfterStrings("f-string: expecting '}'");
  std::string_view exprText = body.substr(start, end - start);
  if (exprText.find_first_not_of(" \t\r\n\f") == std::string_view::npos)
    failAfterStrings("f-string: empty expression not allowed");
  ExprP value = fstringExpr(exprText, sp, static_cast<size_t>(exprText.data() - sp.body.data()), whole);
  i = end;
  bool debug = false;
  if (body[i] == '=') {
    debug = true;
    ++i;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;  // kept in the echoed text
    pending += std::string(body.substr(start, i - start));
  }
  auto fv = makeExpr(ExprKind::FormattedValue, whole);
  fv->operand = std::move(value);
  if (i < body.size() && body[i] == '!') {
    if (i + 1 >= body.size()) failAfterStrings("f-string: expecting '}'");
    char conv = body[i + 1];
    if (conv != 's' && conv != 'r' && conv != 'a')
      failAfterStrings("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = conv;
    i += 2;
  }
  if (i < body.size() && body[i] == ':') {
    ++i;
    size_t specStart = i;
    int n = 0;
    for (; i < body.size(); ++i) {
      if (body[i] == '{')
        ++n;
      else if (body[i] == '}') {
        if (n == 0) break;
        --n;
      }
    }
    std::vector<ExprP> specValues;
    std::string specPending;
    fstringBody(body.substr(specStart, i - specStart), sp, raw, specValues, specPending, whole, depth + 1);
    auto spec = makeExpr(ExprKind::JoinedStr, whole);
    if (!specPending.empty()) {
      auto c = makeExpr(ExprKind::Constant, whole);
      c->value.kind = ConstValue::Kind::Str;
      c->value.text = std::move(specPending);
      specValues.push_back(std::move(c));
    }
    spec->elts = std::move(specValues);
    fv->formatSpec = std::move(spec);
  }
  if (i >= body.size() || body[i] != '}') failAfterStrings("f-string: expecting '}'");
  if (debug && fv->conversion == -1 && !fv->formatSpec) fv->conversion = 'r';
  if (!pending.empty()) {
    auto c = makeExpr(ExprKind::Constant, whole);
    c->value.kind = ConstValue::Kind::Str;
    c->value.text = std::move(pending);
    pending.clear();
    values.push_back(std::move(c));
  }
  values.push_back(std::move(fv));
  return i + 1;
}

// Tokenizes and parses one replacement-field expression (CPython wraps it in
// parentheses, which is why its errors show "(a b)"), then moves every
// position onto the real source.
ExprP Parser::fstringExpr(std::string_view text, const StringParts& sp, size_t offsetInBody, Span whole) {
  std::string wrapped = "(" + std::string(text) + ")";
  LexResult lex = tokenize(wrapped, m_file);
  // Where the expression starts in the real source.
  std::string_view before = sp.body.substr(0, offsetInBody);
  int lineShift = 0;
  size_t lastNl = before.rfind('\n');
  for (char ch : before) lineShift += ch == '\n';
  int baseCol = 0, baseBcol = 0;
  if (lastNl == std::string_view::npos) {
    baseCol = sp.bodyCol + static_cast<int>(utf8Length(before));
    baseBcol = sp.bodyBcol + static_cast<int>(before.size());
  } else {
    std::string_view tail = before.substr(lastNl + 1);
    baseCol = static_cast<int>(utf8Length(tail));
    baseBcol = static_cast<int>(tail.size());
  }
  if (lex.error) {
    SyntaxErrorInfo e = *lex.error;
    e.message = "f-string: " + e.message;
    e.line = whole.line;
    e.sourceLine = lineText(whole.line);
    throw ParseFail{e};
  }
  for (Token& t : lex.tokens) {
    bool firstLine = t.line == 1;
    bool endFirst = t.endLine == 1;
    t.line += sp.bodyLine - 1 + lineShift;
    t.endLine += sp.bodyLine - 1 + lineShift;
    // -1: the added '(' is not in the source.
    if (firstLine) t.col += baseCol - 1, t.bcol += baseBcol - 1;
    if (endFirst) t.endCol += baseCol - 1, t.endBcol += baseBcol - 1;
  }
  Parser sub(lex, m_file, wrapped);
  sub.m_scopes = m_scopes;
  sub.m_inFString = true;
  ExprP e;
  try {
    e = sub.parseFStringExpr();
  } catch (ParseFail& f) {
    // A construct we refuse is named as everywhere else, on the real line
    // (its tokens already carry real positions).
    if (f.info.type == "NotImplementedError") {
      f.info.sourceLine = lineText(f.info.line);
      throw;
    }
    // CPython shows the wrapped expression as the error's source line.
    f.info.message = "f-string: " + f.info.message;
    f.info.sourceLine = wrapped;
    f.info.line = whole.line;
    f.info.col -= baseBcol - 1;
    if (f.info.endCol) f.info.endCol -= baseBcol - 1;
    throw;
  }
  if (sub.m_deferred && !m_deferred) m_deferred = sub.m_deferred;
  return e;
}

SyntaxErrorInfo finalError(const LexResult& lex, Parser& p, SyntaxErrorInfo err) {
  if (err.type == "NotImplementedError") {
    if (lex.error) return *lex.error;
    return err;
  }
  // CPython tokenizes the rest of the file after a parser error: a
  // tokenizer error there takes priority, and so does a bracket left open
  // on a line before the error.
  if (lex.error) return *lex.error;
  if (lex.eofInBrackets && !lex.openBrackets.empty() && p.maxFetchedLine() > lex.openBrackets.back().line)
    return p.unclosedBracket();
  return err;
}

}  // namespace

std::string SyntaxErrorInfo::format() const {
  std::string out;
  if (line > 0) {
    out += "  File \"" + filename + "\", line " + std::to_string(line) + "\n";
    // print_error_text of CPython 3.11, on the line with its newline.
    std::string text = sourceLine + "\n";
    long offset = col, endOffset = endCol;
    long lineSize = static_cast<long>(text.size());
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    long carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
    offset--;
    size_t p = 0;
    while (p < text.size() && (text[p] == ' ' || text[p] == '\t' || text[p] == '\f')) {
      ++p;
      --offset;
    }
    std::string_view rest(text.data() + p, text.size() - p);
    long len = static_cast<long>(rest.size());
    if (len > 0 && rest[len - 1] == '\n') --len;
    if (offset > len) offset = len;
    out += "    ";
    out += rest;
    if (offset >= 0) {
      out += "    " + std::string(offset, ' ') + std::string(carets, '^') + "\n";
    }
  }
  out += type;
  if (!message.empty()) out += ": " + message;
  out += "\n";
  return out;
}

ParseResult parse(std::string_view source, const std::string& filename) {
  ParseResult result;
  LexResult lex = tokenize(source, filename);
  if (lex.error && lex.tokens.size() == 1) {
    result.error = lex.error;
    return result;
  }
  Parser p(lex, filename, source);
  try {
    result.module = p.parseFile();
  } catch (ParseFail& f) {
    result.error = finalError(lex, p, f.info);
    return result;
  } catch (const std::bad_alloc&) {
    SyntaxErrorInfo e;
    e.type = "MemoryError";
    e.filename = filename;
    result.error = e;
    return result;
  }
  // CPython's symbol table runs on the finished tree: its errors come before
  // the compiler's ('return' outside function ...) that the parser deferred.
  auto symbols = std::make_shared<compiler_detail::SymbolTable>();
  try {
    symbols->build(*result.module);
    result.symbols = std::move(symbols);
  } catch (const compiler_detail::CompileFailure& f) {
    p.m_deferred = p.errorAt(f.message, f.span, f.type.c_str());
  } catch (const std::bad_alloc&) {
    p.m_deferred = p.errorAt("", Span{}, "MemoryError");
  }
  if (p.m_deferred) {
    result.module.reset();
    result.error = p.m_deferred;
  }
  return result;
}

}  // namespace ys
