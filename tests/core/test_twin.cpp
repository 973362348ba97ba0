// Unparse and eager-twin tests: unparsed source reads back to the same
// tree, keeps statement lines when asked; the twin has the documented shape,
// refuses programs whose laziness is observable, and (checked with python3
// itself when it is installed) prints what the original prints.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "core/debug/twin.h"
#include "core/frontend/parser.h"
#include "core/frontend/unparse.h"

#include "tests/core/ast_dump.h"
#include "tests/core/program_corpus.h"

namespace fs = std::filesystem;
using namespace ys::testing;  // kAstCases, readFile, repoRoot

namespace {

std::unique_ptr<ys::ast::Module> parseOk(const std::string& src) {
  ys::ParseResult r = ys::parse(src, "t.py");
  EXPECT_FALSE(r.error) << src << "\n" << (r.error ? r.error->format() : "");
  return std::move(r.module);
}

void statementLines(const ys::ast::Body& body, std::vector<int>& out) {
  for (const auto& s : body) {
    out.push_back(s->span.line);
    statementLines(s->body, out);
    statementLines(s->orelse, out);
    for (const auto& h : s->handlers) statementLines(h.body, out);
    statementLines(s->finalbody, out);
  }
}

std::string twinOf(const std::string& src) {
  auto m = parseOk(src);
  ys::TwinResult t = ys::makeEagerTwin(*m);
  return t.source ? *t.source : "NO TWIN: " + t.reason;
}

// Runs every source in one python3 process (fresh globals each, stderr
// folded into stdout); returns each program's output.
std::vector<std::string> runPython(const std::vector<std::string>& sources) {
  fs::path dir = fs::temp_directory_path() / "ys_twin_test";
  fs::create_directories(dir);
  for (size_t i = 0; i < sources.size(); ++i) std::ofstream(dir / ("p" + std::to_string(i) + ".py")) << sources[i];
  std::ofstream(dir / "run_all.py")
      << "import sys, traceback\n"
         "sys.stderr = sys.stdout\n"
         "for i in range(int(sys.argv[1])):\n"
         "    name = 'p%d.py' % i\n"
         "    print('\\x00', flush=True)\n"
         "    try:\n"
         "        exec(compile(open(name).read(), name, 'exec'), {'__name__': '__main__'})\n"
         "    except BaseException:\n"
         "        traceback.print_exc()\n";
  std::string cmd = "cd '" + dir.string() + "' && python3 run_all.py " + std::to_string(sources.size()) + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  std::vector<std::string> parts;
  size_t at = 0;
  while ((at = out.find(std::string("\0\n", 2), at)) != std::string::npos) {
    at += 2;
    size_t next = out.find(std::string("\0\n", 2), at);
    parts.push_back(out.substr(at, next == std::string::npos ? std::string::npos : next - at));
  }
  parts.resize(sources.size());
  return parts;
}

bool havePython() {
  return std::system("python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' >/dev/null 2>&1") == 0;
}

}  // namespace

TEST(Unparse, SourceReadsBackToTheSameTree) {
  for (const AstCase& c : kAstCases) {
    auto m = parseOk(c.source);
    std::string text = ys::unparse(*m);
    auto again = parseOk(text);
    ASSERT_TRUE(again) << text;
    EXPECT_EQ(ys::testing::dumpAst(*again), c.dump) << c.source << "\n--- unparsed:\n" << text;
  }
}

TEST(Unparse, KeepLinesPutsEveryStatementOnItsOriginalLine) {
  ys::UnparseOptions keep;
  keep.keepLines = true;
  for (const AstCase& c : kAstCases) {
    auto m = parseOk(c.source);
    std::string text = ys::unparse(*m, keep);
    auto again = parseOk(text);
    ASSERT_TRUE(again) << text;
    EXPECT_EQ(ys::testing::dumpAst(*again), c.dump) << text;
    std::vector<int> before, after;
    statementLines(m->body, before);
    statementLines(again->body, after);
    EXPECT_EQ(before, after) << c.source << "\n--- unparsed:\n" << text;
  }
}

TEST(Unparse, CorpusProgramsRoundTripWithTheirLines) {
  const std::vector<fs::path> programs = ys::testing::programCorpus(repoRoot());
  ASSERT_GE(programs.size(), 200u) << "the repository's own programs are missing";
  ys::UnparseOptions keep;
  keep.keepLines = true;
  for (const fs::path& program : programs) {
    auto m = parseOk(readFile(program));
    ASSERT_TRUE(m) << program;
    auto again = parseOk(ys::unparse(*m, keep));
    ASSERT_TRUE(again) << program;
    EXPECT_EQ(ys::testing::dumpAst(*again), ys::testing::dumpAst(*m)) << program;
    std::vector<int> before, after;
    statementLines(m->body, before);
    statementLines(again->body, after);
    EXPECT_EQ(before, after) << program;
  }
}

TEST(Unparse, ExpressionsGetTheParenthesesTheyNeed) {
  auto m = parseOk("x = (-1) ** 2 + (a or b) * c\ny = (1).real, (lambda: 0)()\nz = f'{a!r:>{w}}{{'\n");
  EXPECT_EQ(ys::unparse(*m), "x = (-1) ** 2 + (a or b) * c\ny = (1).real, (lambda: 0)()\nz = f'{a!r:>{w}}{{'\n");
}

TEST(EagerTwin, GeneratorFunctionBuildsAListOnTheSameLines) {
  EXPECT_EQ(twinOf("def squares(n):\n"
                   "    for i in range(n):\n"
                   "        yield i * i\n"
                   "\n"
                   "g = squares(3)\n"
                   "print(next(g))\n"),
            "def squares(n):\n"
            "    for i in (__ys_items := []) or range(n):\n"
            "        __ys_items.append(i * i)\n"
            "    return iter(__ys_items)\n"
            "g = squares(3)\n"
            "print(next(g))\n");
}

