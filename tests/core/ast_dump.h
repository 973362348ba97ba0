// ast_dump.h — prints an ast::Module exactly as CPython 3.11's
// `ast.dump(tree)` (or `ast.dump(tree, include_attributes=True)`) prints the
// same program, so parser tests compare against strings python3 produced.
// Annotations are not kept by our AST, so test programs avoid them.
#pragma once

#include <cmath>
#include <cstdlib>
#include <string>

#include "core/base/format.h"
#include "core/frontend/ast.h"
#include "core/frontend/unparse.h"

namespace ys::testing {

class AstDumper {
 public:
  explicit AstDumper(bool attrs) : m_attrs(attrs) {}

  std::string module(const ast::Module& m) { return "Module(body=" + body(m.body) + ", type_ignores=[])"; }

 private:
  bool m_attrs;

  std::string attrs(const ast::Span& s) const {
    if (!m_attrs) return "";
    return ", lineno=" + std::to_string(s.line) + ", col_offset=" + std::to_string(s.col) +
           ", end_lineno=" + std::to_string(s.endLine) + ", end_col_offset=" + std::to_string(s.endCol);
  }
  static std::string q(const std::string& s) { return strLiteral(s); }

  std::string body(const ast::Body& b) {
    std::string out = "[";
    for (size_t i = 0; i < b.size(); ++i) out += (i ? ", " : "") + stmt(*b[i]);
    return out + "]";
  }
  std::string exprs(const std::vector<ast::ExprP>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + (v[i] ? expr(*v[i]) : std::string("None"));
    return out + "]";
  }
  std::string opt(const char* name, const ast::ExprP& e) { return e ? std::string(", ") + name + "=" + expr(*e) : ""; }
  std::string arg(const ast::Arg& a) { return "arg(arg=" + q(a.name) + attrs(a.span) + ")"; }
  std::string args(const std::vector<ast::Arg>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + arg(v[i]);
    return out + "]";
  }
  std::string arguments(const ast::Arguments& a) {
    std::string out = "arguments(posonlyargs=" + args(a.posonlyargs) + ", args=" + args(a.args);
    if (a.vararg) out += ", vararg=" + arg(*a.vararg);
    out += ", kwonlyargs=" + args(a.kwonlyargs) + ", kw_defaults=" + exprs(a.kwDefaults);
    if (a.kwarg) out += ", kwarg=" + arg(*a.kwarg);
    return out + ", defaults=" + exprs(a.defaults) + ")";
  }
  static const char* ctx(ast::Ctx c) {
    return c == ast::Ctx::Load ? "Load()" : c == ast::Ctx::Store ? "Store()" : "Del()";
  }
  static const char* op(ast::OpKind o) {
    static const char* n[] = {"Add()",    "Sub()",    "Mult()",  "MatMult()", "Div()",    "Mod()",     "Pow()",
                              "LShift()", "RShift()", "BitOr()", "BitXor()",  "BitAnd()", "FloorDiv()"};
    return n[static_cast<int>(o)];
  }
  static const char* cmp(ast::CmpOpKind o) {
    static const char* n[] = {"Eq()",  "NotEq()", "Lt()",    "LtE()", "Gt()",
                              "GtE()", "Is()",    "IsNot()", "In()",  "NotIn()"};
    return n[static_cast<int>(o)];
  }
  std::string comps(const std::vector<ast::Comprehension>& gens) {
    std::string out = "[";
    for (size_t i = 0; i < gens.size(); ++i)
      out += (i ? ", " : "") + std::string("comprehension(target=") + expr(*gens[i].target) +
             ", iter=" + expr(*gens[i].iter) + ", ifs=" + exprs(gens[i].ifs) + ", is_async=0)";
    return out + "]";
  }
  std::string constant(const ast::ConstValue& v) {
    using K = ast::ConstValue::Kind;
    switch (v.kind) {
      case K::None:
      case K::True:
      case K::False:
        return ast::singletonName(v.kind);
      case K::Int:
        return std::to_string(v.intValue);
      case K::BigInt:
        return v.text;
      case K::Float:
        return ys::floatRepr(v.floatValue);
      case K::Str:
        return q(v.text);
      case K::Bytes:
        return bytesLiteral(v.text);
      case K::Ellipsis:
        return "Ellipsis";
      case K::Complex:
        return "complex";
    }
    return "?";
  }

