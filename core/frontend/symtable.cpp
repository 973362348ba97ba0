// symtable.cpp — the symbol table pass of the compiler (see symtable.h).
#include "core/frontend/symtable.h"

#include <algorithm>

namespace ys::compiler_detail {

void SymbolTable::build(const Module& m) {
  top = newScope(ScopeKind::Module, "<module>", nullptr, nullptr, Span{1, 0, 1, 0});
  m_cur = top;
  for (auto& s : m.body) stmt(*s);
  std::set<std::string> bound;
  analyze(top, bound);
}

Scope* SymbolTable::newScope(ScopeKind k, const std::string& name, Scope* parent, const void* node, Span span) {
  all.push_back(std::make_unique<Scope>());
  Scope* s = all.back().get();
  s->kind = k;
  s->name = name;
  s->parent = parent;
  s->span = span;
  s->privateName = k == ScopeKind::Class ? name : parent ? parent->privateName : std::string();
  if (parent) {
    parent->children.push_back(s);
    if (parent->kind == ScopeKind::Module) s->qualname = name;
    // CPython's compiler_set_qualname: only a def or lambda parent adds
    // ".<locals>"; a comprehension parent does not ("<listcomp>.<lambda>").
    else if (parent->kind == ScopeKind::Function || parent->kind == ScopeKind::Lambda)
      s->qualname = parent->qualname + ".<locals>." + name;
    else
      s->qualname = parent->qualname + "." + name;
  } else {
    s->qualname = name;
  }
  if (node) byNode[node] = s;
  return s;
}

void SymbolTable::add(const std::string& unmangled, uint32_t flag) {
  const std::string name = mangle(m_cur->privateName, unmangled);
  auto it = m_cur->flags.find(name);
  if (it == m_cur->flags.end()) {
    m_cur->order.push_back(name);
    m_cur->flags[name] = flag;
    return;
  }
  it->second |= flag;
}

void SymbolTable::params(const Arguments& a) {
  auto addp = [&](const Arg& arg) {
    const std::string name = mangle(m_cur->privateName, arg.name);
    if (m_cur->flags.count(name) && (m_cur->flags[name] & DEF_PARAM))
      throw CompileFailure{"duplicate argument '" + arg.name + "' in function definition", arg.span};
    add(arg.name, DEF_PARAM);
    m_cur->params.push_back(name);
  };
  for (auto& p : a.posonlyargs) addp(p);
  for (auto& p : a.args) addp(p);
  for (auto& p : a.kwonlyargs) addp(p);
  if (a.vararg) addp(*a.vararg);
  if (a.kwarg) addp(*a.kwarg);
}

void SymbolTable::argDefaults(const Arguments& a) {
  for (auto& d : a.defaults)
    if (d) expr(*d);
  for (auto& d : a.kwDefaults)
    if (d) expr(*d);
}

void SymbolTable::body(const Body& b) {
  for (auto& s : b) stmt(*s);
}

void SymbolTable::stmt(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::FunctionDef: {
      for (auto& d : s.decorators) expr(*d);
      if (s.args) argDefaults(*s.args);
      add(s.name, DEF_LOCAL);
      Scope* saved = m_cur;
      m_cur = newScope(ScopeKind::Function, s.name, saved, &s, s.span);
      if (s.args) params(*s.args);
      body(s.body);
      m_cur = saved;
      break;
    }
    case StmtKind::ClassDef: {
      for (auto& d : s.decorators) expr(*d);
      for (auto& b : s.bases) expr(*b);
      add(s.name, DEF_LOCAL);
      Scope* saved = m_cur;
      m_cur = newScope(ScopeKind::Class, s.name, saved, &s, s.span);
      body(s.body);
      m_cur = saved;
      break;
    }
    case StmtKind::Return:
      if (s.value) expr(*s.value);
      break;
    case StmtKind::Delete:
      for (auto& t : s.targets) expr(*t);
      break;
    case StmtKind::Assign:
      expr(*s.value);
      for (auto& t : s.targets) expr(*t);
      break;
    case StmtKind::AugAssign:
      expr(*s.value);
      expr(*s.target);
      if (s.target->kind == ExprKind::Name) add(s.target->id, USE);
      break;
    case StmtKind::AnnAssign:
      // As symtable.c: the target, then the annotation (a use even where it
      // is never evaluated, as in a function body), then the value.
      if (s.target->kind == ExprKind::Name) {
        auto it = m_cur->flags.find(mangle(m_cur->privateName, s.target->id));
        uint32_t declared = it == m_cur->flags.end() ? 0 : it->second & (DEF_GLOBAL | DEF_NONLOCAL);
        if (declared && m_cur->kind != ScopeKind::Module)
          throw CompileFailure{
              "annotated name '" + s.target->id + "' can't be " + (declared & DEF_GLOBAL ? "global" : "nonlocal"),
              s.span};
        add(s.target->id, DEF_LOCAL | DEF_ANNOT);
      } else {
        expr(*s.target);
      }
      if (s.annotation) expr(*s.annotation);
      if (s.value) expr(*s.value);
      break;
    case StmtKind::For:
      expr(*s.iter);
      expr(*s.target);
      body(s.body);
      body(s.orelse);
      break;
    case StmtKind::While:
    case StmtKind::If:
      expr(*s.test);
      body(s.body);
      body(s.orelse);
      break;
    case StmtKind::With:
      for (auto& it : s.items) {
        expr(*it.contextExpr);
        if (it.optionalVars) expr(*it.optionalVars);
      }
      body(s.body);
      break;
    case StmtKind::Raise:
      if (s.exc) expr(*s.exc);
      if (s.cause) expr(*s.cause);
      break;
    case StmtKind::Try:
      body(s.body);
      for (auto& h : s.handlers) {
        if (h.type) expr(*h.type);
        if (!h.name.empty()) add(h.name, DEF_LOCAL);
        body(h.body);
      }
      body(s.orelse);
      body(s.finalbody);
      break;
    case StmtKind::Assert:
      expr(*s.test);
      if (s.msg) expr(*s.msg);
      break;
    case StmtKind::Import:
      for (auto& a : s.names) {
        std::string bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
        add(bound, DEF_LOCAL);
      }
      break;
    case StmtKind::ImportFrom:
      for (auto& a : s.names) {
        if (a.name == "*") {
          // Binds names only known at run time; CodeGen refuses it at module level.
          if (m_cur->kind != ScopeKind::Module) throw CompileFailure{"import * only allowed at module level", a.span};
          continue;
        }
        add(a.asname.empty() ? a.name : a.asname, DEF_LOCAL);
      }
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      for (auto& n : s.identifiers) declare(n, s);
      break;
    case StmtKind::ExprStmt:
      expr(*s.value);
      break;
    case StmtKind::Pass:
    case StmtKind::Break:
    case StmtKind::Continue:
      break;
    case StmtKind::Match:
      expr(*s.value);
      for (auto& c : s.cases) {
        pattern(*c.pattern);
        if (c.guard) expr(*c.guard);
        body(c.body);
      }
      break;
  }
}

