// Lexer tests: token streams compared with python3's own tokenize module
// (NL and COMMENT dropped, as CPython's parser never sees them), escapes,
// and the tokenizer's own errors.
#include <gtest/gtest.h>
#include <iterator>
#include <string>

#include "core/frontend/lexer.h"

namespace {

// tokenize's name of each kind, in TokKind's order.
const char* kindName(ys::TokKind k) {
  static const char* const kNames[] = {"NAME",   "NUMBER", "STRING",    "OP",   "NEWLINE",
                                       "INDENT", "DEDENT", "ENDMARKER", "ERROR"};
  static_assert(std::size(kNames) == size_t(ys::TokKind::Error) + 1, "a name for every TokKind");
  return kNames[size_t(k)];
}

// The same shape as the expected strings below, which
// `tokenize.generate_tokens` in python3 produced for each source.
std::string show(std::string_view src) {
  ys::LexResult r = ys::tokenize(src, "t.py");
  std::string out;
  for (const ys::Token& t : r.tokens) {
    if (!out.empty()) out += " | ";
    out += kindName(t.kind);
    if (t.kind == ys::TokKind::Name || t.kind == ys::TokKind::Number || t.kind == ys::TokKind::String ||
        t.kind == ys::TokKind::Op)
      out += " " + std::string(t.text) + " " + std::to_string(t.line) + ":" + std::to_string(t.col) + "-" +
             std::to_string(t.endLine) + ":" + std::to_string(t.endCol);
  }
  return out;
}

struct TokCase {
  const char* source;
  const char* tokens;
};
const TokCase kTokCases[] = {
    {R"PY(def f(x):
    if x:
        return [1,
                2]
    return x  # c
)PY",
     R"PY(NAME def 1:0-1:3 | NAME f 1:4-1:5 | OP ( 1:5-1:6 | NAME x 1:6-1:7 | OP ) 1:7-1:8 | OP : 1:8-1:9 | NEWLINE | INDENT | NAME if 2:4-2:6 | NAME x 2:7-2:8 | OP : 2:8-2:9 | NEWLINE | INDENT | NAME return 3:8-3:14 | OP [ 3:15-3:16 | NUMBER 1 3:16-3:17 | OP , 3:17-3:18 | NUMBER 2 4:16-4:17 | OP ] 4:17-4:18 | NEWLINE | DEDENT | NAME return 5:4-5:10 | NAME x 5:11-5:12 | NEWLINE | DEDENT | ENDMARKER)PY"},
    {R"PY(x = 1 + \
    2
)PY",
     R"PY(NAME x 1:0-1:1 | OP = 1:2-1:3 | NUMBER 1 1:4-1:5 | OP + 1:6-1:7 | NUMBER 2 2:4-2:5 | NEWLINE | ENDMARKER)PY"},
    {R"PY(s = 'a' "b" '''c
d''' rb'\x' f'{x}'
)PY",
     R"PY(NAME s 1:0-1:1 | OP = 1:2-1:3 | STRING 'a' 1:4-1:7 | STRING "b" 1:8-1:11 | STRING '''c
d''' 1:12-2:4 | STRING rb'\x' 2:5-2:11 | STRING f'{x}' 2:12-2:18 | NEWLINE | ENDMARKER)PY"},
    {R"PY(n = 0x1F + 0o7 + 0b1 + 1_000 + 1.5e-3 + .5 + 1.
)PY",
     R"PY(NAME n 1:0-1:1 | OP = 1:2-1:3 | NUMBER 0x1F 1:4-1:8 | OP + 1:9-1:10 | NUMBER 0o7 1:11-1:14 | OP + 1:15-1:16 | NUMBER 0b1 1:17-1:20 | OP + 1:21-1:22 | NUMBER 1_000 1:23-1:28 | OP + 1:29-1:30 | NUMBER 1.5e-3 1:31-1:37 | OP + 1:38-1:39 | NUMBER .5 1:40-1:42 | OP + 1:43-1:44 | NUMBER 1. 1:45-1:47 | NEWLINE | ENDMARKER)PY"},
    {R"PY(a **= b // c >> d != e -> f := g ... @ h
)PY",
     R"PY(NAME a 1:0-1:1 | OP **= 1:2-1:5 | NAME b 1:6-1:7 | OP // 1:8-1:10 | NAME c 1:11-1:12 | OP >> 1:13-1:15 | NAME d 1:16-1:17 | OP != 1:18-1:20 | NAME e 1:21-1:22 | OP -> 1:23-1:25 | NAME f 1:26-1:27 | OP := 1:28-1:30 | NAME g 1:31-1:32 | OP ... 1:33-1:36 | OP @ 1:37-1:38 | NAME h 1:39-1:40 | NEWLINE | ENDMARKER)PY"},
    {R"PY(if a:
    b

    # comment

    c
d
)PY",
     R"PY(NAME if 1:0-1:2 | NAME a 1:3-1:4 | OP : 1:4-1:5 | NEWLINE | INDENT | NAME b 2:4-2:5 | NEWLINE | NAME c 6:4-6:5 | NEWLINE | DEDENT | NAME d 7:0-7:1 | NEWLINE | ENDMARKER)PY"},
    {R"PY(x = 'é' + y
)PY",
     R"PY(NAME x 1:0-1:1 | OP = 1:2-1:3 | STRING 'é' 1:4-1:7 | OP + 1:8-1:9 | NAME y 1:10-1:11 | NEWLINE | ENDMARKER)PY"},
    {R"PY(print(1))PY",
     R"PY(NAME print 1:0-1:5 | OP ( 1:5-1:6 | NUMBER 1 1:6-1:7 | OP ) 1:7-1:8 | NEWLINE | ENDMARKER)PY"},
    {R"PY(while x:
	pass
)PY",
     R"PY(NAME while 1:0-1:5 | NAME x 1:6-1:7 | OP : 1:7-1:8 | NEWLINE | INDENT | NAME pass 2:1-2:5 | NEWLINE | DEDENT | ENDMARKER)PY"},
};

std::string decoded(std::string_view body) {
  ys::DecodeResult d = ys::decodeEscapes(body, false);
  return d.error.empty() ? d.text : "ERROR " + d.error;
}

}  // namespace

TEST(Lexer, TokensMatchPython3Tokenize) {
  for (const TokCase& c : kTokCases) EXPECT_EQ(show(c.source), c.tokens) << c.source;
}

TEST(Lexer, ByteColumnsDifferFromCharacterColumnsAfterNonAscii) {
  ys::LexResult r = ys::tokenize("x = 'é' + y\n", "t.py");
  const ys::Token& y = r.tokens[4];
  EXPECT_EQ(y.text, "y");
  EXPECT_EQ(y.col, 10);
  EXPECT_EQ(y.bcol, 11);
}

TEST(Lexer, KeywordsAreFlagged) {
  ys::LexResult r = ys::tokenize("yield yeild None match\n", "t.py");
  EXPECT_TRUE(r.tokens[0].keyword);
  EXPECT_FALSE(r.tokens[1].keyword);
  EXPECT_TRUE(r.tokens[2].keyword);
  EXPECT_FALSE(r.tokens[3].keyword);  // a soft keyword is a name
}

TEST(Lexer, BracketDepthIsRecordedPerToken) {
  ys::LexResult r = ys::tokenize("f(a, [b])\n", "t.py");
  EXPECT_EQ(r.tokens[0].level, 0);  // f
  EXPECT_EQ(r.tokens[2].level, 1);  // a
  EXPECT_EQ(r.tokens[5].level, 2);  // b
}

TEST(Lexer, EscapesDecodeLikePython) {
  EXPECT_EQ(decoded(R"(a\tb\nc\\d\'\")"), "a\tb\nc\\d'\"");
  EXPECT_EQ(decoded(R"(\x41\101\u00e9\U0001F40D)"), "AA\xC3\xA9\xF0\x9F\x90\x8D");
  EXPECT_EQ(decoded(R"(\N{EM DASH}\N{bullet})"), "\xE2\x80\x94\xE2\x80\xA2");
  EXPECT_EQ(decoded(R"(\d\q)"), "\\d\\q");  // unknown escapes stay (CPython warns)
  EXPECT_EQ(decoded("a\\\nb"), "ab");       // backslash-newline joins
  EXPECT_EQ(decoded(R"(\x4)"),
            "ERROR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
  ys::DecodeResult b = ys::decodeEscapes(R"(\xff\u1234)", true);
  EXPECT_EQ(b.text, "\xff\\u1234");  // bytes keep \u as written
}

TEST(Lexer, StringPartsSeparatePrefixQuotesAndBody) {
  ys::LexResult r = ys::tokenize("Rb'''x'''\n", "t.py");
  ys::StringParts p = ys::splitString(r.tokens[0]);
  EXPECT_TRUE(p.raw);
  EXPECT_TRUE(p.bytes);
  EXPECT_FALSE(p.fstring);
  EXPECT_EQ(p.body, "x");
  EXPECT_EQ(p.bodyCol, 5);
}

TEST(Lexer, UnterminatedStringReportsItsStart) {
  ys::LexResult r = ys::tokenize("x = 1\ns = 'abc\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->message, "unterminated string literal (detected at line 2)");
  EXPECT_EQ(r.error->line, 2);
  EXPECT_EQ(r.error->col, 5);
  EXPECT_EQ(r.tokens.back().kind, ys::TokKind::Error);
}

TEST(Lexer, EndOfFileInsideBracketsIsLeftToTheParser) {
  ys::LexResult r = ys::tokenize("x = (1,\n  [2,\n", "t.py");
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.eofInBrackets);
  ASSERT_EQ(r.openBrackets.size(), 2u);
  EXPECT_EQ(r.openBrackets.back().ch, '[');
  EXPECT_EQ(r.openBrackets.back().line, 2);
}

TEST(Lexer, WindowsLineEndsAreAccepted) {
  EXPECT_EQ(show("if a:\r\n    b\r\n"), show("if a:\n    b\n"));
}

TEST(Lexer, InconsistentTabsAreATabError) {
  ys::LexResult r = ys::tokenize("if 1:\n\tx=1\n        y=2\n", "t.py");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "TabError");
}

TEST(Lexer, NonAsciiIdentifiersAreOneName) {
  ys::LexResult r = ys::tokenize("λ = café + 1\n", "t.py");
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.tokens[0].text, "λ");
  EXPECT_EQ(r.tokens[2].text, "café");
  EXPECT_EQ(r.tokens[2].col, 4);
  EXPECT_EQ(r.tokens[2].endCol, 8);
}