 public:
  std::string expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    std::string a = attrs(e.span);
    switch (e.kind) {
      case K::BoolOp:
        return std::string("BoolOp(op=") + (e.boolOp == ast::BoolOpKind::And ? "And()" : "Or()") +
               ", values=" + exprs(e.elts) + a + ")";
      case K::NamedExpr:
        return "NamedExpr(target=" + expr(*e.left) + ", value=" + expr(*e.right) + a + ")";
      case K::BinOp:
        return "BinOp(left=" + expr(*e.left) + ", op=" + op(e.op) + ", right=" + expr(*e.right) + a + ")";
      case K::UnaryOp: {
        static const char* n[] = {"Invert()", "Not()", "UAdd()", "USub()"};
        return std::string("UnaryOp(op=") + n[static_cast<int>(e.unaryOp)] + ", operand=" + expr(*e.operand) + a + ")";
      }
      case K::Lambda:
        return "Lambda(args=" + arguments(*e.args) + ", body=" + expr(*e.operand) + a + ")";
      case K::IfExp:
        return "IfExp(test=" + expr(*e.test) + ", body=" + expr(*e.body) + ", orelse=" + expr(*e.orelse) + a + ")";
      case K::Dict:
        return "Dict(keys=" + exprs(e.keys) + ", values=" + exprs(e.elts) + a + ")";
      case K::Set:
        return "Set(elts=" + exprs(e.elts) + a + ")";
      case K::ListComp:
        return "ListComp(elt=" + expr(*e.operand) + ", generators=" + comps(e.generators) + a + ")";
      case K::SetComp:
        return "SetComp(elt=" + expr(*e.operand) + ", generators=" + comps(e.generators) + a + ")";
      case K::GeneratorExp:
        return "GeneratorExp(elt=" + expr(*e.operand) + ", generators=" + comps(e.generators) + a + ")";
      case K::DictComp:
        return "DictComp(key=" + expr(*e.operand) + ", value=" + expr(*e.body) + ", generators=" + comps(e.generators) +
               a + ")";
      case K::Yield: {
        std::string f = opt("value", e.operand) + a;
        return "Yield(" + (f.empty() ? f : f.substr(2)) + ")";
      }
      case K::YieldFrom:
        return "YieldFrom(value=" + expr(*e.operand) + a + ")";
      case K::Compare: {
        std::string ops = "[";
        for (size_t i = 0; i < e.cmpOps.size(); ++i) ops += (i ? ", " : "") + std::string(cmp(e.cmpOps[i]));
        return "Compare(left=" + expr(*e.left) + ", ops=" + ops + "], comparators=" + exprs(e.elts) + a + ")";
      }
      case K::Call: {
        std::string kws = "[";
        for (size_t i = 0; i < e.keywords.size(); ++i) {
          const ast::Keyword& k = e.keywords[i];
          kws += (i ? ", " : "") + std::string("keyword(") + (k.arg.empty() ? "" : "arg=" + q(k.arg) + ", ") +
                 "value=" + expr(*k.value) + attrs(k.span) + ")";
        }
        return "Call(func=" + expr(*e.operand) + ", args=" + exprs(e.elts) + ", keywords=" + kws + "]" + a + ")";
      }
      case K::FormattedValue:
        return "FormattedValue(value=" + expr(*e.operand) + ", conversion=" + std::to_string(e.conversion) +
               opt("format_spec", e.formatSpec) + a + ")";
      case K::JoinedStr:
        return "JoinedStr(values=" + exprs(e.elts) + a + ")";
      case K::Constant:
        return "Constant(value=" + constant(e.value) + a + ")";
      case K::Attribute:
        return "Attribute(value=" + expr(*e.operand) + ", attr=" + q(e.id) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::Subscript:
        return "Subscript(value=" + expr(*e.operand) + ", slice=" + expr(*e.index) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::Starred:
        return "Starred(value=" + expr(*e.operand) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::Name:
        return "Name(id=" + q(e.id) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::List:
        return "List(elts=" + exprs(e.elts) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::Tuple:
        return "Tuple(elts=" + exprs(e.elts) + ", ctx=" + ctx(e.ctx) + a + ")";
      case K::Slice: {
        std::string f = opt("lower", e.lower) + opt("upper", e.upper) + opt("step", e.step) + a;
        return "Slice(" + (f.empty() ? f : f.substr(2)) + ")";
      }
    }
    return "?";
  }