// A global or nonlocal statement's name: symtable.c's checks against what the
// scope did with the name before (the rest waits for analyze()).
void SymbolTable::declare(const std::string& name, const Stmt& s) {
  const char* what = s.kind == StmtKind::Global ? "global" : "nonlocal";
  if (auto it = m_cur->flags.find(mangle(m_cur->privateName, name)); it != m_cur->flags.end()) {
    uint32_t f = it->second;
    if (f & DEF_PARAM) throw CompileFailure{"name '" + name + "' is parameter and " + what, s.span};
    if (f & USE) throw CompileFailure{"name '" + name + "' is used prior to " + what + " declaration", s.span};
    if (f & DEF_ANNOT) throw CompileFailure{"annotated name '" + name + "' can't be " + what, s.span};
    if (f & DEF_LOCAL)
      throw CompileFailure{"name '" + name + "' is assigned to before " + what + " declaration", s.span};
  }
  add(name, s.kind == StmtKind::Global ? DEF_GLOBAL : DEF_NONLOCAL);
  m_directiveSpans[m_cur].emplace(mangle(m_cur->privateName, name), s.span);  // errors point at the first one
}

void SymbolTable::pattern(const Pattern& p) {
  if (p.value) expr(*p.value);
  for (auto& k : p.keys) expr(*k);
  for (auto& sub : p.patterns) pattern(*sub);
  for (auto& sub : p.kwdPatterns) pattern(*sub);
  if (p.pattern) pattern(*p.pattern);
  if (!p.name.empty()) add(p.name, DEF_LOCAL);
}

