// Tests for core/base/format.h against vectors computed by CPython 3.11
// (tests/data/gen_bigint_vectors.py writes tests/data/format_vectors.inc).
// Errors are expected as "!Type: message", exactly as Python reports them.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <iterator>
#include <map>
#include <string>

#include "core/base/format.h"

namespace ys {
namespace {

using namespace std::string_view_literals;

struct Row {
  const char* op;
  std::string_view input;
  std::string_view spec;
  std::string_view expected;
};

constexpr Row kRows[] = {
#define YS_FORMAT_ROWS
#include "tests/data/format_vectors.inc"
#undef YS_FORMAT_ROWS
};

// ---- unpacking the % rows (format described in gen_bigint_vectors.py) ------

struct MissingKey {
  std::string key;
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t at; (at = s.find(sep, start)) != std::string_view::npos; start = at + 1) {
    parts.push_back(s.substr(start, at - start));
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::function<std::string()> constant(std::string_view text) {
  return [t = std::string(text)] { return t; };
}

PercentArg unpackArg(std::string_view item) {
  PercentArg a;
  const std::string text(item.substr(1));
  switch (item[0]) {
    case 'i':
    case 'b':
      a.kind = PercentArg::Kind::Int;
      a.intValue = BigInt::parse(text).value_or(BigInt());
      a.typeName = item[0] == 'b' ? "bool" : "int";
      if (item[0] == 'b') a.str = a.repr = constant(text == "1" ? "True" : "False");
      break;
    case 'f':
      a.kind = PercentArg::Kind::Float;
      a.floatValue = std::strtod(text.c_str(), nullptr);
      a.typeName = "float";
      break;
    case 's':
      a.kind = PercentArg::Kind::Str;
      a.text = text;
      a.typeName = "str";
      break;
    default: {  // 'o': type, str, repr
      const auto parts = split(item.substr(1), '\x1e');
      a.typeName = std::string(parts.at(0));
      a.str = constant(parts.at(1));
      a.repr = constant(parts.at(2));
    }
  }
  return a;
}

// A dict operand: itself as the single positional operand (its repr), plus
// a lookup for %(key)s that throws MissingKey like dict.__getitem__.
PercentArgs unpackMapping(std::string_view body) {
  auto map = std::make_shared<std::map<std::string, PercentArg, std::less<>>>();
  std::string repr = "{";
  for (std::string_view entry : split(body, '\x1f')) {
    if (entry.empty()) continue;
    const size_t sep = entry.find('\x1e');
    const std::string key(entry.substr(0, sep));
    const PercentArg value = unpackArg(entry.substr(sep + 1));
    const std::string valueRepr =
        value.kind == PercentArg::Kind::Int ? value.intValue.toString() : "'" + value.text + "'";
    repr += (map->empty() ? "'" : ", '") + key + "': " + valueRepr;
    (*map)[key] = value;
  }
  PercentArgs args;
  args.items.push_back(unpackArg("odict\x1e" + repr + "}\x1e" + repr + "}"));
  args.lookup = [map](std::string_view key) {
    auto it = map->find(key);
    if (it == map->end()) throw MissingKey{std::string(key)};
    return it->second;
  };
  return args;
}

PercentArgs unpackArgs(std::string_view packed) {
  const std::string_view body = packed.substr(1);
  if (packed[0] == 'M') return unpackMapping(body);
  PercentArgs args;
  args.isTuple = packed[0] == 'T';
  if (!args.isTuple) {
    args.items.push_back(unpackArg(body));
    return args;
  }
  if (!body.empty()) {
    for (std::string_view item : split(body, '\x1f')) args.items.push_back(unpackArg(item));
  }
  return args;
}

struct PercentRow {
  std::string_view fmt;
  std::string_view args;  // packed
  std::string_view expected;
};

constexpr PercentRow kPercentRows[] = {
#define YS_PERCENT_ROWS
#include "tests/data/format_vectors.inc"
#undef YS_PERCENT_ROWS
};

// ---- running rows -------------------------------------------------------------

// The Python exception of each kind, in FormatError::Kind's order.
const char* kindName(FormatError::Kind kind) {
  static const char* const kNames[] = {"ValueError", "TypeError", "OverflowError", "MemoryError"};
  static_assert(std::size(kNames) == size_t(FormatError::Kind::MemoryError) + 1, "a name for every kind");
  return kNames[size_t(kind)];
}

template <typename Fn>
std::string outcome(Fn fn) {
  try {
    return fn();
  } catch (const FormatError& e) {
    return std::string("!") + kindName(e.kind) + ": " + e.message;
  } catch (const MissingKey& e) {
    return "!KeyError: '" + e.key + "'";
  }
}

double fromHex(std::string_view hex) {
  return std::strtod(std::string(hex).c_str(), nullptr);
}

std::string floatHex(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  if (d == 0) return std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0";
  // Python's float.hex(): 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<...>p-1022.
  int exp = 0;
  const double m = std::frexp(std::fabs(d), &exp);  // m in [0.5, 1)
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  const uint64_t frac = bits & ((uint64_t{1} << 52) - 1);
  const bool subnormal = ((bits >> 52) & 0x7ff) == 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", d < 0 ? "-" : "", subnormal ? 0 : 1,
                static_cast<unsigned long long>(frac), subnormal ? -1022 : exp - 1);
  (void)m;
  return buf;
}

template <typename Eval>
void checkRows(const std::string& op, Eval eval) {
  int count = 0, failures = 0;
  for (const Row& r : kRows) {
    if (op != r.op) continue;
    if (r.expected == "(skip)") continue;
    ++count;
    const std::string got = outcome([&] { return eval(r); });
    if (got != r.expected && failures++ < 8) {
      ADD_FAILURE() << op << "(" << r.input << ", '" << r.spec << "')\n  want " << r.expected << "\n  got  " << got;
    }
  }
  EXPECT_GT(count, 0);
  EXPECT_EQ(failures, 0) << failures << " of " << count << " " << op << " rows failed";
}

TEST(FormatVectors, FloatReprMatchesPython) {
  checkRows("repr", [](const Row& r) { return floatRepr(fromHex(r.input)); });
}

TEST(FormatVectors, FormatFloatWithSpecMatchesPython) {
  checkRows("float", [](const Row& r) { return formatFloat(fromHex(r.input), r.spec); });
}

TEST(FormatVectors, FormatIntWithSpecMatchesPython) {
  checkRows("int", [](const Row& r) { return formatInt(BigInt::parse(r.input).value_or(BigInt()), r.spec); });
}

TEST(FormatVectors, FormatBoolUsesIntRulesAndBoolInErrors) {
  checkRows("bool", [](const Row& r) { return formatInt(*BigInt::parse(r.input), r.spec, "bool"); });
}

TEST(FormatVectors, FormatStrWithSpecMatchesPython) {
  checkRows("str", [](const Row& r) { return formatStr(r.input, r.spec); });
}

TEST(FormatVectors, ParseFloatAcceptsWhatFloatAccepts) {
  checkRows("parsefloat", [](const Row& r) {
    const auto v = parseFloat(r.input);
    return v ? floatHex(*v) : std::string("none");
  });
}

TEST(FormatVectors, RoundFloatIsCorrectlyRoundedHalfEven) {
  checkRows("round", [](const Row& r) {
    return floatHex(roundHalfEven(fromHex(r.input), std::atoll(std::string(r.spec).c_str())));
  });
}

TEST(FormatVectors, RoundIntToNegativeDigitsIsHalfEven) {
  checkRows("roundint", [](const Row& r) {
    return roundInt(*BigInt::parse(r.input), std::atoll(std::string(r.spec).c_str())).toString();
  });
}

TEST(FormatVectors, IntStrDigitsLimitMatchesPython) {
  checkRows("intdec", [](const Row& r) {
    return intToDecimal(BigInt::parse(r.input.substr(r.input[0] == '-' ? 3 : 2), 16)->pow(1) *
                        BigInt(r.input[0] == '-' ? -1 : 1));
  });
  checkRows("intparse", [](const Row& r) {
    std::string text(r.input);
    size_t at;
    while ((at = text.find(' ')) != std::string::npos) text.erase(at, 1);
    checkIntParseDigits(text, std::atoi(std::string(r.spec).c_str()));
    return std::string("ok");
  });
}

TEST(FormatVectors, PercentFormattingMatchesPython) {
  int failures = 0;
  for (const PercentRow& r : kPercentRows) {
    const std::string got = outcome([&] { return percentFormat(r.fmt, unpackArgs(r.args)); });
    if (got != r.expected && failures++ < 10) {
      ADD_FAILURE() << "'" << r.fmt << "' % ...\n  want " << r.expected << "\n  got  " << got;
    }
  }
  EXPECT_EQ(failures, 0) << failures << " of " << std::size(kPercentRows) << " % rows failed";
  EXPECT_GT(std::size(kPercentRows), 700u);
}

// ---- hand-written cases (python3 output quoted) ---------------------------------

TEST(Format, FloatReprLayoutRules) {
  // python3: repr(1e16), repr(1e-05), repr(0.0001), repr(123456789012345.0), repr(1.5e300)
  EXPECT_EQ(floatRepr(1e16), "1e+16");
  EXPECT_EQ(floatRepr(1e-05), "1e-05");
  EXPECT_EQ(floatRepr(0.0001), "0.0001");
  EXPECT_EQ(floatRepr(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(floatRepr(-0.0), "-0.0");
  EXPECT_EQ(floatRepr(HUGE_VAL), "inf");
  EXPECT_EQ(floatRepr(-HUGE_VAL), "-inf");
  EXPECT_EQ(floatRepr(std::nan("")), "nan");
  EXPECT_EQ(floatRepr(1.5e300), "1.5e+300");
  EXPECT_EQ(floatRepr(0.1 + 0.2), "0.30000000000000004");
}

TEST(Format, ErrorsCarryPythonExceptionKind) {
  try {
    formatFloat(1.5, "d");
    FAIL() << "no error";
  } catch (const FormatError& e) {
    EXPECT_EQ(e.kind, FormatError::Kind::ValueError);
    EXPECT_EQ(e.message, "Unknown format code 'd' for object of type 'float'");
  }
}

TEST(Format, HugeWidthIsMemoryErrorNotACrash) {
  EXPECT_THROW(formatInt(int64_t{5}, "9999999999"), FormatError);
  EXPECT_THROW(formatStr("x", "99999999999999999999"), FormatError);
}

TEST(Format, PercentWithMisusedEmptyOperandRaisesInsteadOfCrashing) {
  PercentArgs none;  // isTuple false but no operand: a caller bug, still no crash
  EXPECT_THROW(percentFormat("%s", none), FormatError);
  EXPECT_EQ(percentFormat("abc", none), "abc");
}

TEST(Format, PercentAEscapesEvenWhenTheAsciiCallbackReturnsRepr) {
  // python3: '%a' % 'é' == "'\\xe9'"
  PercentArg s;
  s.kind = PercentArg::Kind::Str;
  s.text = "\xc3\xa9";
  s.typeName = "str";
  s.ascii = [] { return std::string("'\xc3\xa9'"); };
  PercentArgs args;
  args.items.push_back(s);
  EXPECT_EQ(percentFormat("%a", args), "'\\xe9'");
}

TEST(Format, RoundWithExtremeNdigitsNeitherHangsNorOverflows) {
  // python3: round(5, -1000) == 0, round(-7, 10**6) == -7,
  //          round(2.5, -10**6) == 0.0, round(2.5, 10**6) == 2.5, round(-2.5, -400) == -0.0
  EXPECT_EQ(roundInt(BigInt(5), -1000).toString(), "0");
  EXPECT_EQ(roundInt(BigInt(-7), 1000000).toString(), "-7");
  EXPECT_EQ(roundHalfEven(2.5, -1000000), 0.0);
  EXPECT_EQ(roundHalfEven(2.5, 1000000), 2.5);
  EXPECT_TRUE(std::signbit(roundHalfEven(-2.5, -400)));
  // CPython itself tries to build 10**(2**63) here; the engine answers at once.
  EXPECT_EQ(roundInt(BigInt(5), INT64_MIN).toString(), "0");
  EXPECT_EQ(roundHalfEven(2.5, INT64_MIN), 0.0);
}

TEST(Format, Utf8LengthCountsCodePoints) {
  EXPECT_EQ(utf8Length("h\xc3\xa9llo"), 5u);              // 'héllo'
  EXPECT_EQ(utf8Length("\xe6\x97\xa5\xe6\x9c\xac"), 2u);  // '日本'
  // A byte that is not UTF-8 is one code point (surrogateescape), as len() counts it.
  EXPECT_EQ(utf8Length("a\xff\xe6\x97"), 4u);
}

// Expected text from python3: repr() of the same str or bytes.
TEST(Text, StrAndBytesLiteralsAreRepr) {
  EXPECT_EQ(strLiteral("\xc2\x85"
                       "a\xc3\xa9"),
            "'\\x85"
            "a\xc3\xa9'");  // repr('\x85aé')
  EXPECT_EQ(strLiteral("it's"), "\"it's\"");
  EXPECT_EQ(strLiteral("a\"b'c"), "'a\"b\\'c'");
  EXPECT_EQ(strLiteral("\xe2\x80\x8bx"), "'\\u200bx'");  // repr('\u200bx'): not printable
  EXPECT_EQ(strLiteral("x", '"'), "\"x\"");              // unparse inside an f-string
  EXPECT_EQ(bytesLiteral(std::string_view("\0it's\x7f\x80", 7)), "b\"\\x00it's\\x7f\\x80\"");
  EXPECT_EQ(bytesLiteral("it's", 0, true), "b\"it\\'s\"");  // inside repr(bytearray(b"it's"))
}

// `%r` of a str is repr(): a code point str.isprintable() rejects, such as
// U+200B (zero width space), is escaped.
TEST(Format, PercentROfStrEscapesLikeRepr) {
  PercentArgs args;
  args.isTuple = false;
  PercentArg arg;
  arg.kind = PercentArg::Kind::Str;
  arg.text = "\xe2\x80\x8b";
  args.items.push_back(arg);
  EXPECT_EQ(percentFormat("%r", args), "'\\u200b'");
}

}  // namespace
}  // namespace ys
