// unparse.cpp — AST to Python source (see unparse.h).
#include "core/frontend/unparse.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/base/format.h"
#include "core/base/text.h"

namespace ys {

namespace {

using namespace ast;

// CPython's ast._Precedence, lowest binding first.
enum Prec {
  kNamedExpr = 1,
  kTuple,
  kYield,
  kTest,
  kOr,
  kAnd,
  kNot,
  kCmp,
  kExpr,
  kBXor,
  kBAnd,
  kShift,
  kArith,
  kTerm,
  kFactor,
  kPower,
  kAwait,
  kAtom
};

int binPrec(OpKind op) {
  switch (op) {
    case OpKind::BitOr:
      return kExpr;
    case OpKind::BitXor:
      return kBXor;
    case OpKind::BitAnd:
      return kBAnd;
    case OpKind::LShift:
    case OpKind::RShift:
      return kShift;
    case OpKind::Add:
    case OpKind::Sub:
      return kArith;
    case OpKind::Pow:
      return kPower;
    default:
      return kTerm;
  }
}

const char* binText(OpKind op) {
  static const char* t[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return t[static_cast<int>(op)];
}

const char* cmpText(CmpOpKind op) {
  static const char* t[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
  return t[static_cast<int>(op)];
}

// A float constant as ast.unparse writes it: its repr, but an infinity
// (which only a literal like 1e999 makes) as 1e309, which reads back as one.
std::string floatLiteral(double d) {
  if (std::isinf(d)) return d > 0 ? "1e309" : "-1e309";
  return ys::floatRepr(d);
}

bool containsYield(const Expr* e);

bool bodyYields(const Body& body);

bool stmtYields(const Stmt& s) {
  if (s.kind == StmtKind::FunctionDef || s.kind == StmtKind::ClassDef) {
    for (const auto& d : s.decorators)
      if (containsYield(d.get())) return true;
    return false;
  }
  for (const ExprP* e : {&s.value, &s.target, &s.iter, &s.test, &s.msg, &s.exc, &s.cause, &s.annotation})
    if (containsYield(e->get())) return true;
  for (const auto& t : s.targets)
    if (containsYield(t.get())) return true;
  for (const auto& item : s.items)
    if (containsYield(item.contextExpr.get()) || containsYield(item.optionalVars.get())) return true;
  for (const auto& h : s.handlers)
    if (containsYield(h.type.get()) || bodyYields(h.body)) return true;
  for (const auto& c : s.cases)
    if (containsYield(c.guard.get()) || bodyYields(c.body)) return true;
  return bodyYields(s.body) || bodyYields(s.orelse) || bodyYields(s.finalbody);
}

bool bodyYields(const Body& body) {
  for (const auto& s : body)
    if (stmtYields(*s)) return true;
  return false;
}

// Yield in this scope: lambdas and comprehensions (except their first
// iterable) are scopes of their own.
bool containsYield(const Expr* e) {
  if (!e) return false;
  if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) return true;
  if (e->kind == ExprKind::Lambda) return false;
  if (e->kind == ExprKind::ListComp || e->kind == ExprKind::SetComp || e->kind == ExprKind::DictComp ||
      e->kind == ExprKind::GeneratorExp)
    return !e->generators.empty() && containsYield(e->generators[0].iter.get());
  for (const ExprP* c : {&e->left, &e->right, &e->operand, &e->test, &e->body, &e->orelse, &e->index, &e->lower,
                         &e->upper, &e->step, &e->formatSpec})
    if (containsYield(c->get())) return true;
  for (const auto& x : e->elts)
    if (containsYield(x.get())) return true;
  for (const auto& x : e->keys)
    if (containsYield(x.get())) return true;
  for (const auto& k : e->keywords)
    if (containsYield(k.value.get())) return true;
  return false;
}

// Calls that accept any iterable and consume it whole: a generator
// expression given to them may become a plain list.
bool consumesWhole(const Expr& func) {
  static const char* names[] = {"sum", "list", "tuple", "set", "frozenset", "sorted", "min", "max",
                                "any", "all",  "dict",  "len", "enumerate", "zip",    "map", "filter"};
  if (func.kind == ExprKind::Name) {
    for (const char* n : names)
      if (func.id == n) return true;
  }
  return func.kind == ExprKind::Attribute && (func.id == "join" || func.id == "extend" || func.id == "update");
}

class Writer {
 public:
  explicit Writer(const UnparseOptions& o) : m_opt(o) {}

  std::string module(const Module& m) {
    body(m.body, 0);
    if (!m_out.empty() && m_out.back() != '\n') m_out += '\n';
    return std::move(m_out);
  }

  std::string exprOnly(const Expr& e) {
    expr(e, kTest);
    return std::move(m_out);
  }

 private:
  const UnparseOptions& m_opt;
  std::string m_out;
  int m_line = 1;  // the output line being written
  bool m_atLineStart = true;
  bool m_inGenerator = false;  // twin: inside a generator function's own body
  int m_fstringDepth = 0;

  void put(std::string_view s) {
    for (char c : s)
      if (c == '\n') ++m_line;
    m_out += s;
    m_atLineStart = !s.empty() ? s.back() == '\n' : m_atLineStart;
  }

  // An optional part of a statement or expression (`from X`, `, msg`, a
  // slice's `:step`): written with what comes before it only when present.
  void optionalExpr(std::string_view before, const ExprP& e, int prec) {
    if (!e) return;
    put(before);
    expr(*e, prec);
  }

  // Starts a fresh line for a statement, padding down to `line` if asked.
  void newLine(int line, int indent) {
    if (!m_atLineStart) put("\n");
    if (m_opt.keepLines)
      while (m_line < line) put("\n");
    m_out.append(static_cast<size_t>(indent) * 4, ' ');
    m_atLineStart = false;
  }

  static bool isSimple(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::ClassDef:
      case StmtKind::For:
      case StmtKind::While:
      case StmtKind::If:
      case StmtKind::With:
      case StmtKind::Try:
      case StmtKind::Match:
        return false;
      default:
        return true;
    }
  }

  // The statements of b from index `from` on.
  void body(const Body& b, int indent, size_t from = 0) {
    for (size_t i = from; i < b.size(); ++i) {
      const Stmt& s = *b[i];
      bool sameLine = m_opt.keepLines && i > 0 && isSimple(s) && isSimple(*b[i - 1]) &&
                      b[i - 1]->span.endLine == s.span.line && m_line == s.span.line;
      if (sameLine) {
        put("; ");
        simpleStmt(s);
      } else {
        stmt(s, indent);
      }
    }
  }

  // The block after a compound header's ':'; inline when it was inline.
  void block(const Body& b, int indent, int headerLine) {
    bool inlineBody = m_opt.keepLines && !b.empty() && b[0]->span.line == headerLine && m_line == headerLine;
    for (const auto& s : b) inlineBody = inlineBody && isSimple(*s) && s->span.line == headerLine;
    if (inlineBody) {
      put(" ");
      for (size_t i = 0; i < b.size(); ++i) {
        if (i) put("; ");
        simpleStmt(*b[i]);
      }
      return;
    }
    if (b.empty()) {
      newLine(0, indent);
      put("pass");
      return;
    }
    body(b, indent);
  }

  // The ':' that ends a compound statement's header, then its body.
  void suite(const Stmt& s, int indent) {
    put(":");
    block(s.body, indent + 1, s.span.line);
  }

  // A clause keyword (else:, finally:) on the line before its body.
  void clause(const char* word, const Body& b, int indent) {
    int line = b.empty() ? 0 : b[0]->span.line - 1;
    newLine(line, indent);
    put(word);
    put(":");
    block(b, indent + 1, m_line);
  }

  void stmt(const Stmt& s, int indent) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
        return funcDef(s, indent);
      case StmtKind::ClassDef: {
        decorators(s, indent);
        newLine(s.span.line, indent);
        put("class " + s.name);
        if (!s.bases.empty()) {
          put("(");
          commaList(s.bases, kTest);
          put(")");
        }
        suite(s, indent);
        return;
      }
      case StmtKind::For: {
        newLine(s.span.line, indent);
        put("for ");
        expr(*s.target, kTuple);
        put(" in ");
        expr(*s.iter, kTest);
        suite(s, indent);
        if (!s.orelse.empty()) clause("else", s.orelse, indent);
        return;
      }
      case StmtKind::While: {
        newLine(s.span.line, indent);
        put("while ");
        expr(*s.test, kNamedExpr);
        suite(s, indent);
        if (!s.orelse.empty()) clause("else", s.orelse, indent);
        return;
      }
      case StmtKind::If:
        return ifStmt(s, indent, "if ");
      case StmtKind::With: {
        newLine(s.span.line, indent);
        put("with ");
        for (size_t i = 0; i < s.items.size(); ++i) {
          if (i) put(", ");
          expr(*s.items[i].contextExpr, kTest);
          if (s.items[i].optionalVars) {
            put(" as ");
            expr(*s.items[i].optionalVars, kTuple);
          }
        }
        suite(s, indent);
        return;
      }
      case StmtKind::Try: {
        newLine(s.span.line, indent);
        put("try:");
        block(s.body, indent + 1, s.span.line);
        for (const auto& h : s.handlers) {
          newLine(h.span.line, indent);
          put("except");
          optionalExpr(" ", h.type, kTest);
          if (!h.name.empty()) put(" as " + h.name);
          put(":");
          block(h.body, indent + 1, h.span.line);
        }
        if (!s.orelse.empty()) clause("else", s.orelse, indent);
        if (!s.finalbody.empty()) clause("finally", s.finalbody, indent);
        return;
      }
      case StmtKind::Match: {
        newLine(s.span.line, indent);
        put("match ");
        expr(*s.value, kNamedExpr);
        put(":");
        for (const auto& c : s.cases) {
          newLine(c.span.line, indent + 1);
          put("case ");
          pattern(*c.pattern);
          optionalExpr(" if ", c.guard, kNamedExpr);
          put(":");
          block(c.body, indent + 2, c.span.line);
        }
        return;
      }
      default:
        newLine(s.span.line, indent);
        simpleStmt(s);
    }
  }

