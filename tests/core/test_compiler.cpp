// The compiler: code objects, line attribution, scopes and the SyntaxErrors
// CPython reports at compile time (messages checked against python3).
#include <gtest/gtest.h>
#include <string>

#include "core/frontend/compiler.h"
#include "core/frontend/parser.h"
#include "core/runtime/opcodes.h"

namespace {

struct Compiled {
  ys::ParseResult parsed;
  ys::CompileResult result;
};

Compiled compileText(const std::string& src) {
  Compiled c;
  c.parsed = ys::parse(src, "t.py");
  if (c.parsed.module) c.result = ys::compileModule(c.parsed, "t.py", src);
  return c;
}

const ys::CodeObj* child(const ys::CodeObj& co, const std::string& name) {
  for (const auto& v : co.consts)
    if (v.is(ys::ObjKind::Code) && v.as<ys::CodeObj>()->name == name) return v.as<ys::CodeObj>();
  return nullptr;
}

// CPython reports these from its compiler; our parser may catch some first.
// Either way the message must be CPython's.
std::string compileError(const std::string& src) {
  Compiled c = compileText(src);
  if (c.parsed.error) return c.parsed.error->message;
  return c.result.error ? c.result.error->message : "";
}

TEST(Compiler, ModuleEndsWithReturnNone) {
  Compiled c = compileText("x = 1\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj& co = *c.result.code;
  ASSERT_GE(co.code.size(), 2u);
  EXPECT_EQ(co.code.back().op, ys::RETURN_VALUE);
  const ys::Instr& load = co.code[co.code.size() - 2];
  ASSERT_EQ(load.op, ys::LOAD_CONST);
  ASSERT_GE(load.arg, 0);
  ASSERT_LT(size_t(load.arg), co.consts.size());
  EXPECT_TRUE(co.consts[size_t(load.arg)].isNone());
}

TEST(Compiler, GeneratorFunctionIsMarkedAndCountsItsArguments) {
  Compiled c = compileText("def squares(n, *rest, k=1, **kw):\n    yield n\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj* f = child(*c.result.code, "squares");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->isGenerator);
  EXPECT_EQ(f->argcount, 1);
  EXPECT_EQ(f->kwonlyargcount, 1);
  EXPECT_TRUE(f->varargs);
  EXPECT_TRUE(f->varkeywords);
  // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
  EXPECT_EQ(f->varnames, (std::vector<std::string>{"n", "k", "rest", "kw"}));
}

TEST(Compiler, ClosureMakesCellsAndFreeVariables) {
  Compiled c = compileText("def outer(a):\n    b = 2\n    def inner():\n        return a + b\n    return inner\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj* outer = child(*c.result.code, "outer");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(outer->cellvars, (std::vector<std::string>{"a", "b"}));
  const ys::CodeObj* inner = child(*outer, "inner");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->freevars, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(inner->qualname, "outer.<locals>.inner");
  // The captured argument keeps its own slot; b gets one after the varnames.
  EXPECT_EQ(outer->cellSlots[0], 0);
  EXPECT_EQ(outer->cellSlots[1], int(outer->varnames.size()));
}

TEST(Compiler, ComprehensionsAndGenexpsAreTheirOwnFunctions) {
  Compiled c = compileText("a = [x for x in range(3)]\nb = (y for y in a)\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj* lc = child(*c.result.code, "<listcomp>");
  const ys::CodeObj* ge = child(*c.result.code, "<genexpr>");
  ASSERT_NE(lc, nullptr);
  ASSERT_NE(ge, nullptr);
  EXPECT_FALSE(lc->isGenerator);
  EXPECT_TRUE(ge->isGenerator);
  EXPECT_EQ(ge->varnames[0], ".0");
}

TEST(Compiler, EveryInstructionHasASpanAndTheExceptionTableIsInRange) {
  Compiled c =
      compileText("try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('f')\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj& co = *c.result.code;
  EXPECT_EQ(co.code.size(), co.spans.size());
  EXPECT_FALSE(co.exceptionTable.empty());
  for (const auto& r : co.exceptionTable) {
    EXPECT_LT(r.start, r.end);
    EXPECT_LE(size_t(r.end), co.code.size());
    EXPECT_LT(size_t(r.handler), co.code.size());
  }
  EXPECT_GT(co.stacksize, 0);
}

TEST(Compiler, ForLoopBackJumpIsArtificial) {
  Compiled c = compileText("for i in range(2):\n    pass\n");
  ASSERT_TRUE(c.result.code);
  const ys::CodeObj& co = *c.result.code;
  bool found = false;
  for (size_t i = 0; i < co.code.size(); ++i)
    if (co.code[i].op == ys::JUMP && co.code[i].arg < int(i)) {
      found = true;
      EXPECT_LT(co.spans[i].endLine, 0);  // no line event of its own
    }
  EXPECT_TRUE(found);
}

// Each message is python3's for the same source, e.g. `python3 -c "return 1"`.
struct CompileErrorCase {
  const char* source;
  const char* message;
};

const CompileErrorCase kCompileErrors[] = {
    {"return 1\n", "'return' outside function"},
    {"yield 1\n", "'yield' outside function"},
    {"break\n", "'break' outside loop"},
    {"continue\n", "'continue' not properly in loop"},
    {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
    {"nonlocal x\n", "nonlocal declaration not allowed at module level"},
    {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
    {"def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension"},
    // A mapping pattern's keys, two at a time: equal constants (negative
    // ones, an int and its float, True and 1) are a duplicate; nearly equal
    // floats and opposite signs are not (an empty message: it compiles).
    {"match x:\n    case {-1.5: a, -1.5: b}:\n        pass\n", "mapping pattern checks duplicate key (-1.5)"},
    {"match x:\n    case {1: a, True: b}:\n        pass\n", "mapping pattern checks duplicate key (True)"},
    {"match x:\n    case {1: a, 1.0: b}:\n        pass\n", "mapping pattern checks duplicate key (1.0)"},
    {"match x:\n    case {0: a, -0.0: b}:\n        pass\n", "mapping pattern checks duplicate key (-0.0)"},
    {"match x:\n    case {-7: a, -7: b}:\n        pass\n", "mapping pattern checks duplicate key (-7)"},
    {"match x:\n    case {'a\\n': a, 'a\\n': b}:\n        pass\n", "mapping pattern checks duplicate key ('a\\n')"},
    {"match x:\n    case {None: a, None: b}:\n        pass\n", "mapping pattern checks duplicate key (None)"},
    {"match x:\n    case {1.0000001: a, 1.0000002: b}:\n        pass\n", ""},
    {"match x:\n    case {-2: a, 2: b}:\n        pass\n", ""},
    {"match x:\n    case {1e400: a, 1e400: b}:\n        pass\n", "mapping pattern checks duplicate key (inf)"},
    {"match x:\n    case {-1000000000000000000000000000000: a, 1000000000000000000000000000000: b}:\n        pass\n",
     ""},
};

TEST(CompilerErrors, MessagesAreCPythons) {
  for (const CompileErrorCase& c : kCompileErrors) {
    SCOPED_TRACE(c.source);
    EXPECT_EQ(compileError(c.source), c.message);
  }
}

}  // namespace