TEST(EagerTwin, FirstSimpleStatementCarriesTheListAndReturnEndsTheIterator) {
  EXPECT_EQ(twinOf("def evens(xs):\n"
                   "    n = 0\n"
                   "    for x in xs:\n"
                   "        if x % 2 == 0:\n"
                   "            yield x\n"
                   "            n += 1\n"
                   "        if n == 3:\n"
                   "            return\n"
                   "    yield from [n]\n"),
            "def evens(xs):\n"
            "    __ys_items = []; n = 0\n"
            "    for x in xs:\n"
            "        if x % 2 == 0:\n"
            "            __ys_items.append(x)\n"
            "            n += 1\n"
            "        if n == 3:\n"
            "            return iter(__ys_items)\n"
            "    __ys_items.extend([n]); return iter(__ys_items)\n");
}

TEST(EagerTwin, GeneratorExpressionsBecomeLists) {
  EXPECT_EQ(twinOf("total = sum(x * x for x in range(10))\n"
                   "it = (c for c in 'ab')\n"
                   "print(', '.join(str(v) for v in it), next(x for x in [1]))\n"),
            "total = sum([x * x for x in range(10)])\n"
            "it = iter([c for c in 'ab'])\n"
            "print(', '.join([str(v) for v in it]), next(iter([x for x in [1]])))\n");
}

TEST(EagerTwin, OneLineGeneratorStaysOneLine) {
  EXPECT_EQ(twinOf("def one(): yield 1\nprint(list(one()))\n"),
            "def one(): __ys_items = []; __ys_items.append(1); return iter(__ys_items)\nprint(list(one()))\n");
}

TEST(EagerTwin, NoTwinWhenLazinessIsObservable) {
  struct Case {
    const char* src;
    const char* reason;
  } cases[] = {
      {"def g():\n    x = yield\n",
       "A generator uses the value of a yield expression, which only send() can provide (line 2), so it has no eager "
       "twin."},
      {"def g():\n    yield 1\nit = g()\nnext(it)\nit.send(5)\n",
       "The program calls .send() on a generator, which only a lazy generator can answer (line 5), so it has no eager "
       "twin."},
      {"def g():\n    yield 1\ng().throw(ValueError)\n",
       "The program calls .throw() on a generator, which only a lazy generator can answer (line 3), so it has no eager "
       "twin."},
      {"def g():\n    yield 1\nit = g()\nit.close()\n",
       "The program calls .close() on a generator, which only a lazy generator can answer (line 4), so it has no eager "
       "twin."},
      {"def g():\n    yield 1\nprint(g().gi_frame)\n",
       "The program inspects a generator's state (gi_frame) (line 3), so it has no eager twin."},
      {"import inspect\n", "The program imports inspect to look at generators (line 1), so it has no eager twin."},
      {"def g():\n    r = yield from h()\n",
       "A generator uses the result of 'yield from', which a list cannot give (line 2), so it has no eager twin."},
  };
  for (const Case& c : cases) {
    auto m = parseOk(c.src);
    ys::TwinResult t = ys::makeEagerTwin(*m);
    EXPECT_FALSE(t.source) << c.src;
    EXPECT_EQ(t.reason, c.reason);
  }
}

TEST(EagerTwin, TwinPrintsWhatTheOriginalPrints) {
  if (!havePython()) GTEST_SKIP() << "python3 (3.11) not available";
  const char* programs[] = {
      "def squares(n):\n    for i in range(n):\n        yield i * i\n\ng = squares(5)\nprint(next(g), next(g))\n"
      "print(list(g))\nprint(sum(squares(100)))\n",
      "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\nfor k in countdown(3):\n    print(k)\n",
      "print(sum(x * x for x in range(1000)))\nprint(max(len(w) for w in 'a bb ccc'.split()))\n",
      "def chain(*its):\n    for it in its:\n        yield from it\nprint(list(chain([1], (2, 3), 'ab')))\n",
      "def first(n, it):\n    for i, v in enumerate(it):\n        if i == n:\n            return\n        yield v\n"
      "print(list(first(3, range(10))))\n",
      "def pairs(xs):\n    it = iter(xs)\n    for a in it:\n        yield a, next(it, "
      "None)\nprint(dict(pairs('abcd')))\n",
      "evens = (x for x in range(10) if x % 2 == 0)\nprint(next(evens))\nprint(list(evens))\n"
      "def gen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        pass\nprint([v * 10 for v in "
      "gen()])\n",
      "class Tree:\n    def __init__(self, v, kids=()):\n        self.v, self.kids = v, kids\n"
      "    def walk(self):\n        yield self.v\n        for k in self.kids:\n            yield from k.walk()\n"
      "t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])\nprint(list(t.walk()))\n",
      "def fib():\n    a, b = 0, 1\n    for _ in range(20):\n        yield a\n        a, b = b, a + b\n"
      "print(f'{list(fib())[-1]:>8}', *fib())\n",
  };
  std::vector<std::string> originals, twins;
  for (const char* src : programs) {
    std::string twin = twinOf(src);
    ASSERT_EQ(twin.rfind("NO TWIN", 0), std::string::npos) << twin;
    originals.push_back(src);
    twins.push_back(twin);
  }
  std::vector<std::string> expected = runPython(originals), got = runPython(twins);
  for (size_t i = 0; i < originals.size(); ++i) {
    EXPECT_FALSE(expected[i].empty()) << originals[i];
    EXPECT_EQ(got[i], expected[i]) << originals[i] << "\n--- twin:\n" << twins[i];
  }
}