  std::string stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    std::string a = attrs(s.span);
    auto simple = [&](const char* n) { return std::string(n) + "(" + (a.empty() ? a : a.substr(2)) + ")"; };
    switch (s.kind) {
      case K::FunctionDef:
        return "FunctionDef(name=" + q(s.name) + ", args=" + arguments(*s.args) + ", body=" + body(s.body) +
               ", decorator_list=" + exprs(s.decorators) + a + ")";
      case K::ClassDef:
        return "ClassDef(name=" + q(s.name) + ", bases=" + exprs(s.bases) + ", keywords=[], body=" + body(s.body) +
               ", decorator_list=" + exprs(s.decorators) + a + ")";
      case K::Return: {
        std::string f = opt("value", s.value) + a;
        return "Return(" + (f.empty() ? f : f.substr(2)) + ")";
      }
      case K::Delete:
        return "Delete(targets=" + exprs(s.targets) + a + ")";
      case K::Assign:
        return "Assign(targets=" + exprs(s.targets) + ", value=" + expr(*s.value) + a + ")";
      case K::AugAssign:
        return "AugAssign(target=" + expr(*s.target) + ", op=" + op(s.op) + ", value=" + expr(*s.value) + a + ")";
      case K::AnnAssign:
        return "AnnAssign(target=" + expr(*s.target) + ", annotation=" + expr(*s.annotation) + opt("value", s.value) +
               ", simple=" + (s.target->kind == ast::ExprKind::Name ? "1" : "0") + a + ")";
      case K::For:
        return "For(target=" + expr(*s.target) + ", iter=" + expr(*s.iter) + ", body=" + body(s.body) +
               ", orelse=" + body(s.orelse) + a + ")";
      case K::While:
        return "While(test=" + expr(*s.test) + ", body=" + body(s.body) + ", orelse=" + body(s.orelse) + a + ")";
      case K::If:
        return "If(test=" + expr(*s.test) + ", body=" + body(s.body) + ", orelse=" + body(s.orelse) + a + ")";
      case K::With: {
        std::string items = "[";
        for (size_t i = 0; i < s.items.size(); ++i)
          items += (i ? ", " : "") + std::string("withitem(context_expr=") + expr(*s.items[i].contextExpr) +
                   opt("optional_vars", s.items[i].optionalVars) + ")";
        return "With(items=" + items + "], body=" + body(s.body) + a + ")";
      }
      case K::Raise: {
        std::string f = opt("exc", s.exc) + opt("cause", s.cause) + a;
        return "Raise(" + (f.empty() ? f : f.substr(2)) + ")";
      }
      case K::Try: {
        std::string hs = "[";
        for (size_t i = 0; i < s.handlers.size(); ++i) {
          const ast::ExceptHandler& h = s.handlers[i];
          std::string f = opt("type", h.type) + (h.name.empty() ? "" : ", name=" + q(h.name)) +
                          ", body=" + body(h.body) + attrs(h.span);
          hs += (i ? ", " : "") + std::string("ExceptHandler(") + f.substr(2) + ")";
        }
        return "Try(body=" + body(s.body) + ", handlers=" + hs + "], orelse=" + body(s.orelse) +
               ", finalbody=" + body(s.finalbody) + a + ")";
      }
      case K::Assert:
        return "Assert(test=" + expr(*s.test) + opt("msg", s.msg) + a + ")";
      case K::Import:
      case K::ImportFrom: {
        std::string ns = "[";
        for (size_t i = 0; i < s.names.size(); ++i)
          ns += (i ? ", " : "") + std::string("alias(name=") + q(s.names[i].name) +
                (s.names[i].asname.empty() ? "" : ", asname=" + q(s.names[i].asname)) + attrs(s.names[i].span) + ")";
        ns += "]";
        if (s.kind == K::Import) return "Import(names=" + ns + a + ")";
        return "ImportFrom(" + (s.module.empty() ? "" : "module=" + q(s.module) + ", ") + "names=" + ns +
               ", level=" + std::to_string(s.level) + a + ")";
      }
      case K::Global:
      case K::Nonlocal: {
        std::string ns = "[";
        for (size_t i = 0; i < s.identifiers.size(); ++i) ns += (i ? ", " : "") + q(s.identifiers[i]);
        return std::string(s.kind == K::Global ? "Global" : "Nonlocal") + "(names=" + ns + "]" + a + ")";
      }
      case K::ExprStmt:
        return "Expr(value=" + expr(*s.value) + a + ")";
      case K::Pass:
        return simple("Pass");
      case K::Break:
        return simple("Break");
      case K::Continue:
        return simple("Continue");
    }
    return "?";
  }
};

inline std::string dumpAst(const ast::Module& m, bool attrs = false) {
  return AstDumper(attrs).module(m);
}

// The parser's cases (gen_parser_cases.py): a program and python3's dumps of it.
struct AstCase {
  const char* source;
  const char* dump;      // ast.dump(tree)
  const char* attrDump;  // ast.dump(tree, include_attributes=True); "" for non-ASCII sources
};

inline const AstCase kAstCases[] = {
#include "tests/core/parser_cases.inc"
};

}  // namespace ys::testing
