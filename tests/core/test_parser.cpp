// Parser tests: trees compared with python3's own ast.dump, syntax errors
// compared byte for byte with python3's stderr, the shared corpus, and inputs
// that must not crash the engine.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <sstream>

#include "core/frontend/parser.h"

#include "tests/core/ast_dump.h"
#include "tests/core/program_corpus.h"

namespace fs = std::filesystem;
using namespace ys::testing;  // kAstCases, readFile, repoRoot

namespace {

std::string errorOf(std::string_view src, const std::string& name = "t.py") {
  ys::ParseResult r = ys::parse(src, name);
  return r.error ? r.error->format() : std::string("<no error>");
}

}  // namespace

TEST(Parser, TreesMatchPython3AstDump) {
  for (const AstCase& c : kAstCases) {
    ys::ParseResult r = ys::parse(c.source, "t.py");
    ASSERT_FALSE(r.error) << c.source << "\n" << r.error->format();
    EXPECT_EQ(ys::testing::dumpAst(*r.module), c.dump) << c.source;
  }
}

TEST(Parser, PositionsMatchPython3LinenoAndColOffset) {
  for (const AstCase& c : kAstCases) {
    if (!*c.attrDump) continue;
    ys::ParseResult r = ys::parse(c.source, "t.py");
    ASSERT_FALSE(r.error) << c.source;
    EXPECT_EQ(ys::testing::dumpAst(*r.module, true), c.attrDump) << c.source;
  }
}

TEST(Parser, ColumnsCountCharactersNotBytes) {
  // CPython's col_offset would be 9 here (é is two bytes); tracebacks print
  // carets by characters, so our spans hold character columns.
  ys::ParseResult r = ys::parse("x = 'é' + y\n", "t.py");
  ASSERT_FALSE(r.error);
  const ys::ast::Expr& binop = *r.module->body[0]->value;
  EXPECT_EQ(binop.right->span.col, 10);
  EXPECT_EQ(binop.left->span.endCol, 7);
}

TEST(Parser, BigIntegersKeepTheirDecimalDigits) {
  ys::ParseResult r = ys::parse("x = 0x1_0000_0000_0000_0000\ny = 9223372036854775807\n", "t.py");
  ASSERT_FALSE(r.error);
  const auto& big = r.module->body[0]->value->value;
  EXPECT_EQ(big.kind, ys::ast::ConstValue::Kind::BigInt);
  EXPECT_EQ(big.text, "18446744073709551616");
  const auto& max = r.module->body[1]->value->value;
  EXPECT_EQ(max.kind, ys::ast::ConstValue::Kind::Int);
  EXPECT_EQ(max.intValue, 9223372036854775807LL);
}

// Every tests/scripts/syntax/NAME.py has NAME.err: python3's stderr for it
// (tests/regen_expected.py tests/scripts/syntax writes them)
// (run in that folder, the folder prefix removed from the path); an empty
// NAME.err marks a program that looks wrong but is valid.
TEST(Parser, SyntaxErrorsPrintExactlyWhatPython3Prints) {
  fs::path dir = repoRoot() / "tests" / "scripts" / "syntax";
  ASSERT_TRUE(fs::exists(dir)) << dir;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    fs::path err = entry.path();
    err.replace_extension(".err");
    std::string name = entry.path().filename().string();
    std::string expected = readFile(err);
    if (expected.empty()) expected = "<no error>";  // python3 ran it: no syntax error to report
    EXPECT_EQ(errorOf(readFile(entry.path()), name), expected) << name;
    ++checked;
  }
  EXPECT_GE(checked, 190);
}

