// symtable.h — the compiler's first pass, private to core/frontend.
//
// SymbolTable walks a module once and builds a tree of Scope, one for the
// module and one for every function, class, lambda and comprehension, each
// with the flags (symbol use) of its names; analyze() then resolves every name to
// Local / Cell / Free / Global / Name as CPython's symtable.c does, and raises
// symtable.c's errors (global/nonlocal misuse, duplicate arguments, 'yield'
// inside a comprehension, ...). parse() builds it once, so those errors rank
// as CPython's do (after the parser's, before the compiler's), and hands it to
// compileModule in ParseResult; CodeGen (codegen.h) reads the result. Not
// installed: include it only from core/frontend's own files.
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/base/text.h"
#include "core/frontend/ast.h"

namespace ys::compiler_detail {

using namespace ast;

enum SymFlag : uint32_t {
  DEF_LOCAL = 1,
  DEF_PARAM = 2,
  DEF_GLOBAL = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_COMP_ITER = 32,  // a comprehension's iteration variable (walrus may not rebind it)
  DEF_ANNOT = 64,      // the target of an annotated assignment (may not be declared global after)
};

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };
enum class Res { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct CompileFailure {
  std::string message;
  Span span;
  std::string type = "SyntaxError";  // NotImplementedError: what Yieldscope does not support
};

// A name as the compiler sees it inside the class `privateName` (empty
// outside any class): self.__secret in class C is self._C__secret.
inline std::string mangle(const std::string& privateName, const std::string& name) {
  return mangleName(privateName, name);
}

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name, qualname;
  std::string privateName;  // the innermost enclosing class's name, for mangle(); "" outside classes
  Span span;
  Scope* parent = nullptr;
  std::unordered_map<std::string, uint32_t> flags;
  std::vector<std::string> order;   // names in order of first appearance
  std::vector<std::string> params;  // parameter names in varnames order
  std::vector<Scope*> children;
  bool isGenerator = false;
  // An await in its body (or, for a comprehension, in a list, set or dict
  // comprehension inside it): a comprehension is then asynchronous.
  bool hasAwait = false;
  ExprKind comprehensionKind = ExprKind::GeneratorExp;  // of a Comprehension scope
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

  void build(const Module& m);

 private:
  Scope* m_cur = nullptr;
  Scope* newScope(ScopeKind k, const std::string& name, Scope* parent, const void* node, Span span);
  void add(const std::string& name, uint32_t flag);
  void params(const Arguments& a);
  void argDefaults(const Arguments& a);
  void body(const Body& b);
  void stmt(const Stmt& s);
  void pattern(const Pattern& p);
  void comprehension(const Expr& e);
  void markCompIter(const Expr& t);
  void expr(const Expr& e);
  void declare(const std::string& name, const Stmt& s);
  Span directiveSpan(Scope* s, const std::string& name);
  // The first global/nonlocal statement naming each name, per scope.
  std::unordered_map<Scope*, std::unordered_map<std::string, Span>> m_directiveSpans;
  std::set<std::string> analyze(Scope* s, const std::set<std::string>& enclosingBound);
  std::unordered_map<Scope*, std::set<std::string>> m_classPassThrough;
};

}  // namespace ys::compiler_detail
