// codegen.h — the compiler's second pass, private to core/frontend.
//
// CodeGen walks the AST with the resolved scopes of a SymbolTable and emits
// one CodeObj per scope (compiler.h describes the result). The class is
// declared here and defined across files by what they compile:
//   codegen.cpp                units (one per code object), emission, names
//   codegen_stmt.cpp           statements, functions and classes, unwinding
//   codegen_match.cpp          the match statement and its patterns
//   codegen_expr.cpp           expressions, constants, calls, conditional jumps
//   codegen_comprehension.cpp  list/set/dict comprehensions, generator expressions
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/frontend/compiler.h"
#include "core/frontend/symtable.h"
#include "core/runtime/opcodes.h"

namespace ys::compiler_detail {

// PopValue: a value kept on the stack while a `finally` body runs on the way
// out of a `return` (CPython's POP_VALUE block): a break, continue or return
// in that body drops it.
enum class FBKind { ForLoop, WhileLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue };

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
  // The lasti slots CPython has here (ExceptionRange::lastiSlots): 1 for its
  // SETUP_CLEANUP and SETUP_WITH handlers, 0 for SETUP_FINALLY's, 2 for a
  // with's cleanup (the with's own lasti is below). Ours push none.
  int lastiSlots;
};

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

inline SrcSpan toSrc(const Span& s) {
  return SrcSpan{s.line, s.col, s.endLine, s.endCol};
}
inline const SrcSpan kNoLoc{-1, -1, -1, -1};

class CodeGen {
 public:
  CodeGen(SymbolTable& st, std::string filename, std::vector<CompileWarning>& warnings)
      : m_st(st), m_filename(std::move(filename)), m_warnings(warnings) {}
  Ref<CodeObj> module(const Module& m);

 private:
  SymbolTable& m_st;
  std::string m_filename;
  std::vector<CompileWarning>& m_warnings;
  std::vector<std::unique_ptr<Unit>> m_units;
  Unit* m_unit = nullptr;
  // The module's constant tuples by appendConstantKey: CPython 3.11 merges equal
  // constants across all the code objects it compiles from one file, so
  // `(1, 2) is (1, 2)` holds wherever both are written.
  std::map<std::string, Value> m_tupleConsts;

  // ---------------------------------------------------------------- units, emission, names (codegen.cpp)
  void enter(Scope* scope, const std::string& name, int firstLine);
  Ref<CodeObj> leave();
  static int computeStackSize(const CodeObj& co);
  int newLabel();
  void bind(int label) { m_unit->labels[label] = int(m_unit->code.size()); }
  void emit(int op, int arg = 0);
  void emitJump(int op, int label) { emit(op, label); }
  void setLoc(const Span& s) { m_unit->loc = toSrc(s); }
  // setLoc(s), then, as CPython 3.11's update_start_location_to_match_attr:
  // when `attr` (an Attribute) ends on a later line than `s` starts, the
  // instruction is on the attribute name's line, from its first column.
  void setAttrLoc(const Span& s, const Expr& attr);
  int constIndex(const Value& v);
  void emitConst(const Value& v) { emit(LOAD_CONST, constIndex(v)); }
  Value strConst(const std::string& s);
  // A constant tuple of these items: the module's one already made when
  // an equal one was (m_tupleConsts).
  Value tupleConst(std::vector<Value> items);
  int nameIndex(const std::string& n);
  // Names and attribute names are mangled as CPython's compiler_addop_name does.
  void emitName(int op, const std::string& n) { emit(op, nameIndex(mangle(m_unit->scope->privateName, n))); }
  int varIndex(const std::string& n);
  int derefSlot(const std::string& n);
  static constexpr int kCellBase = 1 << 20;
  static constexpr int kFreeBase = 1 << 21;
  void pushHandler(int label, int depth, int lastiSlots);
  void popHandler() { m_unit->handlerStack.pop_back(); }
  [[noreturn]] void fail(const std::string& msg, const Span& span) { throw CompileFailure{msg, span}; }
  // What CPython compiles but the engine does not run (it has no coroutines):
  // refused once the whole module compiled, the first such place named.
  void refuseAsync(const std::string& what, const Span& span) {
    if (!m_refused)
      m_refused = CompileFailure{"Yieldscope does not support " + what + " (line " + std::to_string(span.line) + ")",
                                 span, "NotImplementedError"};
  }
  std::optional<CompileFailure> m_refused;
  [[noreturn]] void failHere(const std::string& msg);
  void warn(const std::string& msg, const Span& span) { m_warnings.push_back({span.line, msg}); }
  // CPython 3.11's check_compare, check_caller, check_subscripter and
  // check_index: SyntaxWarnings for code that is sure to misbehave.
  void warnIsWithLiteral(const Expr& compare);
  void warnNotCallable(const Expr& call);
  void warnBadSubscript(const Expr& subscript);
  static bool isDocstring(const Stmt& s);
  size_t storeDocstring(const Body& b);
  void nameOp(const std::string& n, Ctx ctx);