namespace {

// The name CPython gives a comprehension's code, and the one its errors use.
struct ComprehensionNames {
  ExprKind kind;
  const char* codeName;
  const char* described;
};
constexpr ComprehensionNames kComprehensions[] = {
    {ExprKind::ListComp, "<listcomp>", "list comprehension"},
    {ExprKind::SetComp, "<setcomp>", "set comprehension"},
    {ExprKind::DictComp, "<dictcomp>", "dict comprehension"},
    {ExprKind::GeneratorExp, "<genexpr>", "generator expression"},
};

const ComprehensionNames& comprehensionNames(ExprKind kind) {
  for (const ComprehensionNames& c : kComprehensions)
    if (c.kind == kind) return c;
  return kComprehensions[3];
}

}  // namespace

void SymbolTable::comprehension(const Expr& e) {
  const bool genexp = e.kind == ExprKind::GeneratorExp;
  // The first iterable is evaluated in the enclosing scope.
  expr(*e.generators[0].iter);
  Scope* saved = m_cur;
  m_cur = newScope(ScopeKind::Comprehension, comprehensionNames(e.kind).codeName, saved, &e, e.span);
  m_cur->comprehensionKind = e.kind;
  m_cur->isGenerator = genexp;
  add(".0", DEF_PARAM);
  m_cur->params.push_back(".0");
  for (size_t i = 0; i < e.generators.size(); ++i) {
    auto& g = e.generators[i];
    if (i > 0) expr(*g.iter);
    expr(*g.target);
    markCompIter(*g.target);
    for (auto& c : g.ifs) expr(*c);
  }
  if (e.operand) expr(*e.operand);
  if (e.body) expr(*e.body);
  // An asynchronous list, set or dict comprehension makes the comprehension
  // around it asynchronous too; a generator expression does not.
  if (m_cur->hasAwait && !genexp && saved->kind == ScopeKind::Comprehension) saved->hasAwait = true;
  m_cur = saved;
}

void SymbolTable::markCompIter(const Expr& t) {
  if (t.kind == ExprKind::Name) m_cur->flags[mangle(m_cur->privateName, t.id)] |= DEF_COMP_ITER;
  for (auto& x : t.elts)
    if (x) markCompIter(*x);
  if (t.operand) markCompIter(*t.operand);  // *rest
}

void SymbolTable::expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name:
      if (e.ctx == Ctx::Load) {
        add(e.id, USE);
        if (e.id == "super" && m_cur->kind == ScopeKind::Function) add("__class__", USE);
      } else {
        add(e.id, DEF_LOCAL);
      }
      break;
    case ExprKind::Lambda: {
      if (e.args) argDefaults(*e.args);
      Scope* saved = m_cur;
      m_cur = newScope(ScopeKind::Lambda, "<lambda>", saved, &e, e.span);
      if (e.args) params(*e.args);
      expr(*e.operand);
      m_cur = saved;
      break;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      comprehension(e);
      break;
    case ExprKind::Await:
      m_cur->hasAwait = true;
      expr(*e.operand);
      break;
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      // 'yield' outside function is the compiler's error, not the symbol
      // table's: the parser defers it and CodeGen refuses it.
      if (m_cur->kind == ScopeKind::Comprehension)
        throw CompileFailure{std::string("'yield' inside ") + comprehensionNames(m_cur->comprehensionKind).described,
                             e.span};
      m_cur->isGenerator = true;
      if (e.operand) expr(*e.operand);
      break;
    case ExprKind::NamedExpr: {
      // The target binds in the nearest enclosing non-comprehension scope
      // (CPython's symtable_extend_namedexpr_scope): a function's local,
      // reached from the comprehensions through a cell (nonlocal), or a
      // module global (global in the comprehensions).
      Scope* saved = m_cur;
      expr(*e.right);
      const std::string target = mangle(m_cur->privateName, e.left->id);
      while (m_cur->kind == ScopeKind::Comprehension && m_cur->parent) {
        auto it = m_cur->flags.find(target);
        if (it != m_cur->flags.end() && (it->second & DEF_COMP_ITER))
          throw CompileFailure{
              "assignment expression cannot rebind comprehension iteration variable '" + e.left->id + "'",
              e.left->span};
        m_cur = m_cur->parent;
      }
      if (m_cur != saved && m_cur->kind == ScopeKind::Class)
        throw CompileFailure{"assignment expression within a comprehension cannot be used in a class body",
                             e.left->span};
      uint32_t through = DEF_NONLOCAL;
      if (m_cur->kind == ScopeKind::Module)
        through = DEF_GLOBAL;
      else if (auto it = m_cur->flags.find(target); it != m_cur->flags.end() && (it->second & DEF_GLOBAL))
        through = DEF_GLOBAL;
      if (m_cur->kind == ScopeKind::Module || through != DEF_GLOBAL) add(target, DEF_LOCAL);
      for (Scope* s = saved; s != m_cur; s = s->parent) {
        if (std::find(s->order.begin(), s->order.end(), target) == s->order.end()) s->order.push_back(target);
        s->flags[target] |= through;
      }
      m_cur = saved;
      break;
    }
    default:
      if (e.left) expr(*e.left);
      if (e.right) expr(*e.right);
      if (e.operand) expr(*e.operand);
      if (e.test) expr(*e.test);
      if (e.body) expr(*e.body);
      if (e.orelse) expr(*e.orelse);
      if (e.index) expr(*e.index);
      if (e.lower) expr(*e.lower);
      if (e.upper) expr(*e.upper);
      if (e.step) expr(*e.step);
      for (auto& k : e.keys)
        if (k) expr(*k);
      for (auto& x : e.elts)
        if (x) expr(*x);
      for (auto& kw : e.keywords) expr(*kw.value);
      if (e.formatSpec) expr(*e.formatSpec);
      break;
  }
}

