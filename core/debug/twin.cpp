// twin.cpp — decides whether a program has an eager twin and writes it (see twin.h).
#include "core/debug/twin.h"

#include "core/frontend/unparse.h"

namespace ys {

namespace {

using namespace ast;

// Walks the whole tree looking for the first thing that makes laziness
// observable; `m_reason` is the sentence shown to the user.
class LazinessFinder {
 public:
  std::string m_reason;

  void body(const Body& b) {
    for (const auto& s : b) {
      if (!m_reason.empty()) return;
      stmt(*s);
    }
  }

 private:
  void found(const std::string& why, const Span& at) {
    if (m_reason.empty()) m_reason = why + " (line " + std::to_string(at.line) + "), so it has no eager twin.";
  }

  void stmt(const Stmt& s) {
    for (const auto& d : s.decorators) expr(*d);
    for (const auto& b : s.bases) expr(*b);
    if (s.args) arguments(*s.args);
    for (const auto& t : s.targets) expr(*t);
    if (s.kind == StmtKind::ExprStmt && s.value &&
        (s.value->kind == ExprKind::Yield || s.value->kind == ExprKind::YieldFrom)) {
      if (s.value->operand) expr(*s.value->operand);  // a yield statement: its value is not used
    } else if (s.value) {
      expr(*s.value);
    }
    for (const ExprP* e : {&s.target, &s.annotation, &s.iter, &s.test, &s.msg, &s.exc, &s.cause})
      if (*e) expr(**e);
    for (const auto& item : s.items) {
      expr(*item.contextExpr);
      if (item.optionalVars) expr(*item.optionalVars);
    }
    for (const auto& h : s.handlers) {
      if (h.type) expr(*h.type);
      body(h.body);
    }
    for (const auto& a : s.names)
      if (a.name == "inspect") found("The program imports inspect to look at generators", a.span);
    body(s.body);
    body(s.orelse);
    body(s.finalbody);
  }

  void arguments(const Arguments& a) {
    for (const auto& d : a.defaults) expr(*d);
    for (const auto& d : a.kwDefaults)
      if (d) expr(*d);
  }

  void expr(const Expr& e) {
    if (!m_reason.empty()) return;
    switch (e.kind) {
      case ExprKind::Yield:
        found("A generator uses the value of a yield expression, which only send() can provide", e.span);
        return;
      case ExprKind::YieldFrom:
        found("A generator uses the result of 'yield from', which a list cannot give", e.span);
        return;
      case ExprKind::Attribute: {
        const std::string& a = e.id;
        if (a == "send" || a == "throw" || a == "close")
          found("The program calls ." + a + "() on a generator, which only a lazy generator can answer", e.span);
        else if (a == "gi_frame" || a == "gi_running" || a == "gi_code" || a == "gi_yieldfrom" || a == "gi_suspended" ||
                 a == "getgeneratorstate" || a == "getgeneratorlocals")
          found("The program inspects a generator's state (" + a + ")", e.span);
        break;
      }
      case ExprKind::Name:
        if (e.id == "getgeneratorstate" || e.id == "getgeneratorlocals")
          found("The program inspects a generator's state (" + e.id + ")", e.span);
        break;
      default:
        break;
    }
    for (const ExprP* c : {&e.left, &e.right, &e.operand, &e.test, &e.body, &e.orelse, &e.index, &e.lower, &e.upper,
                           &e.step, &e.formatSpec})
      if (*c) expr(**c);
    for (const auto& x : e.elts) expr(*x);
    for (const auto& x : e.keys)
      if (x) expr(*x);
    for (const auto& k : e.keywords) expr(*k.value);
    for (const auto& g : e.generators) {
      expr(*g.target);
      expr(*g.iter);
      for (const auto& c : g.ifs) expr(*c);
    }
    if (e.args) arguments(*e.args);
  }
};

}  // namespace

TwinResult makeEagerTwin(const Module& module) {
  TwinResult r;
  LazinessFinder finder;
  finder.body(module.body);
  if (!finder.m_reason.empty()) {
    r.reason = finder.m_reason;
    return r;
  }
  UnparseOptions opt;
  opt.keepLines = true;
  opt.eagerTwin = true;
  r.source = unparse(module, opt);
  return r;
}

}  // namespace ys
