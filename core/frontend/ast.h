// ast.h — the abstract syntax tree the parser builds and the compiler reads.
//
// Modelled on CPython's own `ast` module (same node names and fields where the
// engine supports them), so a reader who knows `ast.dump` knows this tree.
// Every node carries its source span, 1-based lines and 0-based columns
// (UTF-8 byte columns converted to character columns by the lexer), exactly as
// CPython's lineno/col_offset/end_lineno/end_col_offset: the compiler copies
// them into each instruction for line events and traceback markers.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace ys::ast {

struct Span {
  int line = 0, col = 0, endLine = 0, endCol = 0;
};

struct Expr;
struct Stmt;
using ExprP = std::unique_ptr<Expr>;
using StmtP = std::unique_ptr<Stmt>;
using Body = std::vector<StmtP>;

enum class ExprKind {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Yield,
  YieldFrom,
  Await,  // never runs: without async functions, every await is a SyntaxError
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
};
enum class StmtKind {
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  ExprStmt,
  Pass,
  Break,
  Continue,
  Match,
};

enum class BoolOpKind { And, Or };
enum class OpKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class Ctx { Load, Store, Del };

// Constant values as written in the source. Big ints keep their digits as
// text (the compiler turns them into BigInt); strings are UTF-8.
struct ConstValue {
  enum class Kind { None, True, False, Int, BigInt, Float, Complex, Str, Bytes, Ellipsis } kind = Kind::None;
  long long intValue = 0;
  double floatValue = 0;
  std::string text;  // Str/Bytes contents (escapes decoded); BigInt decimal digits
};

// "None", "True" or "False" for those constants, as the source spells them
// and as repr shows them; null for every other kind.
inline const char* singletonName(ConstValue::Kind kind) {
  switch (kind) {
    case ConstValue::Kind::None:
      return "None";
    case ConstValue::Kind::True:
      return "True";
    case ConstValue::Kind::False:
      return "False";
    default:
      return nullptr;
  }
}

struct Arg {
  std::string name;
  Span span;
};
// Parameters of a def or lambda, as CPython's ast.arguments.
struct Arguments {
  std::vector<Arg> posonlyargs, args;
  std::unique_ptr<Arg> vararg;  // *args
  std::vector<Arg> kwonlyargs;
  std::vector<ExprP> kwDefaults;  // one per kwonlyarg; null where none
  std::unique_ptr<Arg> kwarg;     // **kwargs
  std::vector<ExprP> defaults;    // for the last len(defaults) of posonlyargs+args
};

struct Keyword {
  std::string arg;  // empty for **expr
  ExprP value;
  Span span;
};

struct Comprehension {
  ExprP target;
  ExprP iter;
  std::vector<ExprP> ifs;
};

struct ExceptHandler {
  ExprP type;        // may be null (bare except)
  std::string name;  // "" when no `as`
  Body body;
  Span span;
};

struct Alias {
  std::string name;    // "itertools", "os.path"
  std::string asname;  // "" when none
  Span span;
};

struct WithItem {
  ExprP contextExpr;
  ExprP optionalVars;  // may be null
};

// `match` patterns, as CPython's ast.pattern nodes.
enum class PatternKind {
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr
};
struct Pattern;
using PatternP = std::unique_ptr<Pattern>;