  // ---------------------------------------------------------------- statements (codegen_stmt.cpp)
  void body(const Body& b);
  void stmt(const Stmt& s);
  int makeClosure(Scope* child, Ref<CodeObj> code, int flags);
  int argDefaults(const Arguments& a);
  void setArgCounts(CodeObj& co, const Arguments& a);
  void functionDef(const Stmt& s);
  Ref<CodeObj> compileFunctionBody(Scope* child, const std::string& name, int firstLine, const Arguments* args,
                                   const Body& b, const Expr* lambdaBody);
  static bool hasAnnotations(const Body& b);
  void classDef(const Stmt& s);
  bool inFunction() const;
  void returnStmt(const Stmt& s);
  void unwindAll(bool preserveTos);
  void unwindBlock(const FBlock& fb, bool preserveTos);
  void popHandlerTo(int handlerIndex);
  void breakStmt(const Stmt& s) { loopJump(s, true); }
  void continueStmt(const Stmt& s) { loopJump(s, false); }
  void loopJump(const Stmt& s, bool isBreak);
  void forStmt(const Stmt& s);
  void whileStmt(const Stmt& s);
  void ifStmt(const Stmt& s);
  void tryExcept(const Stmt& s);
  void handlerCleanup(int label);
  void tryFinally(const Stmt& s);
  void withStmt(const Stmt& s, size_t item);
  void assertStmt(const Stmt& s);
  void augAssign(const Stmt& s);
  static const char* exprDescription(const Expr& e);
  void deleteTarget(const Expr& t);
  void store(const Expr& t);

  // ---------------------------------------------------------------- match (codegen_match.cpp)
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
  void matchStmt(const Stmt& s);
  void ensureFailPop(PatternCtx& pc, size_t n);
  void jumpToFailPop(PatternCtx& pc, int op);
  void emitFailPops(PatternCtx& pc);
  void rotate(int count);
  void storeCapture(const std::string& name, PatternCtx& pc, const Span& span);
  void subpattern(const Pattern& p, PatternCtx& pc);
  void pattern(const Pattern& p, PatternCtx& pc);
  void sequencePattern(const Pattern& p, PatternCtx& pc);
  void mappingPattern(const Pattern& p, PatternCtx& pc);
  static std::string constKeyText(const Expr& e);
  static std::string constKeyRepr(const Expr& e);
  void classPattern(const Pattern& p, PatternCtx& pc);
  void orPattern(const Pattern& p, PatternCtx& pc);
  void reorderStores(std::vector<std::string> cur, const std::vector<std::string>& want);

  // ---------------------------------------------------------------- expressions (codegen_expr.cpp)
  static int constTruth(const Expr& e);
  void jumpIf(const Expr& e, int label, bool cond);
  void expr(const Expr& e);
  void loadConstant(const ConstValue& c, const Span& span);
  static bool isConstantExpr(const Expr& x);
  Value foldedConstant(const Expr& x);
  static bool allConstant(const std::vector<ExprP>& elts);
  Value constantValue(const Expr& x);
  bool hasStarred(const std::vector<ExprP>& elts);
  // CPython's STACK_USE_GUIDELINE: past it, displays and calls are built
  // one item at a time instead of from the stack at once.
  static constexpr size_t kStackUseGuideline = 30;
  void starunpack(const std::vector<ExprP>& elts, bool intoSet, bool tuple);
  void exprInner(const Expr& e);
  void sliceExpr(const Expr& e);
  void subscriptIndex(const Expr& e) { expr(*e.index); }
  void attributeOrItem(const Expr& e, int attrOp, int itemOp);
  void listOrSetDisplay(const Expr& e);
  void tupleDisplay(const std::vector<ExprP>& elts);
  // What a loop iterates or `in` searches: a list display there is built as
  // a tuple, as CPython's AST optimiser (fold_iter) rewrites it.
  void iterable(const Expr& e);
  void lastComparator(const Expr& compare);
  void subdict(const Expr& e, size_t begin, size_t end);
  // A dict display's entries or a call's keywords, n of them: each run of
  // named ones is one dict (subdict/subkwargs over [begin, end)), and each
  // ** mapping is merged in with `merge` (DICT_UPDATE, DICT_MERGE), as
  // CPython 3.11's compiler_dict and compiler_call_helper build them. A
  // display also cuts a run past kStackUseGuideline.
  struct MappingRuns {
    size_t n;
    std::function<bool(size_t)> isSplat;
    std::function<void(size_t, size_t)> run;
    std::function<void(size_t)> splat;
    int merge;
    bool cutLongRuns;
  };
  void mappingRuns(const MappingRuns& m);
  void dictDisplay(const Expr& e);
  void compare(const Expr& e);
  void compareOp(CmpOpKind k);
  void subkwargs(const Expr& e, size_t begin, size_t end);
  void call(const Expr& e);

  // ---------------------------------------------------------------- comprehensions (codegen_comprehension.cpp)
  void comprehension(const Expr& e);
  static const Expr* singleElementIter(const Expr& iter);
  void comprehensionLoop(const Expr& e, size_t gi, int base, int iters = 0);
};

}  // namespace ys::compiler_detail