TEST(Parser, TypoOfYieldGetsAHint) {
  ys::ParseResult r = ys::parse("def f():\n    yeild 1\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "invalid syntax");
  EXPECT_EQ(r.error->hint, "did you mean 'yield'?");
  r = ys::parse("def f():\n    retutn 1\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->hint, "did you mean 'return'?");
}

TEST(Parser, AMissingIndentGetsAHint) {
  // The tutorial's fun2, pasted as its notes have it.
  ys::ParseResult r = ys::parse("def fun2():\nfor i in range(10):\n     yield i\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "IndentationError");
  EXPECT_EQ(r.error->message, "expected an indented block after function definition on line 1");  // python3's
  EXPECT_EQ(r.error->hint, "the lines that belong to line 1 go under it, indented (4 spaces more than line 1)");
}

TEST(Parser, ANoteAmongTheCodeGetsAHint) {
  // The tutorial's own notes pasted with its code (tests/ui/fixtures/lesson).
  const char* pasted =
      "def square_generator(n):\n"
      "    for i in range(n):\n"
      "        yield i * i\n"
      "result = square_generator(5)\n"
      "    this all result will store in result\n";
  ys::ParseResult r = ys::parse(pasted, "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "IndentationError");  // as python3 says
  EXPECT_EQ(r.error->message, "unexpected indent");
  EXPECT_EQ(r.error->hint, "this line looks like a note, not code: make it a comment by starting it with #");
  r = ys::parse("x = 1\nthis all result will store in result\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "invalid syntax");
  EXPECT_EQ(r.error->hint, "this line looks like a note, not code: make it a comment by starting it with #");
  r = ys::parse("def f():\n    yeild 1\n", "t.py");  // code with a typo is not a note
  EXPECT_EQ(r.error->hint, "did you mean 'yield'?");
  // A note after a whole statement: commenting the line out would lose the print.
  r = ys::parse("it = iter([1])\nprint(it.__next__()) like we can get this values \n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "invalid syntax");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->hint,
            "the words from 'like' on look like a note, not code: put # before them to make them a comment");
  r = ys::parse("we can access this by using iterative statement or by using next()\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->hint, "this line looks like a note, not code: make it a comment by starting it with #");
}

TEST(Parser, UnsupportedConstructsSayNotImplemented) {
  struct Case {
    const char* src;
    const char* message;
  } cases[] = {
      {"x = 1\n\n\nasync def f():\n    pass\n",
       "Yieldscope does not support 'async' functions and statements (line 4)"},
      {"class A(metaclass=M):\n    pass\n", "Yieldscope does not support class keywords such as metaclass= (line 1)"},
      {"try:\n    pass\nexcept* E:\n    pass\n", "Yieldscope does not support 'except*' (line 3)"},
  };
  for (const Case& c : cases) {
    ys::ParseResult r = ys::parse(c.src, "t.py");
    ASSERT_TRUE(r.error) << c.src;
    EXPECT_EQ(r.error->type, "NotImplementedError") << c.src;
    EXPECT_EQ(r.error->message, c.message);
  }
}

TEST(Parser, MatchAsAnOrdinaryNameStillWorks) {
  EXPECT_FALSE(ys::parse("match = 1\nmatch(x)\nprint(match)\n", "t.py").error);
}

TEST(Parser, MatchStatementParses) {
  EXPECT_FALSE(ys::parse("match x:\n    case [1, *rest] | {\"k\": rest} if rest:\n        pass\n"
                         "    case P(0, y=q) as p:\n        pass\n    case _:\n        pass\n",
                         "t.py")
                   .error);
  EXPECT_FALSE(ys::parse("match = {\"case\": 1}\ncase = match[\"case\"]\n", "t.py").error);
}

TEST(Parser, EveryCorpusProgramParses) {
  const std::vector<fs::path> programs = ys::testing::programCorpus(repoRoot());
  ASSERT_GE(programs.size(), 200u) << "the repository's own programs are missing";
  for (const fs::path& program : programs) {
    ys::ParseResult r = ys::parse(readFile(program), program.filename().string());
    EXPECT_FALSE(r.error) << program << "\n" << (r.error ? r.error->format() : "");
  }
}

TEST(Parser, DeepNestingIsRefusedNotACrash) {
  std::string deepParens = "x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n";
  EXPECT_NE(errorOf(deepParens).find("SyntaxError: too many nested parentheses"), std::string::npos);
  std::string deepUnary = "x = " + std::string(100000, '-') + "1\n";
  EXPECT_NE(errorOf(deepUnary).find("SyntaxError"), std::string::npos);
  std::string deepNot;
  for (int i = 0; i < 50000; ++i) deepNot += "not ";
  EXPECT_NE(errorOf(deepNot + "x\n").find("SyntaxError"), std::string::npos);
  std::string deepLambda;
  for (int i = 0; i < 50000; ++i) deepLambda += "lambda: ";
  EXPECT_NE(errorOf(deepLambda + "0\n").find("SyntaxError"), std::string::npos);
  std::string deepPow = "x = 2";
  for (int i = 0; i < 50000; ++i) deepPow += "**2";
  EXPECT_NE(errorOf(deepPow + "\n").find("SyntaxError"), std::string::npos);
  std::string deepIndent;
  for (int i = 0; i < 150; ++i) deepIndent += std::string(i, ' ') + "if x:\n";
  deepIndent += std::string(150, ' ') + "pass\n";
  EXPECT_NE(errorOf(deepIndent).find("IndentationError: too many levels of indentation"), std::string::npos);
}

TEST(Parser, MangledProgramsNeverCrash) {
  // Deterministic mutations of a real program: every result is either a
  // tree or a formatted error.
  std::string base =
      "def squares(n):\n    for i in range(n):\n        yield i * i  # sq\n\n"
      "g = (x for x in squares(5) if x)\nprint(f'{sum(g)!r:>5}', [1, 2][0], {'a': 1})\n"
      "try:\n    next(g)\nexcept StopIteration as e:\n    print(\"done\", e.value)\n";
  std::mt19937 rng(12345);
  const char pool[] = "()[]{}:;,.'\"\\\n\t #=+-*/fyrb0123456789_xeé\x80\xff\0";
  for (int round = 0; round < 3000; ++round) {
    std::string s = base;
    int edits = 1 + rng() % 6;
    for (int k = 0; k < edits; ++k) {
      size_t at = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0:
          s.insert(s.begin() + at, pool[rng() % (sizeof pool - 1)]);
          break;
        case 1:
          if (at < s.size()) s.erase(at, 1 + rng() % 3);
          break;
        default:
          if (at < s.size()) s[at] = pool[rng() % (sizeof pool - 1)];
          break;
      }
    }
    ys::ParseResult r = ys::parse(s, "m.py");
    if (r.error) {
      EXPECT_FALSE(r.error->format().empty());
    } else {
      EXPECT_TRUE(r.module);
    }
  }
}

TEST(Parser, EmptyAndBlankSourcesGiveAnEmptyModule) {
  for (const char* src : {"", "\n", "   \n\n# only a comment", "\xEF\xBB\xBFx = 1\n"}) {
    ys::ParseResult r = ys::parse(src, "t.py");
    ASSERT_FALSE(r.error) << src;
  }
}