struct Expr {
  ExprKind kind;
  Span span;
  // Fields used by the node kinds (as in CPython's ast); unused ones stay empty.
  BoolOpKind boolOp = BoolOpKind::And;
  OpKind op = OpKind::Add;
  UnaryOpKind unaryOp = UnaryOpKind::Not;
  std::vector<CmpOpKind> cmpOps;          // Compare
  Ctx ctx = Ctx::Load;                    // Name, Attribute, Subscript, Starred, List, Tuple
  ExprP left, right;                      // BinOp (left op right); Compare.left; NamedExpr target=left value=right
  ExprP operand;                          // UnaryOp; Starred.value; Attribute.value; Subscript.value;
                                          // Yield/YieldFrom/Await value (may be null for bare yield);
                                          // FormattedValue.value; Call.func; Lambda body;
                                          // ListComp/SetComp/GeneratorExp elt; DictComp key
  ExprP test, body, orelse;               // IfExp; DictComp value = body
  ExprP index;                            // Subscript.slice
  ExprP lower, upper, step;               // Slice (each may be null)
  std::vector<ExprP> elts;                // List, Tuple, Set, BoolOp.values, Compare.comparators,
                                          // Call.args, JoinedStr.values, Dict.values
  std::vector<ExprP> keys;                // Dict (a null key means **value)
  std::vector<Keyword> keywords;          // Call
  std::vector<Comprehension> generators;  // comprehensions
  std::unique_ptr<Arguments> args;        // Lambda
  std::string id;                         // Name.id; Attribute.attr
  ConstValue value;                       // Constant
  int conversion = -1;                    // FormattedValue: -1, 's', 'r', 'a'
  ExprP formatSpec;                       // FormattedValue (a JoinedStr) or null
};

struct Pattern {
  PatternKind kind;
  Span span;
  ExprP value;                        // MatchValue: the value; MatchClass: the class (a dotted name)
  ConstValue singleton;               // MatchSingleton: None, True or False
  std::vector<PatternP> patterns;     // MatchSequence/MatchOr items; MatchMapping values; MatchClass positional
  std::vector<ExprP> keys;            // MatchMapping keys (literals or dotted names)
  std::vector<std::string> kwdAttrs;  // MatchClass keyword names
  std::vector<PatternP> kwdPatterns;  // MatchClass keyword patterns, one per name
  PatternP pattern;                   // MatchAs: the sub-pattern (null: a capture or `_`)
  std::string name;                   // MatchAs/MatchStar name; MatchMapping **rest ("" = none / wildcard)
};

struct MatchCase {
  PatternP pattern;
  ExprP guard;  // may be null
  Body body;
  Span span;  // the `case` line
};

struct Stmt {
  StmtKind kind;
  Span span;
  std::string name;                      // FunctionDef, ClassDef
  std::unique_ptr<Arguments> args;       // FunctionDef
  Body body, orelse, finalbody;          // FunctionDef/ClassDef/For/While/If/With/Try bodies
  std::vector<ExprP> decorators;         // FunctionDef, ClassDef
  std::vector<ExprP> bases;              // ClassDef (keywords unsupported)
  std::vector<ExprP> targets;            // Assign (a = b = value), Delete
  ExprP target;                          // AugAssign, AnnAssign, For
  ExprP value;                           // Return/Assign/AugAssign/AnnAssign/ExprStmt value (may be null)
  ExprP annotation;                      // AnnAssign
  OpKind op = OpKind::Add;               // AugAssign
  ExprP iter;                            // For
  ExprP test;                            // While, If, Assert
  ExprP msg;                             // Assert (may be null)
  ExprP exc, cause;                      // Raise (either may be null)
  std::vector<ExceptHandler> handlers;   // Try
  std::vector<Alias> names;              // Import, ImportFrom
  std::string module;                    // ImportFrom
  int level = 0;                         // ImportFrom
  std::vector<std::string> identifiers;  // Global, Nonlocal
  std::vector<WithItem> items;           // With
  std::vector<MatchCase> cases;          // Match (the subject is `value`)
};

struct Module {
  Body body;
};

// Helpers to build nodes: every node starts as its kind and its span.
template <class Node, class Kind>
std::unique_ptr<Node> makeNode(Kind k, Span s) {
  auto node = std::make_unique<Node>();
  node->kind = k;
  node->span = s;
  return node;
}
inline ExprP makeExpr(ExprKind k, Span s) {
  return makeNode<Expr>(k, s);
}
inline PatternP makePattern(PatternKind k, Span s) {
  return makeNode<Pattern>(k, s);
}
inline StmtP makeStmt(StmtKind k, Span s) {
  return makeNode<Stmt>(k, s);
}

}  // namespace ys::ast