Span SymbolTable::directiveSpan(Scope* s, const std::string& name) {
  auto it = m_directiveSpans[s].find(name);
  return it != m_directiveSpans[s].end() ? it->second : s->span;
}

// Decides Local / Cell / Free / Global for every name; returns the names
// this scope needs from its enclosing scopes.
std::set<std::string> SymbolTable::analyze(Scope* s, const std::set<std::string>& enclosingBound) {
  std::set<std::string> frees;
  for (auto& n : s->order) {
    uint32_t f = s->flags[n];
    if (f & DEF_GLOBAL) {
      if (f & DEF_NONLOCAL) throw CompileFailure{"name '" + n + "' is nonlocal and global", directiveSpan(s, n)};
      s->res[n] = Res::GlobalExplicit;
    } else if (f & DEF_NONLOCAL) {
      if (s->kind == ScopeKind::Module)
        throw CompileFailure{"nonlocal declaration not allowed at module level", directiveSpan(s, n)};
      if (!enclosingBound.count(n))
        throw CompileFailure{"no binding for nonlocal '" + n + "' found", directiveSpan(s, n)};
      s->res[n] = Res::Free;
      frees.insert(n);
    } else if (f & (DEF_LOCAL | DEF_PARAM)) {
      s->res[n] = (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) ? Res::Name : Res::Local;
    } else if (enclosingBound.count(n)) {
      s->res[n] = Res::Free;
      frees.insert(n);
    } else {
      s->res[n] = (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class) ? Res::Name : Res::GlobalImplicit;
    }
  }
  std::set<std::string> childBound = enclosingBound;
  if (s->isFunctionLike()) {
    for (auto& [n, r] : s->res)
      if (r == Res::Local || r == Res::Free) childBound.insert(n);
    for (auto& [n, r] : s->res)
      if (r == Res::GlobalExplicit) childBound.erase(n);
  } else if (s->kind == ScopeKind::Class) {
    childBound.insert("__class__");
  }
  std::set<std::string> childFrees;
  for (Scope* c : s->children) {
    auto f = analyze(c, childBound);
    childFrees.insert(f.begin(), f.end());
  }
  for (auto& n : childFrees) {
    if (s->kind == ScopeKind::Class && n == "__class__") {
      s->needsClassCell = true;
      continue;
    }
    auto it = s->res.find(n);
    if (s->isFunctionLike() && it != s->res.end() && (it->second == Res::Local || it->second == Res::Cell)) {
      it->second = Res::Cell;
    } else if (it != s->res.end() && it->second == Res::Free) {
      // already free here
    } else if (s->kind == ScopeKind::Class && it != s->res.end() && it->second == Res::Name) {
      // a class-level name shadows nothing for methods: pass through as free
      frees.insert(n);
      m_classPassThrough[s].insert(n);
    } else {
      frees.insert(n);
      if (it == s->res.end()) {
        s->res[n] = Res::Free;
        s->order.push_back(n);
        s->flags[n] = 0;
      }
    }
  }
  for (auto& n : s->order)
    if (s->res[n] == Res::Cell) s->cellvars.push_back(n);
  if (s->needsClassCell) s->cellvars.push_back("__class__");
  for (auto& n : s->order)
    if (s->res[n] == Res::Free) s->freevars.push_back(n);
  for (auto& n : m_classPassThrough[s])
    if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end()) s->freevars.push_back(n);
  return frees;
}

}  // namespace ys::compiler_detail
