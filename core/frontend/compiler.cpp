// compiler.cpp — symbol table and code generation (see compiler.h).
#include "core/frontend/compiler.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

#include "core/frontend/opcodes.h"

namespace ys {

Value newComplex(double re, double im);  // mod_complex.cpp

const char* opName(int op) {
  static const char* names[] = {
#define YS_OP_NAME(name, effect) #name,
      YS_OPCODES(YS_OP_NAME)
#undef YS_OP_NAME
  };
  return op >= 0 && op < OP_COUNT ? names[op] : "?";
}

int stackEffect(int op, int arg, bool jump) {
  if (op >= 0 && op < OP_COUNT && kStackEffect[op] != kVaries) return kStackEffect[op];
  switch (op) {
    case CALL: {
      int n = arg & CALL_ARGC_MASK;
      int eff = -n;
      if (arg & CALL_KW) eff -= 1;
      if (arg & CALL_METHOD) eff -= 1;
      return eff;
    }
    case CALL_EX:
      return (arg & 1) ? -2 : -1;
    case BUILD_SLICE:
      return arg == 3 ? -2 : -1;
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
      return 1 - arg;
    case BUILD_MAP:
      return 1 - 2 * arg;
    case UNPACK_SEQUENCE:
      return arg - 1;
    case UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case FOR_ITER:
      return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case SEND:
      return jump ? -1 : 0;
    case MAKE_FUNCTION: {
      int eff = 0;
      if (arg & MF_DEFAULTS) --eff;
      if (arg & MF_KWDEFAULTS) --eff;
      if (arg & MF_CLOSURE) --eff;
      return eff;
    }
    case RAISE_VARARGS:
      return -arg;
    case FORMAT_VALUE:
      return (arg & FV_HAS_SPEC) ? -1 : 0;
    default:
      return 0;
  }
}

namespace {

using namespace ast;

// ====================================================================== symbols

enum SymFlag : uint32_t {
  DEF_LOCAL = 1,
  DEF_PARAM = 2,
  DEF_GLOBAL = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_COMP_ITER = 32,  // a comprehension's iteration variable (walrus may not rebind it)
};

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };
enum class Res { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct CompileFailure {
  std::string message;
  Span span;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name, qualname;
  Span span;
  Scope* parent = nullptr;
  std::unordered_map<std::string, uint32_t> flags;
  std::vector<std::string> order;   // names in order of first appearance
  std::vector<std::string> params;  // parameter names in varnames order
  std::vector<Scope*> children;
  bool isGenerator = false;
  bool compKindGenexp = false;
  std::string compName;  // "<listcomp>" ...
  bool needsClassCell = false;
  std::unordered_map<std::string, Res> res;
  std::vector<std::string> cellvars, freevars;
  bool isFunctionLike() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension;
  }
};

class SymbolTable {
 public:
  std::vector<std::unique_ptr<Scope>> all;
  std::unordered_map<const void*, Scope*> byNode;
  Scope* top = nullptr;

  void build(const Module& m) {
    top = newScope(ScopeKind::Module, "<module>", nullptr, nullptr, Span{1, 0, 1, 0});
    m_cur = top;
    for (auto& s : m.body) stmt(*s);
    std::set<std::string> bound;
    analyze(top, bound);
  }

 private:
  Scope* m_cur = nullptr;