  void patternList(const std::vector<PatternP>& ps) {
    for (size_t i = 0; i < ps.size(); ++i) {
      if (i) put(", ");
      pattern(*ps[i]);
    }
  }

  void pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::MatchValue:
        expr(*p.value, kArith);
        return;
      case PatternKind::MatchSingleton:
        constant(p.singleton);
        return;
      case PatternKind::MatchStar:
        put("*" + (p.name.empty() ? std::string("_") : p.name));
        return;
      case PatternKind::MatchAs:
        if (!p.pattern) {
          put(p.name.empty() ? "_" : p.name);
          return;
        }
        put("(");
        pattern(*p.pattern);
        put(" as " + p.name + ")");
        return;
      case PatternKind::MatchOr:
        put("(");
        for (size_t i = 0; i < p.patterns.size(); ++i) {
          if (i) put(" | ");
          pattern(*p.patterns[i]);
        }
        put(")");
        return;
      case PatternKind::MatchSequence:
        put("[");
        patternList(p.patterns);
        put("]");
        return;
      case PatternKind::MatchMapping: {
        put("{");
        for (size_t i = 0; i < p.keys.size(); ++i) {
          if (i) put(", ");
          expr(*p.keys[i], kFactor);
          put(": ");
          pattern(*p.patterns[i]);
        }
        if (!p.name.empty()) put(std::string(p.keys.empty() ? "" : ", ") + "**" + p.name);
        put("}");
        return;
      }
      case PatternKind::MatchClass:
        expr(*p.value, kAtom);
        put("(");
        patternList(p.patterns);
        for (size_t i = 0; i < p.kwdAttrs.size(); ++i) {
          if (i || !p.patterns.empty()) put(", ");
          put(p.kwdAttrs[i] + "=");
          pattern(*p.kwdPatterns[i]);
        }
        put(")");
        return;
    }
  }

  void ifStmt(const Stmt& s, int indent, const char* word) {
    newLine(s.span.line, indent);
    put(word);
    expr(*s.test, kNamedExpr);
    suite(s, indent);
    if (s.orelse.size() == 1 && s.orelse[0]->kind == StmtKind::If &&
        (!m_opt.keepLines || s.orelse[0]->span.line > m_line)) {
      ifStmt(*s.orelse[0], indent, "elif ");
    } else if (!s.orelse.empty()) {
      clause("else", s.orelse, indent);
    }
  }

  void decorators(const Stmt& s, int indent) {
    for (const auto& d : s.decorators) {
      newLine(d->span.line, indent);
      put("@");
      expr(*d, kExpr);
    }
  }

  void funcDef(const Stmt& s, int indent) {
    decorators(s, indent);
    newLine(s.span.line, indent);
    put("def " + s.name + "(");
    arguments(*s.args);
    put("):");
    bool wasGen = m_inGenerator;
    m_inGenerator = m_opt.eagerTwin && isGeneratorFunction(s);
    if (m_inGenerator)
      twinBody(s, indent + 1);
    else
      block(s.body, indent + 1, s.span.line);
    m_inGenerator = wasGen;
  }

  // The eager twin of a generator body: start the list on the first body
  // line, and return the iterator at the end (see twin.h for the choices).
  void twinBody(const Stmt& def, int indent) {
    const Body& b = def.body;
    const Stmt& first = *b[0];
    int firstLine = first.span.line;
    bool inlineBody = m_opt.keepLines && firstLine == def.span.line;
    bool allInline = inlineBody;
    for (const auto& st : b) allInline = allInline && isSimple(*st) && st->span.line == def.span.line;
    if (allInline) {
      // `def one(): yield 1` stays one line.
      put(" __ys_items = []");
      for (const auto& st : b) {
        put("; ");
        simpleStmt(*st);
      }
      if (b.back()->kind != StmtKind::Return) put("; return iter(__ys_items)");
      return;
    }
    if (isSimple(first) && !inlineBody) {
      newLine(firstLine, indent);
      put("__ys_items = []; ");
      simpleStmt(first);
      body(b, indent, 1);
    } else if (!inlineBody && (first.kind == StmtKind::For || first.kind == StmtKind::If)) {
      // `for x in (__ys_items := []) or ITER:` keeps the first line in place.
      newLine(firstLine, indent);
      if (first.kind == StmtKind::For) {
        put("for ");
        expr(*first.target, kTuple);
        put(" in (__ys_items := []) or ");
        expr(*first.iter, kOr);
        put(":");
        block(first.body, indent + 1, firstLine);
        if (!first.orelse.empty()) clause("else", first.orelse, indent);
      } else {
        put("if (__ys_items := []) or ");
        expr(*first.test, kOr);
        put(":");
        block(first.body, indent + 1, firstLine);
        if (first.orelse.size() == 1 && first.orelse[0]->kind == StmtKind::If)
          ifStmt(*first.orelse[0], indent, "elif ");
        else if (!first.orelse.empty())
          clause("else", first.orelse, indent);
      }
      body(b, indent, 1);
    } else {
      // No room on an existing line: one extra line.
      newLine(0, indent);
      put("__ys_items = []");
      body(b, indent);
    }
    // Falling off the end returns the iterator too.
    const Stmt& last = *b.back();
    if (last.kind == StmtKind::Return) return;
    if (m_opt.keepLines && isSimple(last) && !m_atLineStart && last.kind != StmtKind::Return) {
      put("; return iter(__ys_items)");
    } else {
      newLine(0, indent);
      put("return iter(__ys_items)");
    }
  }

  void arguments(const Arguments& a) {
    bool first = true;
    auto sep = [&]() {
      if (!first) put(", ");
      first = false;
    };
    size_t positional = a.posonlyargs.size() + a.args.size();
    size_t defaultsFrom = positional - a.defaults.size();
    for (size_t i = 0; i < positional; ++i) {
      sep();
      const Arg& arg = i < a.posonlyargs.size() ? a.posonlyargs[i] : a.args[i - a.posonlyargs.size()];
      put(arg.name);
      if (i >= defaultsFrom) {
        put("=");
        expr(*a.defaults[i - defaultsFrom], kTest);
      }
      if (i + 1 == a.posonlyargs.size()) {
        put(", /");
      }
    }
    if (a.vararg) {
      sep();
      put("*" + a.vararg->name);
    } else if (!a.kwonlyargs.empty()) {
      sep();
      put("*");
    }
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      sep();
      put(a.kwonlyargs[i].name);
      if (i < a.kwDefaults.size() && a.kwDefaults[i]) {
        put("=");
        expr(*a.kwDefaults[i], kTest);
      }
    }
    if (a.kwarg) {
      sep();
      put("**" + a.kwarg->name);
    }
  }

  void simpleStmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Return:
        if (m_inGenerator) {
          put("return iter(__ys_items)");
          return;
        }
        put("return");
        optionalExpr(" ", s.value, kTuple);
        return;
      case StmtKind::Delete:
        put("del ");
        commaList(s.targets, kTest);
        return;
      case StmtKind::Assign:
        for (const auto& t : s.targets) {
          expr(*t, kTuple);
          put(" = ");
        }
        valueExpr(*s.value);
        return;
      case StmtKind::AugAssign:
        expr(*s.target, kTuple);
        put(std::string(" ") + binText(s.op) + "= ");
        valueExpr(*s.value);
        return;
      case StmtKind::AnnAssign:
        expr(*s.target, kTuple);
        put(": ");
        expr(*s.annotation, kTest);
        if (s.value) {
          put(" = ");
          valueExpr(*s.value);
        }
        return;
      case StmtKind::Raise:
        put("raise");
        optionalExpr(" ", s.exc, kTest);
        optionalExpr(" from ", s.cause, kTest);
        return;
      case StmtKind::Assert:
        put("assert ");
        expr(*s.test, kTest);
        optionalExpr(", ", s.msg, kTest);
        return;
      case StmtKind::Import:
        put("import ");
        aliases(s);
        return;
      case StmtKind::ImportFrom:
        put("from " + std::string(static_cast<size_t>(s.level), '.') + s.module + " import ");
        aliases(s);
        return;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        put(s.kind == StmtKind::Global ? "global " : "nonlocal ");
        for (size_t i = 0; i < s.identifiers.size(); ++i) put((i ? ", " : "") + s.identifiers[i]);
        return;
      case StmtKind::ExprStmt:
        if (m_inGenerator && s.value->kind == ExprKind::Yield) {
          put("__ys_items.append(");
          if (s.value->operand)
            expr(*s.value->operand, kTest);
          else
            put("None");
          put(")");
          return;
        }
        if (m_inGenerator && s.value->kind == ExprKind::YieldFrom) {
          put("__ys_items.extend(");
          expr(*s.value->operand, kTest);
          put(")");
          return;
        }
        valueExpr(*s.value);
        return;
      case StmtKind::Pass:
        put("pass");
        return;
      case StmtKind::Break:
        put("break");
        return;
      case StmtKind::Continue:
        put("continue");
        return;
      default:
        return;
    }
  }

  // Right-hand sides and expression statements: a bare yield needs no parentheses.
  void valueExpr(const Expr& e) {
    if (e.kind == ExprKind::Yield || e.kind == ExprKind::YieldFrom)
      yieldExpr(e);
    else if (e.kind == ExprKind::Tuple && !e.elts.empty())
      commaList(e.elts, kTest, e.elts.size() == 1);
    else
      expr(e, kTuple);
  }

  void aliases(const Stmt& s) {
    for (size_t i = 0; i < s.names.size(); ++i) {
      if (i) put(", ");
      put(s.names[i].name);
      if (!s.names[i].asname.empty()) put(" as " + s.names[i].asname);
    }
  }

  void commaList(const std::vector<ExprP>& v, int prec, bool trailingComma = false) {
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) put(", ");
      expr(*v[i], prec);
    }
    if (trailingComma) put(",");
  }

  void yieldExpr(const Expr& e) {
    if (e.kind == ExprKind::YieldFrom) {
      put("yield from ");
      expr(*e.operand, kTest);
      return;
    }
    put("yield");
    if (e.operand) {
      put(" ");
      valueExpr(*e.operand);
    }
  }

  void open(bool paren) {
    if (paren) put("(");
  }
  void close(bool paren) {
    if (paren) put(")");
  }

  void expr(const Expr& e, int prec) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        int p = e.boolOp == BoolOpKind::And ? kAnd : kOr;
        open(prec > p);
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (i) put(e.boolOp == BoolOpKind::And ? " and " : " or ");
          expr(*e.elts[i], p + 1);
        }
        close(prec > p);
        return;
      }
      case ExprKind::NamedExpr:
        put("(");
        expr(*e.left, kAtom);
        put(" := ");
        expr(*e.right, kTest);
        put(")");
        return;
      case ExprKind::BinOp: {
        int p = binPrec(e.op);
        bool right = e.op == OpKind::Pow;
        open(prec > p);
        expr(*e.left, right ? p + 1 : p);
        put(std::string(" ") + binText(e.op) + " ");
        expr(*e.right, right ? kFactor : p + 1);
        close(prec > p);
        return;
      }
      case ExprKind::UnaryOp: {
        if (e.unaryOp == UnaryOpKind::Not) {
          open(prec > kNot);
          put("not ");
          expr(*e.operand, kNot);
          close(prec > kNot);
          return;
        }
        open(prec > kFactor);
        put(e.unaryOp == UnaryOpKind::USub ? "-" : e.unaryOp == UnaryOpKind::UAdd ? "+" : "~");
        expr(*e.operand, kFactor);
        close(prec > kFactor);
        return;
      }
      case ExprKind::Lambda:
        open(prec > kTest);
        put("lambda");
        if (!e.args->args.empty() || !e.args->posonlyargs.empty() || e.args->vararg || e.args->kwarg ||
            !e.args->kwonlyargs.empty()) {
          put(" ");
          arguments(*e.args);
        }
        put(": ");
        expr(*e.operand, kTest);
        close(prec > kTest);
        return;
      case ExprKind::IfExp:
        open(prec > kTest);
        expr(*e.body, kTest + 1);
        put(" if ");
        expr(*e.test, kTest + 1);
        put(" else ");
        expr(*e.orelse, kTest);
        close(prec > kTest);
        return;
      case ExprKind::Dict:
        put("{");
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (i) put(", ");
          if (e.keys[i]) {
            expr(*e.keys[i], kTest);
            put(": ");
            expr(*e.elts[i], kTest);
          } else {
            put("**");
            expr(*e.elts[i], kExpr);
          }
        }
        put("}");
        return;
      case ExprKind::Set:
        put("{");
        commaList(e.elts, kTest);
        put("}");
        return;
      case ExprKind::ListComp:
        comp("[", e, "]");
        return;
      case ExprKind::SetComp:
        comp("{", e, "}");
        return;
      case ExprKind::DictComp:
        comp("{", e, "}");
        return;
      case ExprKind::GeneratorExp:
        if (m_opt.eagerTwin) {
          put("iter(");
          comp("[", e, "]");
          put(")");
        } else {
          comp("(", e, ")");
        }
        return;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        put("(");
        yieldExpr(e);
        put(")");
        return;
      case ExprKind::Await:
        open(prec > kAwait);
        put("await ");
        expr(*e.operand, kAtom);
        close(prec > kAwait);
        return;
      case ExprKind::Compare:
        open(prec > kCmp);
        expr(*e.left, kCmp + 1);
        for (size_t i = 0; i < e.cmpOps.size(); ++i) {
          put(std::string(" ") + cmpText(e.cmpOps[i]) + " ");
          expr(*e.elts[i], kCmp + 1);
        }
        close(prec > kCmp);
        return;
      case ExprKind::Call:
        return call(e);
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr:
        return fstring(e);
      case ExprKind::Constant:
        return constant(e.value);
      case ExprKind::Attribute: {
        bool intValue = e.operand->kind == ExprKind::Constant && (e.operand->value.kind == ConstValue::Kind::Int ||
                                                                  e.operand->value.kind == ConstValue::Kind::BigInt);
        open(intValue);
        expr(*e.operand, kAtom);
        close(intValue);
        put("." + e.id);
        return;
      }
      case ExprKind::Subscript:
        expr(*e.operand, kAtom);
        put("[");
        if (e.index->kind == ExprKind::Tuple && !e.index->elts.empty())
          commaList(e.index->elts, kTest, e.index->elts.size() == 1);
        else
          expr(*e.index, kTest);
        put("]");
        return;
      case ExprKind::Starred:
        put("*");
        expr(*e.operand, kExpr);
        return;
      case ExprKind::Name:
        put(e.id);
        return;
      case ExprKind::List:
        put("[");
        commaList(e.elts, kTest);
        put("]");
        return;
      case ExprKind::Tuple:
        put("(");
        commaList(e.elts, kTest, e.elts.size() == 1);
        put(")");
        return;
      case ExprKind::Slice:
        if (e.lower) expr(*e.lower, kTest);
        put(":");
        if (e.upper) expr(*e.upper, kTest);
        optionalExpr(":", e.step, kTest);
        return;
    }
  }

  void comp(const char* openText, const Expr& e, const char* closeText) {
    put(openText);
    expr(*e.operand, kTest);
    if (e.kind == ExprKind::DictComp) {
      put(": ");
      expr(*e.body, kTest);
    }
    for (const auto& g : e.generators) {
      put(" for ");
      expr(*g.target, kTuple);
      put(" in ");
      expr(*g.iter, kOr);
      for (const auto& cond : g.ifs) {
        put(" if ");
        expr(*cond, kOr);
      }
    }
    put(closeText);
  }

  void call(const Expr& e) {
    expr(*e.operand, kAtom);
    put("(");
    bool first = true;
    bool soleGen = e.elts.size() == 1 && e.keywords.empty() && e.elts[0]->kind == ExprKind::GeneratorExp;
    for (const auto& a : e.elts) {
      if (!first) put(", ");
      first = false;
      if (soleGen && m_opt.eagerTwin && consumesWhole(*e.operand))
        comp("[", *a, "]");
      else if (soleGen && !m_opt.eagerTwin)
        comp("", *a, "");
      else
        expr(*a, kTest);
    }
    for (const auto& k : e.keywords) {
      if (!first) put(", ");
      first = false;
      if (k.arg.empty()) {
        put("**");
        expr(*k.value, kExpr);
      } else {
        put(k.arg + "=");
        expr(*k.value, kTest);
      }
    }
    put(")");
  }

  void constant(const ConstValue& v) {
    using K = ConstValue::Kind;
    switch (v.kind) {
      case K::None:
      case K::True:
      case K::False:
        put(singletonName(v.kind));
        return;
      case K::Int:
        put(std::to_string(v.intValue));
        return;
      case K::BigInt:
        put(v.text);
        return;
      case K::Float:
        put(floatLiteral(v.floatValue));
        return;
      case K::Complex:
        put(floatLiteral(v.floatValue) + "j");
        return;
      case K::Str:
        put(strLiteral(v.text, m_fstringDepth ? '"' : 0));
        return;
      case K::Bytes:
        put(bytesLiteral(v.text, m_fstringDepth ? '"' : 0));
        return;
      case K::Ellipsis:
        put("...");
        return;
    }
  }

  // f'...' with literal text escaped and `{expr!c:spec}` fields.
  void fstring(const Expr& e) {
    put("f'");
    ++m_fstringDepth;
    if (e.kind == ExprKind::JoinedStr) {
      for (const auto& part : e.elts) fstringPart(*part);
    } else {
      fstringPart(e);
    }
    --m_fstringDepth;
    put("'");
  }

  void fstringPart(const Expr& part) {
    if (part.kind == ExprKind::Constant) {
      std::string lit;
      for (char c : part.value.text) {
        if (c == '{' || c == '}') lit += c;
        if (c == '\'' || c == '\\') lit += '\\';
        if (c == '\n') {
          lit += "\\n";
          continue;
        }
        lit += c;
      }
      put(lit);
      return;
    }
    put("{");
    // A leading '{' in the expression would read as '{{'.
    std::string save = std::move(m_out);
    m_out.clear();
    expr(*part.operand, kTest + 1);
    std::string inner = std::move(m_out);
    m_out = std::move(save);
    if (!inner.empty() && inner[0] == '{') put(" ");
    put(inner);
    if (part.conversion > 0) put(std::string("!") + static_cast<char>(part.conversion));
    if (part.formatSpec) {
      put(":");
      for (const auto& sp : part.formatSpec->elts) fstringPart(*sp);
    }
    put("}");
  }
};

}  // namespace

bool isGeneratorFunction(const Stmt& def) {
  return def.kind == StmtKind::FunctionDef && bodyYields(def.body);
}

std::string unparse(const Module& module) {
  return unparse(module, UnparseOptions{});
}

std::string unparse(const Module& module, const UnparseOptions& options) {
  return Writer(options).module(module);
}

std::string unparseExpr(const Expr& expr) {
  UnparseOptions o;
  return Writer(o).exprOnly(expr);
}

}  // namespace ys