  Scope* newScope(ScopeKind k, const std::string& name, Scope* parent, const void* node, Span span) {
    all.push_back(std::make_unique<Scope>());
    Scope* s = all.back().get();
    s->kind = k;
    s->name = name;
    s->parent = parent;
    s->span = span;
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

  void add(const std::string& name, uint32_t flag, Span span) {
    auto it = m_cur->flags.find(name);
    if (it == m_cur->flags.end()) {
      m_cur->order.push_back(name);
      m_cur->flags[name] = flag;
      return;
    }
    uint32_t old = it->second;
    if ((flag & (DEF_LOCAL | DEF_PARAM)) && (old & DEF_GLOBAL) == 0 && (old & DEF_NONLOCAL) == 0) {
      // fine
    }
    (void)span;
    it->second = old | flag;
  }

  void params(const Arguments& a) {
    auto addp = [&](const Arg& arg) {
      if (m_cur->flags.count(arg.name) && (m_cur->flags[arg.name] & DEF_PARAM))
        throw CompileFailure{"duplicate argument '" + arg.name + "' in function definition", arg.span};
      add(arg.name, DEF_PARAM, arg.span);
      m_cur->params.push_back(arg.name);
    };
    for (auto& p : a.posonlyargs) addp(p);
    for (auto& p : a.args) addp(p);
    for (auto& p : a.kwonlyargs) addp(p);
    if (a.vararg) addp(*a.vararg);
    if (a.kwarg) addp(*a.kwarg);
  }

  void argDefaults(const Arguments& a) {
    for (auto& d : a.defaults)
      if (d) expr(*d);
    for (auto& d : a.kwDefaults)
      if (d) expr(*d);
  }

  void body(const Body& b) {
    for (auto& s : b) stmt(*s);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef: {
        for (auto& d : s.decorators) expr(*d);
        if (s.args) argDefaults(*s.args);
        add(s.name, DEF_LOCAL, s.span);
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
        add(s.name, DEF_LOCAL, s.span);
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
        if (s.target->kind == ExprKind::Name) add(s.target->id, USE, s.target->span);
        break;
      case StmtKind::AnnAssign:
        if (s.value) expr(*s.value);
        expr(*s.target);
        // A class body evaluates a simple target's annotation into
        // __annotations__ (dataclasses read it); elsewhere it is not kept.
        if (m_cur->kind == ScopeKind::Class && s.target->kind == ExprKind::Name && s.annotation) expr(*s.annotation);
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
          if (!h.name.empty()) add(h.name, DEF_LOCAL, h.span);
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
          add(bound, DEF_LOCAL, a.span);
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : s.names) {
          if (a.name == "*") {
            if (m_cur->kind != ScopeKind::Module) throw CompileFailure{"import * only allowed at module level", s.span};
            throw CompileFailure{"Yieldscope does not support 'from ... import *'", s.span};
          }
          add(a.asname.empty() ? a.name : a.asname, DEF_LOCAL, a.span);
        }
        break;
      case StmtKind::Global:
        for (auto& n : s.identifiers) {
          auto it = m_cur->flags.find(n);
          if (it != m_cur->flags.end()) {
            uint32_t f = it->second;
            if (f & DEF_PARAM) throw CompileFailure{"name '" + n + "' is parameter and global", s.span};
            if (f & DEF_NONLOCAL) throw CompileFailure{"name '" + n + "' is nonlocal and global", s.span};
            if (f & DEF_LOCAL)
              throw CompileFailure{"name '" + n + "' is assigned to before global declaration", s.span};
            if (f & USE) throw CompileFailure{"name '" + n + "' is used prior to global declaration", s.span};
          }
          add(n, DEF_GLOBAL, s.span);
        }
        break;
      case StmtKind::Nonlocal:
        if (m_cur->kind == ScopeKind::Module)
          throw CompileFailure{"nonlocal declaration not allowed at module level", s.span};
        for (auto& n : s.identifiers) {
          auto it = m_cur->flags.find(n);
          if (it != m_cur->flags.end()) {
            uint32_t f = it->second;
            if (f & DEF_PARAM) throw CompileFailure{"name '" + n + "' is parameter and nonlocal", s.span};
            if (f & DEF_GLOBAL) throw CompileFailure{"name '" + n + "' is nonlocal and global", s.span};
            if (f & DEF_LOCAL)
              throw CompileFailure{"name '" + n + "' is assigned to before nonlocal declaration", s.span};
            if (f & USE) throw CompileFailure{"name '" + n + "' is used prior to nonlocal declaration", s.span};
          }
          add(n, DEF_NONLOCAL, s.span);
          m_nonlocalSpans[m_cur][n] = s.span;
        }
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

  void pattern(const Pattern& p) {
    if (p.value) expr(*p.value);
    for (auto& k : p.keys) expr(*k);
    for (auto& sub : p.patterns) pattern(*sub);
    for (auto& sub : p.kwdPatterns) pattern(*sub);
    if (p.pattern) pattern(*p.pattern);
    if (!p.name.empty()) add(p.name, DEF_LOCAL, p.span);
  }

  void comprehension(const Expr& e, const char* name, bool genexp) {
    // The first iterable is evaluated in the enclosing scope.
    expr(*e.generators[0].iter);
    Scope* saved = m_cur;
    m_cur = newScope(ScopeKind::Comprehension, name, saved, &e, e.span);
    m_cur->compKindGenexp = genexp;
    m_cur->isGenerator = genexp;
    add(".0", DEF_PARAM, e.span);
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
    m_cur = saved;
  }

  void markCompIter(const Expr& t) {
    if (t.kind == ExprKind::Name) m_cur->flags[t.id] |= DEF_COMP_ITER;
    for (auto& x : t.elts)
      if (x) markCompIter(*x);
    if (t.operand) markCompIter(*t.operand);  // *rest
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
        if (e.ctx == Ctx::Load) {
          add(e.id, USE, e.span);
          if (e.id == "super" && m_cur->kind == ScopeKind::Function) add("__class__", USE, e.span);
        } else {
          add(e.id, DEF_LOCAL, e.span);
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
        comprehension(e, "<listcomp>", false);
        break;
      case ExprKind::SetComp:
        comprehension(e, "<setcomp>", false);
        break;
      case ExprKind::DictComp:
        comprehension(e, "<dictcomp>", false);
        break;
      case ExprKind::GeneratorExp:
        comprehension(e, "<genexpr>", true);
        break;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (m_cur->kind == ScopeKind::Module || m_cur->kind == ScopeKind::Class)
          throw CompileFailure{"'yield' outside function", e.span};
        if (m_cur->kind == ScopeKind::Comprehension) {
          std::string what = m_cur->name == "<listcomp>"   ? "list comprehension"
                             : m_cur->name == "<setcomp>"  ? "set comprehension"
                             : m_cur->name == "<dictcomp>" ? "dict comprehension"
                                                           : "generator expression";
          throw CompileFailure{"'yield' inside " + what, e.span};
        }
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
        const std::string& target = e.left->id;
        while (m_cur->kind == ScopeKind::Comprehension && m_cur->parent) {
          auto it = m_cur->flags.find(target);
          if (it != m_cur->flags.end() && (it->second & DEF_COMP_ITER))
            throw CompileFailure{
                "assignment expression cannot rebind comprehension iteration variable '" + target + "'", e.left->span};
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
        if (m_cur->kind == ScopeKind::Module || through != DEF_GLOBAL) add(target, DEF_LOCAL, e.left->span);
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

  std::unordered_map<Scope*, std::unordered_map<std::string, Span>> m_nonlocalSpans;

  // Decides Local / Cell / Free / Global for every name; returns the names
  // this scope needs from its enclosing scopes.
  std::set<std::string> analyze(Scope* s, const std::set<std::string>& enclosingBound) {
    std::set<std::string> frees;
    for (auto& n : s->order) {
      uint32_t f = s->flags[n];
      if (f & DEF_GLOBAL) {
        s->res[n] = Res::GlobalExplicit;
      } else if (f & DEF_NONLOCAL) {
        if (!enclosingBound.count(n)) {
          Span sp = m_nonlocalSpans[s].count(n) ? m_nonlocalSpans[s][n] : s->span;
          throw CompileFailure{"no binding for nonlocal '" + n + "' found", sp};
        }
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
  std::unordered_map<Scope*, std::set<std::string>> m_classPassThrough;
};

// ====================================================================== codegen

enum class FBKind { ForLoop, WhileLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup };

struct FBlock {
  explicit FBlock(FBKind k) : kind(k) {}
  FBKind kind;
  int continueLabel = -1;
  int breakLabel = -1;
  const Body* finalbody = nullptr;  // FinallyTry
  std::string handlerName;          // HandlerCleanup with `as`
  int handlerIndex = -1;            // the exception handler active for this block's body
  SrcSpan loc;
};

struct HandlerInfo {
  int label;
  int depth;
};

bool isJumpOp(int op) {
  return op == JUMP || op == FOR_ITER || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
         op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP || op == SEND;
}

struct Unit {
  Scope* scope = nullptr;
  Ref<CodeObj> co;
  std::vector<Instr> code;
  std::vector<SrcSpan> spans;
  std::vector<int> handlerOf;
  std::vector<HandlerInfo> handlers;
  std::vector<int> handlerStack;
  std::vector<int> labels;
  std::vector<FBlock> fblocks;
  SrcSpan loc;
  int depth = 0;  // structural stack depth at statement level
  std::map<std::string, int> nameIdx;
  std::map<std::string, int> varIdx;
  std::vector<std::pair<int, std::string>> strConsts;
};

SrcSpan toSrc(const Span& s) {
  return SrcSpan{s.line, s.col, s.endLine, s.endCol};
}
const SrcSpan kNoLoc{-1, -1, -1, -1};

class CodeGen {
 public:
  CodeGen(SymbolTable& st, std::string filename) : m_st(st), m_filename(std::move(filename)) {}

  Ref<CodeObj> module(const Module& m) {
    enter(m_st.top, "<module>", 1);
    Unit& u = *m_unit;
    u.co->firstLine = 1;
    size_t start = 0;
    if (!m.body.empty() && isDocstring(*m.body[0])) {
      setLoc(m.body[0]->span);
      emitConst(strConst(m.body[0]->value->value.text));
      emitName(STORE_NAME, "__doc__");
      start = 1;
    }
    for (size_t i = start; i < m.body.size(); ++i) stmt(*m.body[i]);
    u.loc = kNoLoc;
    emitConst(Value());
    emit(RETURN_VALUE);
    return leave();
  }

 private:
  SymbolTable& m_st;
  std::string m_filename;
  std::vector<std::unique_ptr<Unit>> m_units;
  Unit* m_unit = nullptr;

  // ---------------------------------------------------------------- units
  void enter(Scope* scope, const std::string& name, int firstLine) {
    m_units.push_back(std::make_unique<Unit>());
    m_unit = m_units.back().get();
    Unit& u = *m_unit;
    u.scope = scope;
    u.co = make<CodeObj>();
    u.co->name = name;
    u.co->qualname = scope->qualname;
    u.co->filename = m_filename;
    u.co->firstLine = firstLine;
    u.co->isGenerator = scope->isGenerator;
    u.co->isClassBody = scope->kind == ScopeKind::Class || scope->kind == ScopeKind::Module;
    for (auto& p : scope->params) varIndex(p);
    if (scope->isFunctionLike())
      for (auto& n : scope->order)
        if (scope->res[n] == Res::Local) varIndex(n);
    u.co->cellvars = scope->cellvars;
    u.co->freevars = scope->freevars;
    u.loc = toSrc(scope->span);
  }

  Ref<CodeObj> leave() {
    Unit& u = *m_unit;
    CodeObj& co = *u.co;
    // Cell and free slots follow the varnames.
    int next = int(co.varnames.size());
    for (auto& c : co.cellvars) {
      auto it = u.varIdx.find(c);
      bool isArg = it != u.varIdx.end() && it->second < int(u.scope->params.size());
      if (isArg)
        co.cellSlots.push_back(it->second);
      else if (it != u.varIdx.end())
        co.cellSlots.push_back(it->second);
      else
        co.cellSlots.push_back(next++);
    }
    co.freeStart = next;
    // Patch jumps.
    for (auto& in : u.code)
      if (isJumpOp(in.op)) in.arg = u.labels[in.arg];
    // Artificial instructions keep line -1 semantics for the tracer (endLine
    // -1 marks them) but show the line that ran before them.
    int prevLine = co.firstLine;
    for (auto& sp : u.spans) {
      if (sp.line < 0)
        sp = SrcSpan{prevLine, -1, -1, -1};
      else
        prevLine = sp.line;
    }
    co.code = std::move(u.code);
    co.spans = std::move(u.spans);
    // Exception table: runs of instructions sharing a handler.
    for (size_t i = 0; i < u.handlerOf.size();) {
      int h = u.handlerOf[i];
      size_t j = i + 1;
      while (j < u.handlerOf.size() && u.handlerOf[j] == h) ++j;
      if (h >= 0) {
        ExceptionRange r;
        r.start = int32_t(i);
        r.end = int32_t(j);
        r.handler = u.labels[u.handlers[h].label];
        r.depth = u.handlers[h].depth;
        co.exceptionTable.push_back(r);
      }
      i = j;
    }
    co.stacksize = computeStackSize(co);
    Ref<CodeObj> result = u.co;
    m_units.pop_back();
    m_unit = m_units.empty() ? nullptr : m_units.back().get();
    return result;
  }

  static int computeStackSize(const CodeObj& co) {
    int n = int(co.code.size());
    std::vector<int> depth(n + 1, -1);
    std::vector<int> work;
    auto push = [&](int at, int d) {
      if (at < 0 || at > n) return;
      if (depth[at] < d) {
        depth[at] = d;
        work.push_back(at);
      }
    };
    push(0, 0);
    for (auto& r : co.exceptionTable) push(r.handler, r.depth + 1);
    int maxDepth = 0;
    while (!work.empty()) {
      int i = work.back();
      work.pop_back();
      int d = depth[i];
      while (i < n) {
        const Instr& in = co.code[i];
        maxDepth = std::max(maxDepth, d);
        if (isJumpOp(in.op)) {
          int jd = d + stackEffect(in.op, in.arg, true);
          maxDepth = std::max(maxDepth, jd);
          push(in.arg, jd);
          if (in.op == JUMP) break;
        }
        // Peak inside an instruction (e.g. CALL pushes before popping) is
        // covered by the extra slots below.
        d += stackEffect(in.op, in.arg, false);
        maxDepth = std::max(maxDepth, d);
        if (in.op == RETURN_VALUE || in.op == RAISE_VARARGS || in.op == RERAISE) break;
        ++i;
        if (depth[i] >= d) break;
        depth[i] = d;
      }
    }
    return maxDepth + 2;
  }

  // ---------------------------------------------------------------- emit helpers
  int newLabel() {
    m_unit->labels.push_back(-1);
    return int(m_unit->labels.size()) - 1;
  }
  void bind(int label) { m_unit->labels[label] = int(m_unit->code.size()); }

  void emit(int op, int arg = 0) {
    Unit& u = *m_unit;
    u.code.push_back(Instr{uint16_t(op), arg});
    u.spans.push_back(u.loc);
    u.handlerOf.push_back(u.handlerStack.empty() ? -1 : u.handlerStack.back());
  }
  void emitJump(int op, int label) { emit(op, label); }

  void setLoc(const Span& s) { m_unit->loc = toSrc(s); }

  int constIndex(const Value& v) {
    auto& consts = m_unit->co->consts;
    for (size_t i = 0; i < consts.size(); ++i) {
      const Value& c = consts[i];
      if (c.tag() != v.tag()) continue;
      if (v.isNone()) return int(i);
      if (v.isBool() || v.isInt()) {
        if (c.asInt() == v.asInt()) return int(i);
        continue;
      }
      if (v.isFloat()) {
        if (std::memcmp(&c, &v, sizeof(Value)) == 0 && c.asFloat() == v.asFloat() &&
            std::signbit(c.asFloat()) == std::signbit(v.asFloat()))
          return int(i);
        continue;
      }
      if (c.isObj() && c.asObj() == v.asObj()) return int(i);
    }
    consts.push_back(v);
    return int(consts.size()) - 1;
  }
  void emitConst(const Value& v) { emit(LOAD_CONST, constIndex(v)); }

  Value strConst(const std::string& s) {
    for (auto& [idx, text] : m_unit->strConsts)
      if (text == s) return m_unit->co->consts[idx];
    Value v = internStr(s);
    int idx = constIndex(v);
    m_unit->strConsts.push_back({idx, s});
    return v;
  }

  int nameIndex(const std::string& n) {
    auto it = m_unit->nameIdx.find(n);
    if (it != m_unit->nameIdx.end()) return it->second;
    m_unit->co->names.push_back(internStr(n));
    int idx = int(m_unit->co->names.size()) - 1;
    m_unit->nameIdx[n] = idx;
    return idx;
  }
  void emitName(int op, const std::string& n) { emit(op, nameIndex(n)); }

  int varIndex(const std::string& n) {
    auto it = m_unit->varIdx.find(n);
    if (it != m_unit->varIdx.end()) return it->second;
    m_unit->co->varnames.push_back(n);
    int idx = int(m_unit->co->varnames.size()) - 1;
    m_unit->varIdx[n] = idx;
    return idx;
  }

  // Slot of a cell or free variable in the locals.
  int derefSlot(const std::string& n) {
    CodeObj& co = *m_unit->co;
    auto cit = std::find(co.cellvars.begin(), co.cellvars.end(), n);
    if (cit != co.cellvars.end()) {
      auto vit = m_unit->varIdx.find(n);
      if (vit != m_unit->varIdx.end()) return vit->second;
      // Non-argument cells get slots after varnames; they are assigned in
      // leave(), so encode as a negative placeholder resolved there.
      return kCellBase + int(cit - co.cellvars.begin());
    }
    auto fit = std::find(co.freevars.begin(), co.freevars.end(), n);
    return kFreeBase + int(fit - co.freevars.begin());
  }
  static constexpr int kCellBase = 1 << 20;
  static constexpr int kFreeBase = 1 << 21;

  void pushHandler(int label, int depth) {
    m_unit->handlers.push_back(HandlerInfo{label, depth});
    m_unit->handlerStack.push_back(int(m_unit->handlers.size()) - 1);
  }
  void popHandler() { m_unit->handlerStack.pop_back(); }

  [[noreturn]] void fail(const std::string& msg, const Span& span) { throw CompileFailure{msg, span}; }
  // At the location the last instruction was given (CPython's compiler_error).
  [[noreturn]] void failHere(const std::string& msg) {
    const SrcSpan& l = m_unit->loc;
    throw CompileFailure{msg, Span{l.line, l.col, l.endLine, l.endCol}};
  }

  static bool isDocstring(const Stmt& s) {
    return s.kind == StmtKind::ExprStmt && s.value->kind == ExprKind::Constant &&
           s.value->value.kind == ConstValue::Kind::Str;
  }

  // ---------------------------------------------------------------- names
  void nameOp(const std::string& n, Ctx ctx) {
    Scope* s = m_unit->scope;
    Res r = Res::GlobalImplicit;
    auto it = s->res.find(n);
    if (it != s->res.end())
      r = it->second;
    else if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
      r = Res::Name;
    // A class body reads a captured name through its namespace first.
    if (s->kind == ScopeKind::Class && r == Res::Free && ctx == Ctx::Load &&
        !(s->flags.count(n) && (s->flags[n] & DEF_NONLOCAL))) {
      emit(LOAD_CLASSDEREF, derefSlot(n));
      return;
    }
    switch (r) {
      case Res::Local:
        emit(ctx == Ctx::Load ? LOAD_FAST : ctx == Ctx::Store ? STORE_FAST : DELETE_FAST, varIndex(n));
        return;
      case Res::Cell:
      case Res::Free:
        emit(ctx == Ctx::Load ? LOAD_DEREF : ctx == Ctx::Store ? STORE_DEREF : DELETE_DEREF, derefSlot(n));
        return;
      case Res::GlobalExplicit:
      case Res::GlobalImplicit:
        emitName(ctx == Ctx::Load ? LOAD_GLOBAL : ctx == Ctx::Store ? STORE_GLOBAL : DELETE_GLOBAL, n);
        return;
      case Res::Name:
        emitName(ctx == Ctx::Load ? LOAD_NAME : ctx == Ctx::Store ? STORE_NAME : DELETE_NAME, n);
        return;
    }
  }

  // ---------------------------------------------------------------- statements
  void body(const Body& b) {
    for (auto& s : b) stmt(*s);
  }

  void stmt(const Stmt& s) {
    SrcSpan saved = m_unit->loc;
    setLoc(s.span);
    switch (s.kind) {
      case StmtKind::FunctionDef:
        functionDef(s);
        break;
      case StmtKind::ClassDef:
        classDef(s);
        break;
      case StmtKind::Return:
        returnStmt(s);
        break;
      case StmtKind::Delete:
        for (auto& t : s.targets) deleteTarget(*t);
        break;
      case StmtKind::Assign:
        expr(*s.value);
        for (size_t i = 0; i < s.targets.size(); ++i) {
          if (i + 1 < s.targets.size()) emit(COPY, 1);
          store(*s.targets[i]);
        }
        break;
      case StmtKind::AugAssign:
        augAssign(s);
        break;
      case StmtKind::AnnAssign:
        if (s.value) {
          expr(*s.value);
          store(*s.target);
        } else {
          emit(NOP);
        }
        if (m_unit->scope->kind == ScopeKind::Class && s.target->kind == ExprKind::Name && s.annotation) {
          // __annotations__[name] = annotation, as CPython's class bodies do.
          expr(*s.annotation);
          emitName(LOAD_NAME, "__annotations__");
          emitConst(strConst(s.target->id));
          emit(STORE_SUBSCR);
        }
        break;
      case StmtKind::For:
        forStmt(s);
        break;
      case StmtKind::While:
        whileStmt(s);
        break;
      case StmtKind::If:
        ifStmt(s);
        break;
      case StmtKind::With:
        withStmt(s, 0);
        break;
      case StmtKind::Raise:
        if (s.exc) expr(*s.exc);
        if (s.cause) expr(*s.cause);
        setLoc(s.span);
        emit(RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
        break;
      case StmtKind::Try:
        if (!s.finalbody.empty())
          tryFinally(s);
        else
          tryExcept(s);
        break;
      case StmtKind::Assert:
        assertStmt(s);
        break;
      case StmtKind::Import:
        for (auto& a : s.names) {
          bool top = a.asname.empty() && a.name.find('.') != std::string::npos;
          emit(IMPORT_NAME, nameIndex(a.name) | (top ? (1 << 24) : 0));
          if (!a.asname.empty() && a.name.find('.') != std::string::npos) {
            // import a.b as c binds the submodule itself
          }
          nameOp(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, Ctx::Store);
        }
        break;
      case StmtKind::ImportFrom:
        if (s.level > 0) fail("attempted relative import with no known parent package", s.span);
        emit(IMPORT_NAME, nameIndex(s.module));
        for (auto& a : s.names) {
          emitName(IMPORT_FROM, a.name);
          nameOp(a.asname.empty() ? a.name : a.asname, Ctx::Store);
        }
        emit(POP_TOP);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        break;
      case StmtKind::ExprStmt:
        if (s.value->kind == ExprKind::Constant) {
          emit(NOP);
        } else {
          expr(*s.value);
          emit(POP_TOP);
        }
        break;
      case StmtKind::Pass:
        emit(NOP);
        break;
      case StmtKind::Break:
        breakStmt(s);
        break;
      case StmtKind::Continue:
        continueStmt(s);
        break;
      case StmtKind::Match:
        matchStmt(s);
        break;
    }
    (void)saved;  // like CPython, the location stays the last statement's
  }

  int makeClosure(Scope* child, Ref<CodeObj> code, int flags) {
    if (!child->freevars.empty()) {
      for (auto& fv : child->freevars) {
        // In a class body the child's __class__ is the class cell.
        emit(LOAD_CLOSURE, derefSlot(fv));
      }
      emit(BUILD_TUPLE, int(child->freevars.size()));
      flags |= MF_CLOSURE;
    }
    emitConst(Value::object(code.get()));
    emit(MAKE_FUNCTION, flags);
    return flags;
  }

  int argDefaults(const Arguments& a) {
    int flags = 0;
    if (!a.defaults.empty()) {
      for (auto& d : a.defaults) expr(*d);
      emit(BUILD_TUPLE, int(a.defaults.size()));
      flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      if (i < a.kwDefaults.size() && a.kwDefaults[i]) {
        emitConst(strConst(a.kwonlyargs[i].name));
        expr(*a.kwDefaults[i]);
        ++nkw;
      }
    }
    if (nkw) {
      emit(BUILD_MAP, nkw);
      flags |= MF_KWDEFAULTS;
    }
    return flags;
  }

  void setArgCounts(CodeObj& co, const Arguments& a) {
    co.posonlyargcount = int(a.posonlyargs.size());
    co.argcount = int(a.posonlyargs.size() + a.args.size());
    co.kwonlyargcount = int(a.kwonlyargs.size());
    co.varargs = a.vararg != nullptr;
    co.varkeywords = a.kwarg != nullptr;
  }

  void functionDef(const Stmt& s) {
    Scope* child = m_st.byNode.at(&s);
    for (auto& d : s.decorators) expr(*d);
    int firstLine = s.decorators.empty() ? s.span.line : s.decorators[0]->span.line;
    int flags = s.args ? argDefaults(*s.args) : 0;
    setLoc(s.span);
    m_unit->loc.endLine = m_unit->loc.line;
    Ref<CodeObj> code = compileFunctionBody(child, s.name, firstLine, s.args.get(), s.body, nullptr);
    setLoc(s.span);
    makeClosure(child, code, flags);
    for (size_t i = s.decorators.size(); i-- > 0;) {
      setLoc(s.decorators[i]->span);
      emit(CALL, 1);
    }
    setLoc(s.span);
    nameOp(s.name, Ctx::Store);
  }

  Ref<CodeObj> compileFunctionBody(Scope* child, const std::string& name, int firstLine, const Arguments* args,
                                   const Body& b, const Expr* lambdaBody) {
    enter(child, name, firstLine);
    if (args) setArgCounts(*m_unit->co, *args);
    if (lambdaBody) {
      SrcSpan saved = m_unit->loc;
      expr(*lambdaBody);
      setLoc(lambdaBody->span);
      emit(RETURN_VALUE);
      m_unit->loc = saved;
    } else {
      size_t start = 0;
      if (!b.empty() && isDocstring(*b[0])) {
        start = 1;
        m_unit->co->consts.insert(m_unit->co->consts.begin(), newStr(b[0]->value->value.text));
      } else {
        m_unit->co->consts.insert(m_unit->co->consts.begin(), Value());
      }
      for (size_t i = start; i < b.size(); ++i) stmt(*b[i]);
      m_unit->loc = kNoLoc;
      emitConst(Value());
      emit(RETURN_VALUE);
    }
    return leave();
  }

  // An annotated simple name anywhere in a class body outside nested defs.
  static bool hasAnnotations(const Body& b) {
    for (auto& st : b) {
      if (st->kind == StmtKind::AnnAssign && st->target->kind == ExprKind::Name) return true;
      if (st->kind == StmtKind::FunctionDef || st->kind == StmtKind::ClassDef) continue;
      if (hasAnnotations(st->body) || hasAnnotations(st->orelse) || hasAnnotations(st->finalbody)) return true;
      for (auto& h : st->handlers)
        if (hasAnnotations(h.body)) return true;
    }
    return false;
  }

  void classDef(const Stmt& s) {
    Scope* child = m_st.byNode.at(&s);
    for (auto& d : s.decorators) expr(*d);
    int firstLine = s.decorators.empty() ? s.span.line : s.decorators[0]->span.line;
    setLoc(s.span);
    // The body.
    enter(child, s.name, firstLine);
    m_unit->loc = toSrc(s.span);
    m_unit->loc.endLine = m_unit->loc.line;
    emitName(LOAD_NAME, "__name__");
    emitName(STORE_NAME, "__module__");
    emitConst(strConst(child->qualname));
    emitName(STORE_NAME, "__qualname__");
    size_t start = 0;
    if (!s.body.empty() && isDocstring(*s.body[0])) {
      setLoc(s.body[0]->span);
      emitConst(strConst(s.body[0]->value->value.text));
      emitName(STORE_NAME, "__doc__");
      start = 1;
    }
    if (hasAnnotations(s.body)) {
      // CPython's SETUP_ANNOTATIONS: the class namespace gets a fresh dict.
      emit(BUILD_MAP, 0);
      emitName(STORE_NAME, "__annotations__");
    }
    for (size_t i = start; i < s.body.size(); ++i) stmt(*s.body[i]);
    m_unit->loc = kNoLoc;
    if (child->needsClassCell)
      emit(LOAD_CLOSURE, derefSlot("__class__"));
    else
      emitConst(Value());
    emit(RETURN_VALUE);
    Ref<CodeObj> code = leave();
    setLoc(s.span);
    makeClosure(child, code, 0);
    emitConst(strConst(s.name));
    for (auto& b : s.bases) expr(*b);
    setLoc(s.span);
    emit(BUILD_TUPLE, int(s.bases.size()));
    emit(BUILD_CLASS);
    for (size_t i = s.decorators.size(); i-- > 0;) {
      setLoc(s.decorators[i]->span);
      emit(CALL, 1);
    }
    setLoc(s.span);
    nameOp(s.name, Ctx::Store);
  }

  bool inFunction() const {
    ScopeKind k = m_unit->scope->kind;
    return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
  }

  void returnStmt(const Stmt& s) {
    if (!inFunction()) fail("'return' outside function", s.span);
    if (s.value)
      expr(*s.value);
    else
      emitConst(Value());
    setLoc(s.span);
    unwindAll(true);
    emit(RETURN_VALUE);
  }

  // Emits the cleanup of every enclosing block (for return): loops pop their
  // iterator, finally bodies run, handlers restore the previous exception.
  void unwindAll(bool preserveTos) {
    Unit& u = *m_unit;
    std::vector<FBlock> saved = u.fblocks;
    std::vector<int> savedHandlers = u.handlerStack;
    int savedDepth = u.depth;
    while (!u.fblocks.empty()) {
      FBlock fb = u.fblocks.back();
      u.fblocks.pop_back();
      unwindBlock(fb, preserveTos);
    }
    u.fblocks = saved;
    u.handlerStack = savedHandlers;
    u.depth = savedDepth;
  }

  void unwindBlock(const FBlock& fb, bool preserveTos) {
    Unit& u = *m_unit;
    switch (fb.kind) {
      case FBKind::WhileLoop:
        break;
      case FBKind::ForLoop:
        if (preserveTos) emit(SWAP, 2);
        emit(POP_TOP);
        u.depth -= 1;
        break;
      case FBKind::TryExcept:
        popHandlerTo(fb.handlerIndex);
        break;
      case FBKind::FinallyTry: {
        popHandlerTo(fb.handlerIndex);
        if (preserveTos) u.depth += 1;
        body(*fb.finalbody);
        if (preserveTos) u.depth -= 1;
        break;
      }
      case FBKind::FinallyEnd:
        popHandlerTo(fb.handlerIndex);
        if (preserveTos) emit(SWAP, 2);
        emit(POP_TOP);  // the exception
        if (preserveTos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        u.depth -= 2;
        break;
      case FBKind::With: {
        popHandlerTo(fb.handlerIndex);
        u.loc = fb.loc;
        if (preserveTos) emit(SWAP, 2);
        emit(WITH_EXIT);
        u.loc = kNoLoc;
        u.depth -= 1;
        break;
      }
      case FBKind::HandlerCleanup:
        popHandlerTo(fb.handlerIndex);
        if (preserveTos) emit(SWAP, 2);
        emit(POP_EXCEPT);
        u.depth -= 1;
        if (!fb.handlerName.empty()) {
          emitConst(Value());
          nameOp(fb.handlerName, Ctx::Store);
          nameOp(fb.handlerName, Ctx::Del);
        }
        break;
    }
  }

  // Leaves the handler regions opened for (and inside) a block.
  void popHandlerTo(int handlerIndex) {
    auto& hs = m_unit->handlerStack;
    if (handlerIndex < 0) return;
    auto it = std::find(hs.begin(), hs.end(), handlerIndex);
    if (it != hs.end()) hs.erase(it, hs.end());
  }

  void breakStmt(const Stmt& s) { loopJump(s, true); }
  void continueStmt(const Stmt& s) { loopJump(s, false); }

  void loopJump(const Stmt& s, bool isBreak) {
    Unit& u = *m_unit;
    int loopIdx = -1;
    for (int i = int(u.fblocks.size()) - 1; i >= 0; --i)
      if (u.fblocks[i].kind == FBKind::ForLoop || u.fblocks[i].kind == FBKind::WhileLoop) {
        loopIdx = i;
        break;
      }
    if (loopIdx < 0) fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.span);
    std::vector<FBlock> saved = u.fblocks;
    std::vector<int> savedHandlers = u.handlerStack;
    int savedDepth = u.depth;
    emit(NOP);
    while (int(u.fblocks.size()) - 1 > loopIdx) {
      FBlock fb = u.fblocks.back();
      u.fblocks.pop_back();
      unwindBlock(fb, false);
    }
    FBlock loop = u.fblocks.back();
    if (isBreak) {
      unwindBlock(loop, false);
      emitJump(JUMP, loop.breakLabel);
    } else {
      emitJump(JUMP, loop.continueLabel);
    }
    u.fblocks = saved;
    u.handlerStack = savedHandlers;
    u.depth = savedDepth;
  }

  void forStmt(const Stmt& s) {
    Unit& u = *m_unit;
    int start = newLabel(), cleanup = newLabel(), end = newLabel();
    expr(*s.iter);
    setLoc(s.span);
    emit(GET_ITER);
    bind(start);
    setLoc(s.span);
    emitJump(FOR_ITER, cleanup);
    u.depth += 1;
    FBlock fb{FBKind::ForLoop};
    fb.continueLabel = start;
    fb.breakLabel = end;
    u.fblocks.push_back(fb);
    store(*s.target);
    body(s.body);
    u.loc = kNoLoc;
    emitJump(JUMP, start);
    u.fblocks.pop_back();
    u.depth -= 1;
    bind(cleanup);
    body(s.orelse);
    bind(end);
  }

  void whileStmt(const Stmt& s) {
    Unit& u = *m_unit;
    int loop = newLabel(), bodyL = newLabel(), anchor = newLabel(), end = newLabel();
    bind(loop);
    FBlock fb{FBKind::WhileLoop};
    fb.continueLabel = loop;
    fb.breakLabel = end;
    u.fblocks.push_back(fb);
    jumpIf(*s.test, anchor, false);
    bind(bodyL);
    body(s.body);
    setLoc(s.span);
    jumpIf(*s.test, bodyL, true);
    u.fblocks.pop_back();
    bind(anchor);
    body(s.orelse);
    bind(end);
  }

  void ifStmt(const Stmt& s) {
    int end = newLabel();
    int next = s.orelse.empty() ? end : newLabel();
    jumpIf(*s.test, next, false);
    body(s.body);
    if (!s.orelse.empty()) {
      m_unit->loc = kNoLoc;
      emitJump(JUMP, end);
      bind(next);
      body(s.orelse);
    }
    bind(end);
  }

  // ---------------------------------------------------------------- match
  // The shape of CPython 3.11's compiler_match: the subject stays on the stack
  // (copied for every case but the last); a pattern consumes its subject and
  // keeps the values it captures on the stack, below the items still to be
  // matched, until the whole pattern has matched; a failure jumps to the
  // label that pops exactly what is on the stack at that point.
  struct PatternCtx {
    std::vector<std::string> stores;  // captured names; stores[0] is the shallowest on the stack
    std::vector<int> failPop;         // failPop[n]: pops n items, then falls to failPop[0]
    int onTop = 0;                    // items above the captures that the pattern still needs
    bool allowIrrefutable = false;
  };

  static bool isWildcard(const Pattern& p) { return p.kind == PatternKind::MatchAs && !p.pattern && p.name.empty(); }

  void matchStmt(const Stmt& s) {
    int end = newLabel();
    expr(*s.value);
    size_t cases = s.cases.size();
    bool hasDefault = cases > 1 && isWildcard(*s.cases.back().pattern);
    for (size_t i = 0; i + (hasDefault ? 1 : 0) < cases; ++i) {
      const MatchCase& m = s.cases[i];
      bool keepSubject = i + 1 != cases - (hasDefault ? 1 : 0);
      setLoc(m.pattern->span);
      if (keepSubject) emit(COPY, 1);
      PatternCtx pc;
      pc.allowIrrefutable = m.guard || i + 1 == cases;
      pattern(*m.pattern, pc);
      for (auto& n : pc.stores) nameOp(n, Ctx::Store);
      if (m.guard) {
        ensureFailPop(pc, 0);
        jumpIf(*m.guard, pc.failPop[0], false);
      }
      if (keepSubject) emit(POP_TOP);
      body(m.body);
      m_unit->loc = kNoLoc;
      emitJump(JUMP, end);
      setLoc(m.pattern->span);
      emitFailPops(pc);
    }
    if (hasDefault) {
      const MatchCase& m = s.cases.back();
      setLoc(m.pattern->span);
      emit(cases == 1 ? POP_TOP : NOP);
      if (m.guard) jumpIf(*m.guard, end, false);
      body(m.body);
    }
    bind(end);
  }

  void ensureFailPop(PatternCtx& pc, size_t n) {
    while (pc.failPop.size() <= n) pc.failPop.push_back(newLabel());
  }
  void jumpToFailPop(PatternCtx& pc, int op) {
    size_t pops = size_t(pc.onTop) + pc.stores.size();
    ensureFailPop(pc, pops);
    emitJump(op, pc.failPop[pops]);
  }
  void emitFailPops(PatternCtx& pc) {
    if (pc.failPop.empty()) return;
    for (size_t i = pc.failPop.size() - 1; i > 0; --i) {
      bind(pc.failPop[i]);
      emit(POP_TOP);
    }
    bind(pc.failPop[0]);
    pc.failPop.clear();
  }
  // Moves the top of the stack down to depth `count` (1 = the top).
  void rotate(int count) {
    while (count > 1) emit(SWAP, count--);
  }
  void storeCapture(const std::string& name, PatternCtx& pc, const Span& span) {
    if (name.empty()) {
      emit(POP_TOP);
      return;
    }
    if (name == "__debug__") fail("cannot assign to __debug__", span);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      fail("multiple assignments to name '" + name + "' in pattern", span);
    rotate(pc.onTop + int(pc.stores.size()) + 1);
    pc.stores.push_back(name);
  }

  void subpattern(const Pattern& p, PatternCtx& pc) {
    bool saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  void pattern(const Pattern& p, PatternCtx& pc) {
    setLoc(p.span);
    switch (p.kind) {
      case PatternKind::MatchValue:
        expr(*p.value);
        emit(COMPARE_OP, int(CmpOpKind::Eq));
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchSingleton:
        loadConstant(p.singleton, p.span);
        emit(IS_OP, 0);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchStar:
        storeCapture(p.name, pc, p.span);
        break;
      case PatternKind::MatchAs:
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            if (!p.name.empty()) fail("name capture '" + p.name + "' makes remaining patterns unreachable", p.span);
            fail("wildcard makes remaining patterns unreachable", p.span);
          }
          storeCapture(p.name, pc, p.span);
          break;
        }
        ++pc.onTop;
        emit(COPY, 1);
        pattern(*p.pattern, pc);
        --pc.onTop;
        storeCapture(p.name, pc, p.span);
        break;
      case PatternKind::MatchOr:
        orPattern(p, pc);
        break;
      case PatternKind::MatchSequence:
        sequencePattern(p, pc);
        break;
      case PatternKind::MatchMapping:
        mappingPattern(p, pc);
        break;
      case PatternKind::MatchClass:
        classPattern(p, pc);
        break;
    }
  }

  void sequencePattern(const Pattern& p, PatternCtx& pc) {
    int size = int(p.patterns.size()), star = -1;
    bool onlyWildcard = true, starWildcard = false;
    for (int i = 0; i < size; ++i) {
      const Pattern& sub = *p.patterns[size_t(i)];
      if (sub.kind == PatternKind::MatchStar) {
        if (star >= 0) fail("multiple starred names in sequence pattern", p.span);
        star = i;
        starWildcard = sub.name.empty();
        onlyWildcard = onlyWildcard && starWildcard;
        continue;
      }
      onlyWildcard = onlyWildcard && isWildcard(sub);
    }
    ++pc.onTop;
    emit(MATCH_SEQUENCE);
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    if (star < 0 || size > 1) {
      emit(GET_LEN);
      emitConst(Value::integer(star < 0 ? size : size - 1));
      emit(COMPARE_OP, int(star < 0 ? CmpOpKind::Eq : CmpOpKind::GtE));
      jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }
    --pc.onTop;
    if (onlyWildcard) {
      emit(POP_TOP);
    } else if (starWildcard) {
      // [a, *_, b]: index from either end instead of unpacking everything.
      ++pc.onTop;
      for (int i = 0; i < size; ++i) {
        const Pattern& sub = *p.patterns[size_t(i)];
        if (isWildcard(sub) || i == star) continue;
        emit(COPY, 1);
        if (i < star) {
          emitConst(Value::integer(i));
        } else {
          emit(GET_LEN);
          emitConst(Value::integer(size - i));
          emit(BINARY_OP, int(OpKind::Sub));
        }
        emit(BINARY_SUBSCR);
        subpattern(sub, pc);
      }
      --pc.onTop;
      emit(POP_TOP);
    } else {
      if (star < 0)
        emit(UNPACK_SEQUENCE, size);
      else
        emit(UNPACK_EX, star | ((size - 1 - star) << 8));
      pc.onTop += size;
      for (auto& sub : p.patterns) {
        --pc.onTop;
        subpattern(*sub, pc);
      }
    }
  }

  void mappingPattern(const Pattern& p, PatternCtx& pc) {
    int size = int(p.keys.size());
    ++pc.onTop;
    emit(MATCH_MAPPING);
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    if (size == 0 && p.name.empty()) {
      --pc.onTop;
      emit(POP_TOP);
      return;
    }
    if (size > 0) {
      emit(GET_LEN);
      emitConst(Value::integer(size));
      emit(COMPARE_OP, int(CmpOpKind::GtE));
      jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    }
    std::vector<std::string> seen;
    for (auto& key : p.keys) {
      if (key->kind == ExprKind::Constant) {
        std::string k = constKeyText(*key);
        if (std::find(seen.begin(), seen.end(), k) != seen.end())
          fail("mapping pattern checks duplicate key (" + constKeyRepr(*key) + ")", p.span);
        seen.push_back(k);
      }
      expr(*key);
    }
    emit(BUILD_TUPLE, size);
    emit(MATCH_KEYS);
    pc.onTop += 2;
    emit(COPY, 1);
    emitConst(Value());
    emit(IS_OP, 1);
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    emit(UNPACK_SEQUENCE, size);
    pc.onTop += size - 1;
    for (auto& sub : p.patterns) {
      --pc.onTop;
      subpattern(*sub, pc);
    }
    pc.onTop -= 2;
    if (!p.name.empty()) {
      emit(COPY_DICT_WITHOUT_KEYS);
      storeCapture(p.name, pc, p.span);
    } else {
      emit(POP_TOP);
      emit(POP_TOP);
    }
  }

  // Literal keys that are equal as Python values (1, 1.0, True) are duplicates.
  static std::string constKeyText(const Expr& e) {
    const Expr* c = &e;
    bool neg = false;
    if (e.kind == ExprKind::UnaryOp) {
      c = e.operand.get();
      neg = true;
    }
    const ConstValue& v = c->value;
    switch (v.kind) {
      case ConstValue::Kind::Int:
        return "n" + std::to_string(neg ? -v.intValue : v.intValue);
      case ConstValue::Kind::True:
        return "n1";
      case ConstValue::Kind::False:
        return "n0";
      case ConstValue::Kind::Float: {
        double d = neg ? -v.floatValue : v.floatValue;
        if (d == double(int64_t(d))) return "n" + std::to_string(int64_t(d));
        return "f" + std::to_string(d);
      }
      case ConstValue::Kind::Str:
        return "s" + v.text;
      case ConstValue::Kind::Bytes:
        return "b" + v.text;
      case ConstValue::Kind::None:
        return "None";
      default:
        return "?" + v.text;
    }
  }
  static std::string constKeyRepr(const Expr& e) {
    const Expr* c = e.kind == ExprKind::UnaryOp ? e.operand.get() : &e;
    std::string sign = e.kind == ExprKind::UnaryOp ? "-" : "";
    const ConstValue& v = c->value;
    switch (v.kind) {
      case ConstValue::Kind::Int:
        return sign + std::to_string(v.intValue);
      case ConstValue::Kind::BigInt:
        return sign + v.text;
      case ConstValue::Kind::True:
        return "True";
      case ConstValue::Kind::False:
        return "False";
      case ConstValue::Kind::None:
        return "None";
      case ConstValue::Kind::Float:
        return sign + reprBuiltin(Value::floating(v.floatValue));
      case ConstValue::Kind::Str:
        return reprBuiltin(internStr(v.text));
      default:
        return v.text;
    }
  }

  void classPattern(const Pattern& p, PatternCtx& pc) {
    int nargs = int(p.patterns.size()), nattrs = int(p.kwdAttrs.size());
    std::vector<Value> names;
    for (int i = 0; i < nattrs; ++i) {
      const std::string& n = p.kwdAttrs[size_t(i)];
      for (int j = i + 1; j < nattrs; ++j)
        if (p.kwdAttrs[size_t(j)] == n)
          fail("attribute name repeated in class pattern: " + n, p.kwdPatterns[size_t(j)]->span);
      names.push_back(internStr(n));
    }
    expr(*p.value);
    emitConst(newTuple(std::move(names)));
    emit(MATCH_CLASS, nargs);
    emit(COPY, 1);
    emitConst(Value());
    emit(IS_OP, 1);
    ++pc.onTop;
    jumpToFailPop(pc, POP_JUMP_IF_FALSE);
    emit(UNPACK_SEQUENCE, nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; ++i) {
      --pc.onTop;
      const Pattern& sub = i < nargs ? *p.patterns[size_t(i)] : *p.kwdPatterns[size_t(i - nargs)];
      if (isWildcard(sub)) {
        emit(POP_TOP);
        continue;
      }
      subpattern(sub, pc);
    }
  }

  void orPattern(const Pattern& p, PatternCtx& pc) {
    int end = newLabel();
    size_t size = p.patterns.size();
    PatternCtx outer = pc;
    std::vector<std::string> control;
    for (size_t i = 0; i < size; ++i) {
      const Pattern& alt = *p.patterns[i];
      setLoc(alt.span);
      PatternCtx a;
      a.allowIrrefutable = i + 1 == size && outer.allowIrrefutable;
      emit(COPY, 1);
      pattern(alt, a);
      if (i == 0) {
        control = a.stores;
      } else {
        if (a.stores.size() != control.size()) failHere("alternative patterns bind different names");
        for (auto& n : control)
          if (std::find(a.stores.begin(), a.stores.end(), n) == a.stores.end())
            failHere("alternative patterns bind different names");
        reorderStores(a.stores, control);
      }
      emitJump(JUMP, end);
      emitFailPops(a);
    }
    pc = outer;
    // No alternative matched: pop the subject and fail.
    emit(POP_TOP);
    jumpToFailPop(pc, JUMP);
    bind(end);
    // The alternative's captures sit above the subject and everything the
    // enclosing pattern keeps: move each below all of that.
    int nrots = int(control.size()) + 1 + pc.onTop + int(pc.stores.size());
    for (auto& n : control) {
      rotate(nrots);
      if (std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end())
        fail("multiple assignments to name '" + n + "' in pattern", p.span);
      pc.stores.push_back(n);
    }
    emit(POP_TOP);
  }

  // Puts an alternative's captures (cur[0] on top) in the first alternative's order.
  void reorderStores(std::vector<std::string> cur, const std::vector<std::string>& want) {
    for (size_t j = want.size(); j-- > 0;) {
      size_t d = size_t(std::find(cur.begin(), cur.end(), want[j]) - cur.begin());
      if (d == j) continue;
      if (d != 0) {
        emit(SWAP, int(d) + 1);
        std::swap(cur[0], cur[d]);
      }
      emit(SWAP, int(j) + 1);
      std::swap(cur[0], cur[j]);
    }
  }

  static int constTruth(const Expr& e) {
    if (e.kind != ExprKind::Constant) return -1;
    const ConstValue& c = e.value;
    switch (c.kind) {
      case ConstValue::Kind::None:
      case ConstValue::Kind::False:
        return 0;
      case ConstValue::Kind::True:
      case ConstValue::Kind::Ellipsis:
        return 1;
      case ConstValue::Kind::Int:
        return c.intValue != 0;
      case ConstValue::Kind::BigInt:
        return 1;
      case ConstValue::Kind::Float:
        return c.floatValue != 0;
      case ConstValue::Kind::Str:
      case ConstValue::Kind::Bytes:
        return !c.text.empty();
      default:
        return -1;
    }
  }

  // Jumps to `label` when truth(e) == cond, without materialising and/or/not.
  void jumpIf(const Expr& e, int label, bool cond) {
    int truth = constTruth(e);
    if (truth >= 0) {
      SrcSpan saved = m_unit->loc;
      setLoc(e.span);
      if (bool(truth) == cond)
        emitJump(JUMP, label);
      else
        emit(NOP);
      m_unit->loc = saved;
      return;
    }
    if (e.kind == ExprKind::UnaryOp && e.unaryOp == UnaryOpKind::Not) {
      jumpIf(*e.operand, label, !cond);
      return;
    }
    if (e.kind == ExprKind::BoolOp) {
      bool isOr = e.boolOp == BoolOpKind::Or;
      int next = label;
      if (isOr != cond) next = newLabel();
      for (size_t i = 0; i + 1 < e.elts.size(); ++i) jumpIf(*e.elts[i], next, isOr);
      jumpIf(*e.elts.back(), label, cond);
      if (next != label) bind(next);
      return;
    }
    expr(e);
    // CPython's conditional jump after a comparison carries the
    // comparison's location, and later instructions keep it.
    if (e.kind == ExprKind::Compare) setLoc(e.span);
    emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
  }

  void tryExcept(const Stmt& s) {
    Unit& u = *m_unit;
    int handler = newLabel(), end = newLabel(), cleanup = newLabel(), orelse = newLabel();
    int d = u.depth;
    pushHandler(handler, d);
    FBlock fb{FBKind::TryExcept};
    fb.handlerIndex = u.handlerStack.back();
    u.fblocks.push_back(fb);
    emit(NOP);
    body(s.body);
    u.fblocks.pop_back();
    popHandler();
    u.loc = kNoLoc;
    emitJump(JUMP, orelse);
    // Handlers: stack is [exc].
    bind(handler);
    if (!s.handlers.empty()) setLoc(s.handlers[0].span);
    emit(PUSH_EXC_INFO);  // [prev, exc]
    pushHandler(cleanup, d + 1);
    int cleanupIdx = u.handlerStack.back();
    for (auto& h : s.handlers) {
      setLoc(h.span);
      int next = newLabel();
      if (h.type) {
        expr(*h.type);
        emit(CHECK_EXC_MATCH);
        emitJump(POP_JUMP_IF_FALSE, next);
      }
      u.depth = d + 1;
      if (!h.name.empty()) {
        nameOp(h.name, Ctx::Store);
        int cleanupEnd = newLabel();
        pushHandler(cleanupEnd, d + 1);
        FBlock hb{FBKind::HandlerCleanup};
        hb.handlerName = h.name;
        hb.handlerIndex = cleanupIdx;
        u.fblocks.push_back(hb);
        body(h.body);
        u.fblocks.pop_back();
        popHandler();
        u.loc = kNoLoc;
        popHandlerTo(cleanupIdx);
        emit(POP_EXCEPT);
        emitConst(Value());
        nameOp(h.name, Ctx::Store);
        nameOp(h.name, Ctx::Del);
        emitJump(JUMP, end);
        // Exception inside a named handler: [prev, exc2].
        pushHandler(cleanup, d + 1);
        cleanupIdx = u.handlerStack.back();
        bind(cleanupEnd);
        emitConst(Value());
        nameOp(h.name, Ctx::Store);
        nameOp(h.name, Ctx::Del);
        emit(RERAISE, 0);
      } else {
        emit(POP_TOP);
        FBlock hb{FBKind::HandlerCleanup};
        hb.handlerIndex = cleanupIdx;
        u.fblocks.push_back(hb);
        body(h.body);
        u.fblocks.pop_back();
        u.loc = kNoLoc;
        popHandlerTo(cleanupIdx);
        emit(POP_EXCEPT);
        emitJump(JUMP, end);
        pushHandler(cleanup, d + 1);
        cleanupIdx = u.handlerStack.back();
      }
      u.depth = d;
      bind(next);
    }
    // No handler matched: re-raise (stack [prev, exc]).
    u.loc = kNoLoc;
    emit(RERAISE, 0);
    popHandlerTo(cleanupIdx);
    bind(cleanup);
    u.loc = kNoLoc;
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE, 0);
    bind(orelse);
    body(s.orelse);
    bind(end);
  }

  void tryFinally(const Stmt& s) {
    Unit& u = *m_unit;
    int finalExc = newLabel(), end = newLabel(), cleanup = newLabel();
    int d = u.depth;
    pushHandler(finalExc, d);
    FBlock fb{FBKind::FinallyTry};
    fb.finalbody = &s.finalbody;
    fb.handlerIndex = u.handlerStack.back();
    u.fblocks.push_back(fb);
    if (!s.handlers.empty()) {
      tryExcept(s);
    } else {
      emit(NOP);
      body(s.body);
    }
    u.fblocks.pop_back();
    popHandler();
    body(s.finalbody);
    u.loc = kNoLoc;
    emitJump(JUMP, end);
    // Exceptional path: [exc] -> [prev, exc].
    bind(finalExc);
    u.loc = kNoLoc;
    emit(PUSH_EXC_INFO);
    pushHandler(cleanup, d + 1);
    FBlock fe{FBKind::FinallyEnd};
    fe.handlerIndex = u.handlerStack.back();
    u.fblocks.push_back(fe);
    u.depth = d + 2;
    body(s.finalbody);
    u.depth = d;
    u.fblocks.pop_back();
    u.loc = kNoLoc;
    emit(RERAISE, 0);
    popHandler();
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE, 0);
    bind(end);
  }

  void withStmt(const Stmt& s, size_t item) {
    Unit& u = *m_unit;
    const WithItem& wi = s.items[item];
    int withExc = newLabel(), end = newLabel(), cleanup = newLabel(), suppress = newLabel();
    int d = u.depth;
    expr(*wi.contextExpr);
    setLoc(s.span);
    emit(BEFORE_WITH);  // [exit, value]
    u.depth = d + 1;
    pushHandler(withExc, d + 1);
    FBlock fb{FBKind::With};
    fb.handlerIndex = u.handlerStack.back();
    fb.loc = toSrc(s.span);
    u.fblocks.push_back(fb);
    if (wi.optionalVars)
      store(*wi.optionalVars);
    else
      emit(POP_TOP);
    if (item + 1 < s.items.size())
      withStmt(s, item + 1);
    else
      body(s.body);
    u.fblocks.pop_back();
    popHandler();
    setLoc(s.span);
    emit(WITH_EXIT);
    u.depth = d;
    emitJump(JUMP, end);
    // [exit, exc] -> [exit, prev, exc]
    bind(withExc);
    setLoc(s.span);
    emit(PUSH_EXC_INFO);
    pushHandler(cleanup, d + 2);
    emit(WITH_EXCEPT_START);
    emitJump(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE, 0);
    popHandler();
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE, 0);
    bind(suppress);
    emit(POP_TOP);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    bind(end);
  }

  void assertStmt(const Stmt& s) {
    int end = newLabel();
    jumpIf(*s.test, end, true);
    setLoc(s.test->span);
    emit(LOAD_ASSERTION_ERROR);
    if (s.msg) {
      expr(*s.msg);
      setLoc(s.test->span);
      emit(CALL, 1);
    }
    emit(RAISE_VARARGS, 1);
    bind(end);
  }

  void augAssign(const Stmt& s) {
    const Expr& t = *s.target;
    switch (t.kind) {
      case ExprKind::Name:
        setLoc(t.span);
        nameOp(t.id, Ctx::Load);
        expr(*s.value);
        setLoc(s.span);
        emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
        nameOp(t.id, Ctx::Store);
        break;
      case ExprKind::Attribute:
        expr(*t.operand);
        emit(COPY, 1);
        setLoc(t.span);
        emitName(LOAD_ATTR, t.id);
        expr(*s.value);
        setLoc(s.span);
        emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
        emit(SWAP, 2);
        emitName(STORE_ATTR, t.id);
        break;
      case ExprKind::Subscript:
        expr(*t.operand);
        subscriptIndex(t);
        emit(COPY, 2);
        emit(COPY, 2);
        setLoc(t.span);
        emit(BINARY_SUBSCR);
        expr(*s.value);
        setLoc(s.span);
        emit(BINARY_OP, int(s.op) | BINOP_INPLACE);
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(STORE_SUBSCR);
        break;
      default:
        fail("'" + std::string(exprDescription(t)) + "' is an illegal expression for augmented assignment", t.span);
    }
  }

  static const char* exprDescription(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Call:
        return "function call";
      case ExprKind::Constant:
        return "literal";
      case ExprKind::Tuple:
        return "tuple";
      case ExprKind::List:
        return "list";
      default:
        return "expression";
    }
  }

  void deleteTarget(const Expr& t) {
    SrcSpan saved = m_unit->loc;
    setLoc(t.span);
    switch (t.kind) {
      case ExprKind::Name:
        nameOp(t.id, Ctx::Del);
        break;
      case ExprKind::Attribute:
        expr(*t.operand);
        setLoc(t.span);
        emitName(DELETE_ATTR, t.id);
        break;
      case ExprKind::Subscript:
        expr(*t.operand);
        subscriptIndex(t);
        setLoc(t.span);
        emit(DELETE_SUBSCR);
        break;
      case ExprKind::Tuple:
      case ExprKind::List:
        for (auto& e : t.elts) deleteTarget(*e);
        break;
      default:
        fail("cannot delete " + std::string(exprDescription(t)), t.span);
    }
    m_unit->loc = saved;
  }

  // Stores the value on top of the stack into a target.
  void store(const Expr& t) {
    SrcSpan saved = m_unit->loc;
    switch (t.kind) {
      case ExprKind::Name:
        setLoc(t.span);
        nameOp(t.id, Ctx::Store);
        break;
      case ExprKind::Attribute:
        expr(*t.operand);
        setLoc(t.span);
        emitName(STORE_ATTR, t.id);
        break;
      case ExprKind::Subscript:
        expr(*t.operand);
        subscriptIndex(t);
        setLoc(t.span);
        emit(STORE_SUBSCR);
        break;
      case ExprKind::Tuple:
      case ExprKind::List: {
        setLoc(t.span);
        int starIdx = -1;
        for (size_t i = 0; i < t.elts.size(); ++i)
          if (t.elts[i]->kind == ExprKind::Starred) {
            if (starIdx >= 0) fail("multiple starred expressions in assignment", t.elts[i]->span);
            starIdx = int(i);
          }
        if (starIdx < 0) {
          emit(UNPACK_SEQUENCE, int(t.elts.size()));
        } else {
          int after = int(t.elts.size()) - starIdx - 1;
          emit(UNPACK_EX, starIdx | (after << 8));
        }
        for (auto& e : t.elts) store(e->kind == ExprKind::Starred ? *e->operand : *e);
        break;
      }
      case ExprKind::Starred:
        fail("starred assignment target must be in a list or tuple", t.span);
      default:
        fail(std::string("cannot assign to ") + exprDescription(t), t.span);
    }
    m_unit->loc = saved;
  }

  // ---------------------------------------------------------------- expressions
  void expr(const Expr& e) {
    SrcSpan saved = m_unit->loc;
    setLoc(e.span);
    exprInner(e);
    m_unit->loc = saved;
  }

  void loadConstant(const ConstValue& c, const Span& span) {
    switch (c.kind) {
      case ConstValue::Kind::None:
        emitConst(Value());
        break;
      case ConstValue::Kind::True:
        emitConst(Value::boolean(true));
        break;
      case ConstValue::Kind::False:
        emitConst(Value::boolean(false));
        break;
      case ConstValue::Kind::Int:
        emitConst(Value::integer(c.intValue));
        break;
      case ConstValue::Kind::BigInt: {
        auto b = BigInt::parse(c.text);
        if (!b) fail("invalid integer literal", span);
        emitConst(newInt(*b));
        break;
      }
      case ConstValue::Kind::Float:
        emitConst(Value::floating(c.floatValue));
        break;
      case ConstValue::Kind::Str:
        emitConst(strConst(c.text));
        break;
      case ConstValue::Kind::Ellipsis:
        fail("Yieldscope does not support the Ellipsis literal (...) yet", span);
      case ConstValue::Kind::Complex:
        emitConst(newComplex(0.0, c.floatValue));
        break;
      case ConstValue::Kind::Bytes:
        emitConst(newBytes(c.text));
        break;
    }
  }

  // CPython's AST optimiser folds constants, signed numbers and tuples of
  // constants into one constant (one LOAD_CONST, one location).
  static bool isConstantExpr(const Expr& x) {
    if (x.kind == ExprKind::Constant) {
      auto k = x.value.kind;
      return !(k == ConstValue::Kind::Complex || k == ConstValue::Kind::Bytes || k == ConstValue::Kind::Ellipsis);
    }
    if (x.kind == ExprKind::UnaryOp && (x.unaryOp == UnaryOpKind::USub || x.unaryOp == UnaryOpKind::UAdd) &&
        x.operand->kind == ExprKind::Constant) {
      auto k = x.operand->value.kind;
      return k == ConstValue::Kind::Int || k == ConstValue::Kind::Float || k == ConstValue::Kind::BigInt;
    }
    if (x.kind == ExprKind::Tuple && x.ctx == Ctx::Load) {
      for (auto& e : x.elts)
        if (!isConstantExpr(*e)) return false;
      return true;
    }
    return false;
  }

  static bool allConstant(const std::vector<ExprP>& elts) {
    for (auto& x : elts)
      if (!isConstantExpr(*x)) return false;
    return true;
  }

  Value constantValue(const Expr& x) {
    if (x.kind == ExprKind::Tuple) {
      std::vector<Value> items;
      for (auto& e : x.elts) items.push_back(constantValue(*e));
      return newTuple(std::move(items));
    }
    if (x.kind == ExprKind::UnaryOp) {
      Value v = constantValue(*x.operand);
      if (x.unaryOp == UnaryOpKind::UAdd) return v;
      if (v.isInt()) return v.asInt() == INT64_MIN ? newInt(-BigInt(v.asInt())) : Value::integer(-v.asInt());
      if (v.isFloat()) return Value::floating(-v.asFloat());
      if (v.is(ObjKind::BigInt)) return newInt(-v.as<BigIntObj>()->value);
      return v;
    }
    const ConstValue& c = x.value;
    switch (c.kind) {
      case ConstValue::Kind::True:
        return Value::boolean(true);
      case ConstValue::Kind::False:
        return Value::boolean(false);
      case ConstValue::Kind::Int:
        return Value::integer(c.intValue);
      case ConstValue::Kind::BigInt: {
        auto b = BigInt::parse(c.text);
        return b ? newInt(*b) : Value();
      }
      case ConstValue::Kind::Float:
        return Value::floating(c.floatValue);
      case ConstValue::Kind::Str:
        return strConst(c.text);
      default:
        return Value();
    }
  }

  bool hasStarred(const std::vector<ExprP>& elts) {
    for (auto& x : elts)
      if (x->kind == ExprKind::Starred) return true;
    return false;
  }

  // Builds a list from elements that may contain *starred items.
  void starredSequence(const std::vector<ExprP>& elts) {
    emit(BUILD_LIST, 0);
    for (auto& x : elts) {
      if (x->kind == ExprKind::Starred) {
        expr(*x->operand);
        emit(LIST_EXTEND, 1);
      } else {
        expr(*x);
        emit(LIST_APPEND, 1);
      }
    }
  }

  void exprInner(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Constant:
        loadConstant(e.value, e.span);
        break;
      case ExprKind::Name:
        nameOp(e.id, Ctx::Load);
        break;
      case ExprKind::BinOp:
        expr(*e.left);
        expr(*e.right);
        emit(BINARY_OP, int(e.op));
        break;
      case ExprKind::UnaryOp:
        expr(*e.operand);
        emit(e.unaryOp == UnaryOpKind::Not    ? UNARY_NOT
             : e.unaryOp == UnaryOpKind::USub ? UNARY_NEGATIVE
             : e.unaryOp == UnaryOpKind::UAdd ? UNARY_POSITIVE
                                              : UNARY_INVERT);
        break;
      case ExprKind::BoolOp: {
        int end = newLabel();
        for (size_t i = 0; i + 1 < e.elts.size(); ++i) {
          expr(*e.elts[i]);
          emitJump(e.boolOp == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
        }
        expr(*e.elts.back());
        bind(end);
        break;
      }
      case ExprKind::Compare:
        compare(e);
        break;
      case ExprKind::IfExp: {
        int elseL = newLabel(), end = newLabel();
        jumpIf(*e.test, elseL, false);
        expr(*e.body);
        emitJump(JUMP, end);
        bind(elseL);
        expr(*e.orelse);
        bind(end);
        break;
      }
      case ExprKind::Lambda: {
        Scope* child = m_st.byNode.at(&e);
        int flags = e.args ? argDefaults(*e.args) : 0;
        Ref<CodeObj> code = compileFunctionBody(child, "<lambda>", e.span.line, e.args.get(), {}, e.operand.get());
        setLoc(e.span);
        makeClosure(child, code, flags);
        break;
      }
      case ExprKind::Tuple:
        if (e.ctx != Ctx::Load) fail("cannot use tuple here", e.span);
        if (!e.elts.empty() && isConstantExpr(e)) {
          emitConst(constantValue(e));
        } else if (hasStarred(e.elts)) {
          starredSequence(e.elts);
          emit(LIST_TO_TUPLE);
        } else {
          bool allConst = !e.elts.empty();
          for (auto& x : e.elts)
            if (x->kind != ExprKind::Constant || x->value.kind == ConstValue::Kind::BigInt) allConst = false;
          for (auto& x : e.elts) expr(*x);
          emit(BUILD_TUPLE, int(e.elts.size()));
          (void)allConst;
        }
        break;
      case ExprKind::List:
        if (hasStarred(e.elts)) {
          starredSequence(e.elts);
        } else if (e.elts.size() > 2 && allConstant(e.elts)) {
          emit(BUILD_LIST, 0);
          std::vector<Value> items;
          for (auto& x : e.elts) items.push_back(constantValue(*x));
          emitConst(newTuple(std::move(items)));
          emit(LIST_EXTEND, 1);
        } else {
          for (auto& x : e.elts) expr(*x);
          emit(BUILD_LIST, int(e.elts.size()));
        }
        break;
      case ExprKind::Set:
        if (hasStarred(e.elts)) {
          emit(BUILD_SET, 0);
          for (auto& x : e.elts) {
            if (x->kind == ExprKind::Starred) {
              expr(*x->operand);
              emit(SET_UPDATE, 1);
            } else {
              expr(*x);
              emit(SET_ADD, 1);
            }
          }
        } else if (e.elts.size() > 2 && allConstant(e.elts)) {
          // CPython 3.11 folds this to BUILD_SET 0; LOAD_CONST frozenset;
          // SET_UPDATE: the iteration order is the frozenset's, not source order.
          emit(BUILD_SET, 0);
          std::vector<Value> items;
          for (auto& x : e.elts) items.push_back(constantValue(*x));
          emitConst(constantFrozenset(items));
          emit(SET_UPDATE, 1);
        } else {
          for (auto& x : e.elts) expr(*x);
          emit(BUILD_SET, int(e.elts.size()));
        }
        break;
      case ExprKind::Dict:
        dictDisplay(e);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp:
        comprehension(e);
        break;
      case ExprKind::Yield:
        if (!inFunction()) fail("'yield' outside function", e.span);
        if (e.operand)
          expr(*e.operand);
        else
          emitConst(Value());
        emit(YIELD_VALUE);
        break;
      case ExprKind::YieldFrom: {
        if (!inFunction()) fail("'yield' outside function", e.span);
        expr(*e.operand);
        emit(GET_YIELD_FROM_ITER);
        emitConst(Value());
        int send = newLabel(), exit = newLabel();
        bind(send);
        emitJump(SEND, exit);
        emit(YIELD_VALUE);
        emitJump(JUMP, send);
        bind(exit);
        break;
      }
      case ExprKind::Call:
        call(e);
        break;
      case ExprKind::Attribute:
        expr(*e.operand);
        setLoc(e.span);
        emitName(LOAD_ATTR, e.id);
        break;
      case ExprKind::Subscript:
        expr(*e.operand);
        subscriptIndex(e);
        setLoc(e.span);
        emit(BINARY_SUBSCR);
        break;
      case ExprKind::Slice:
        sliceExpr(e);
        break;
      case ExprKind::Starred:
        fail("can't use starred expression here", e.span);
      case ExprKind::NamedExpr:
        expr(*e.right);
        emit(COPY, 1);
        nameOp(e.left->id, Ctx::Store);
        break;
      case ExprKind::JoinedStr: {
        int n = 0;
        for (auto& v : e.elts) {
          if (v->kind == ExprKind::Constant) {
            if (v->value.text.empty()) continue;
            expr(*v);
          } else {
            expr(*v);
          }
          ++n;
        }
        if (n == 0)
          emitConst(strConst(""));
        else if (n > 1 || e.elts.empty() || e.elts[0]->kind == ExprKind::Constant)
          emit(BUILD_STRING, n);
        break;
      }
      case ExprKind::FormattedValue: {
        expr(*e.operand);
        int arg = e.conversion < 0 ? 0 : e.conversion;
        if (e.formatSpec) {
          expr(*e.formatSpec);
          arg |= FV_HAS_SPEC;
        }
        setLoc(e.span);
        emit(FORMAT_VALUE, arg);
        break;
      }
    }
  }

  void sliceExpr(const Expr& e) {
    if (e.lower)
      expr(*e.lower);
    else
      emitConst(Value());
    if (e.upper)
      expr(*e.upper);
    else
      emitConst(Value());
    if (e.step) {
      expr(*e.step);
      emit(BUILD_SLICE, 3);
    } else {
      emit(BUILD_SLICE, 2);
    }
  }

  void subscriptIndex(const Expr& e) { expr(*e.index); }

  void dictDisplay(const Expr& e) {
    bool hasSplat = false;
    for (auto& k : e.keys)
      if (!k) hasSplat = true;
    if (!hasSplat) {
      for (size_t i = 0; i < e.keys.size(); ++i) {
        expr(*e.keys[i]);
        expr(*e.elts[i]);
      }
      emit(BUILD_MAP, int(e.keys.size()));
      return;
    }
    emit(BUILD_MAP, 0);
    for (size_t i = 0; i < e.keys.size(); ++i) {
      if (!e.keys[i]) {
        expr(*e.elts[i]);
        emit(DICT_UPDATE, 1);
      } else {
        expr(*e.keys[i]);
        expr(*e.elts[i]);
        emit(MAP_ADD, 1);
      }
    }
  }

  void compare(const Expr& e) {
    size_t n = e.cmpOps.size();
    expr(*e.left);
    if (n == 1) {
      expr(*e.elts[0]);
      setLoc(e.span);
      compareOp(e.cmpOps[0]);
      return;
    }
    int cleanup = newLabel(), end = newLabel();
    for (size_t i = 0; i + 1 < n; ++i) {
      expr(*e.elts[i]);
      setLoc(e.span);
      emit(SWAP, 2);
      emit(COPY, 2);
      compareOp(e.cmpOps[i]);
      emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(*e.elts[n - 1]);
    setLoc(e.span);
    compareOp(e.cmpOps[n - 1]);
    emitJump(JUMP, end);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP);
    bind(end);
  }

  void compareOp(CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Is:
        emit(IS_OP, 0);
        break;
      case CmpOpKind::IsNot:
        emit(IS_OP, 1);
        break;
      case CmpOpKind::In:
        emit(CONTAINS_OP, 0);
        break;
      case CmpOpKind::NotIn:
        emit(CONTAINS_OP, 1);
        break;
      default:
        emit(COMPARE_OP, int(k));
        break;
    }
  }

  void call(const Expr& e) {
    bool starred = hasStarred(e.elts);
    bool kwSplat = false;
    for (auto& k : e.keywords)
      if (k.arg.empty()) kwSplat = true;
    const Expr& f = *e.operand;
    if (starred || kwSplat) {
      expr(f);
      if (starred) {
        starredSequence(e.elts);
        emit(LIST_TO_TUPLE);
      } else {
        for (auto& x : e.elts) expr(*x);
        emit(BUILD_TUPLE, int(e.elts.size()));
      }
      if (!e.keywords.empty()) {
        emit(BUILD_MAP, 0);
        for (auto& k : e.keywords) {
          if (k.arg.empty()) {
            expr(*k.value);
            emit(DICT_MERGE, 1);
          } else {
            emitConst(strConst(k.arg));
            expr(*k.value);
            emit(MAP_ADD, 1);
          }
        }
      }
      setLoc(e.span);
      emit(CALL_EX, e.keywords.empty() ? 0 : 1);
      return;
    }
    int flags = 0;
    if (f.kind == ExprKind::Attribute) {
      expr(*f.operand);
      setLoc(f.span);
      emitName(LOAD_METHOD, f.id);
      flags |= CALL_METHOD;
    } else {
      expr(f);
    }
    for (auto& x : e.elts) expr(*x);
    for (auto& k : e.keywords) expr(*k.value);
    if (!e.keywords.empty()) {
      std::vector<Value> names;
      for (size_t i = 0; i < e.keywords.size(); ++i) {
        for (size_t j = 0; j < i; ++j)
          if (e.keywords[j].arg == e.keywords[i].arg)
            fail("keyword argument repeated: " + e.keywords[i].arg, e.keywords[i].span);
        names.push_back(internStr(e.keywords[i].arg));
      }
      emitConst(newTuple(std::move(names)));
      flags |= CALL_KW;
    }
    setLoc(e.span);
    emit(CALL, int(e.elts.size() + e.keywords.size()) | flags);
  }

  void comprehension(const Expr& e) {
    Scope* child = m_st.byNode.at(&e);
    const char* name = e.kind == ExprKind::ListComp   ? "<listcomp>"
                       : e.kind == ExprKind::SetComp  ? "<setcomp>"
                       : e.kind == ExprKind::DictComp ? "<dictcomp>"
                                                      : "<genexpr>";
    enter(child, name, e.span.line);
    m_unit->co->argcount = 1;
    m_unit->loc = toSrc(e.span);
    if (e.kind == ExprKind::ListComp)
      emit(BUILD_LIST, 0);
    else if (e.kind == ExprKind::SetComp)
      emit(BUILD_SET, 0);
    else if (e.kind == ExprKind::DictComp)
      emit(BUILD_MAP, 0);
    int base = e.kind == ExprKind::GeneratorExp ? 0 : 1;
    comprehensionLoop(e, 0, base);
    if (e.kind == ExprKind::GeneratorExp) emitConst(Value());
    emit(RETURN_VALUE);
    Ref<CodeObj> code = leave();
    makeClosure(child, code, 0);
    expr(*e.generators[0].iter);
    setLoc(e.span);
    emit(GET_ITER);
    emit(CALL, 1);
  }

  // `for y in [expr]` (or `(expr,)`) after the first clause: since 3.9
  // CPython compiles it as the assignment `y = expr`, with no loop and so no
  // line event for a FOR_ITER. Returns that one element, or null.
  static const Expr* singleElementIter(const Expr& iter) {
    if (iter.kind != ExprKind::List && iter.kind != ExprKind::Tuple) return nullptr;
    if (iter.elts.size() != 1 || iter.elts[0]->kind == ExprKind::Starred) return nullptr;
    return iter.elts[0].get();
  }

  // `iters` counts the iterators below on the stack (LIST_APPEND and the like
  // reach past them to the result).
  void comprehensionLoop(const Expr& e, size_t gi, int base, int iters = 0) {
    const Comprehension& g = e.generators[gi];
    int start = newLabel(), end = newLabel(), ifCleanup = newLabel();
    const Expr* assigned = gi == 0 ? nullptr : singleElementIter(*g.iter);
    if (gi == 0) {
      emit(LOAD_FAST, 0);
    } else if (assigned) {
      expr(*assigned);
    } else {
      expr(*g.iter);
      emit(GET_ITER);
    }
    if (!assigned) {
      ++iters;
      bind(start);
      setLoc(e.span);
      emitJump(FOR_ITER, end);
    }
    store(*g.target);
    // A failed condition goes to the loop's back-jump, which carries the
    // location current at the end of the body (CPython's if_cleanup block);
    // a clause without a loop of its own falls through to the enclosing one's.
    for (auto& cond : g.ifs) jumpIf(*cond, ifCleanup, false);
    if (gi + 1 < e.generators.size()) {
      comprehensionLoop(e, gi + 1, base, iters);
    } else {
      int depth = iters + base;
      switch (e.kind) {
        case ExprKind::ListComp:
          expr(*e.operand);
          emit(LIST_APPEND, depth);
          break;
        case ExprKind::SetComp:
          expr(*e.operand);
          emit(SET_ADD, depth);
          break;
        case ExprKind::DictComp:
          expr(*e.operand);
          expr(*e.body);
          emit(MAP_ADD, depth);
          break;
        default:
          expr(*e.operand);
          emit(YIELD_VALUE);
          emit(POP_TOP);
          break;
      }
    }
    bind(ifCleanup);
    if (!assigned) {
      emitJump(JUMP, start);
      bind(end);
    }
  }
};

// Resolves the placeholder cell/free slots once the final layout is known.
void fixDerefSlots(CodeObj& co) {
  for (auto& in : co.code) {
    switch (in.op) {
      case LOAD_DEREF:
      case STORE_DEREF:
      case DELETE_DEREF:
      case LOAD_CLOSURE:
      case LOAD_CLASSDEREF:
        if (in.arg >= (1 << 21))
          in.arg = co.freeStart + (in.arg - (1 << 21));
        else if (in.arg >= (1 << 20))
          in.arg = co.cellSlots[in.arg - (1 << 20)];
        break;
      default:
        break;
    }
  }
  for (auto& c : co.consts)
    if (c.is(ObjKind::Code)) fixDerefSlots(*c.as<CodeObj>());
}

std::string lineOf(std::string_view source, int line) {
  int cur = 1;
  size_t start = 0;
  for (size_t i = 0; i < source.size() && cur < line; ++i)
    if (source[i] == '\n') {
      ++cur;
      start = i + 1;
    }
  if (cur != line) return "";
  size_t end = source.find('\n', start);
  std::string text(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace

CompileResult compileModule(const ast::Module& module, const std::string& filename, std::string_view source) {
  CompileResult result;
  try {
    SymbolTable st;
    st.build(module);
    CodeGen gen(st, filename);
    Ref<CodeObj> code = gen.module(module);
    fixDerefSlots(*code);
    result.code = code;
  } catch (const CompileFailure& f) {
    SyntaxErrorInfo info;
    info.message = f.message;
    info.filename = filename;
    info.line = f.span.line;
    info.col = f.span.col + 1;
    info.endCol = f.span.endLine == f.span.line ? f.span.endCol + 1 : 0;
    info.sourceLine = lineOf(source, f.span.line);
    result.error = info;
  }
  return result;
}

}  // namespace ys
