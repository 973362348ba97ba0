// Tests for BigInt against vectors computed by CPython 3.11
// (tests/data/gen_bigint_vectors.py writes tests/data/bigint_vectors.inc).
// Hand-written cases below quote python3's output in comments next to them.
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <string>

#include "core/base/bigint.h"

namespace ys {
namespace {

struct Vector {
  const char* op;
  const char* a;
  const char* b;
  const char* expected;
};

const Vector kVectors[] = {
#include "tests/data/bigint_vectors.inc"
};

BigInt big(const char* text) {
  auto v = BigInt::parse(text);
  EXPECT_TRUE(v.has_value()) << text;
  return v.value_or(BigInt());
}

std::string floatHexOrOverflow(double d, bool overflow) {
  if (overflow || std::isinf(d)) return "overflow";
  return std::to_string(d);  // only used for messages; equality is bitwise
}

bool sameDouble(double got, const char* expectedHex) {
  const double want = std::strtod(expectedHex, nullptr);
  return std::memcmp(&got, &want, sizeof got) == 0;
}

// Runs every vector of one op; `eval` returns the result as the vector spells it.
template <typename Eval>
void checkOp(const std::string& op, Eval eval) {
  int count = 0, failures = 0;
  for (const Vector& v : kVectors) {
    if (op != v.op) continue;
    ++count;
    const std::string got = eval(v);
    if (got != v.expected && failures++ < 5) {
      ADD_FAILURE() << op << "(" << std::string(v.a).substr(0, 60) << ", " << std::string(v.b).substr(0, 60)
                    << ")\n  want " << std::string(v.expected).substr(0, 80) << "\n  got  " << got.substr(0, 80);
    }
  }
  EXPECT_GT(count, 0) << "no vectors for " << op;
  EXPECT_EQ(failures, 0) << failures << " of " << count << " " << op << " vectors failed";
}

std::string doubleResult(double d, bool overflow, const char* expected) {
  if (overflow) return "overflow";
  return sameDouble(d, expected) ? std::string(expected) : floatHexOrOverflow(d, overflow);
}

TEST(BigIntVectors, AdditionAndSubtractionMatchPython) {
  checkOp("add", [](const Vector& v) { return (big(v.a) + big(v.b)).toString(); });
  checkOp("sub", [](const Vector& v) { return (big(v.a) - big(v.b)).toString(); });
  checkOp("neg", [](const Vector& v) { return (-big(v.a)).toString(); });
}

TEST(BigIntVectors, MultiplicationMatchesPythonIncludingKaratsubaSizes) {
  checkOp("mul", [](const Vector& v) { return (big(v.a) * big(v.b)).toString(); });
}

TEST(BigIntVectors, FloorDivisionAndModuloFloorLikePython) {
  checkOp("floordiv", [](const Vector& v) { return big(v.a).floordiv(big(v.b)).toString(); });
  checkOp("mod", [](const Vector& v) { return big(v.a).mod(big(v.b)).toString(); });
}

TEST(BigIntVectors, PowerMatchesPython) {
  checkOp("pow", [](const Vector& v) { return big(v.a).pow(std::strtoull(v.b, nullptr, 10)).toString(); });
}

TEST(BigIntVectors, BitwiseOpsUseInfiniteTwosComplement) {
  checkOp("and", [](const Vector& v) { return (big(v.a) & big(v.b)).toString(); });
  checkOp("or", [](const Vector& v) { return (big(v.a) | big(v.b)).toString(); });
  checkOp("xor", [](const Vector& v) { return (big(v.a) ^ big(v.b)).toString(); });
  checkOp("invert", [](const Vector& v) { return (~big(v.a)).toString(); });
}

TEST(BigIntVectors, ShiftsFloorNegativeNumbers) {
  checkOp("shl", [](const Vector& v) { return big(v.a).shiftLeft(std::strtoull(v.b, nullptr, 10)).toString(); });
  checkOp("shr", [](const Vector& v) { return big(v.a).shiftRight(std::strtoull(v.b, nullptr, 10)).toString(); });
}

TEST(BigIntVectors, ComparisonOrdersLikePython) {
  checkOp("cmp", [](const Vector& v) { return std::to_string(big(v.a).compare(big(v.b))); });
}

TEST(BigIntVectors, TrueDivisionIsCorrectlyRounded) {
  checkOp("truediv", [](const Vector& v) {
    bool overflow = false;
    const double d = BigInt::trueDivide(big(v.a), big(v.b), overflow);
    return doubleResult(d, overflow, v.expected);
  });
}

TEST(BigIntVectors, ToDoubleIsCorrectlyRoundedAndOverflowsToInf) {
  checkOp("todouble", [](const Vector& v) {
    const double d = big(v.a).toDouble();
    return doubleResult(d, std::isinf(d), v.expected);
  });
}

TEST(BigIntVectors, HashEqualsPythonHash) {
  checkOp("hash", [](const Vector& v) { return std::to_string(static_cast<int64_t>(big(v.a).hash())); });
}

TEST(BigIntVectors, BitLengthAndCPythonDigitCount) {
  checkOp("bitlen", [](const Vector& v) { return std::to_string(big(v.a).bitLength()); });
  checkOp("cpydigits", [](const Vector& v) { return std::to_string(big(v.a).cpythonDigits()); });
}

TEST(BigIntVectors, ToStringInOtherBases) {
  checkOp("str2", [](const Vector& v) { return big(v.a).toString(2); });
  checkOp("str8", [](const Vector& v) { return big(v.a).toString(8); });
  checkOp("str16", [](const Vector& v) { return big(v.a).toString(16); });
  checkOp("str36", [](const Vector& v) { return big(v.a).toString(36); });
}

TEST(BigIntVectors, ParseRoundTripsEveryBase) {
  checkOp("str16", [](const Vector& v) { return BigInt::parse(v.expected, 16).value_or(BigInt(-999)).toString(16); });
  checkOp("str2", [](const Vector& v) { return BigInt::parse(v.expected, 2).value_or(BigInt(-999)).toString(2); });
  checkOp("str36", [](const Vector& v) { return BigInt::parse(v.expected, 36).value_or(BigInt(-999)).toString(36); });
}

TEST(BigIntVectors, FromDoubleTruncatesLikeInt) {
  checkOp("fromdouble", [](const Vector& v) { return BigInt::fromDouble(std::strtod(v.a, nullptr)).toString(); });
}

TEST(BigInt, ParseAcceptsUnderscoresAndPrefixesLikeInt) {
  // python3: int("1_000_000") == 1000000; int("0x_ff", 16) == 255; int("-0b101", 2) == -5
  EXPECT_EQ(BigInt::parse("1_000_000")->toString(), "1000000");
  EXPECT_EQ(BigInt::parse("0x_ff", 16)->toString(), "255");
  EXPECT_EQ(BigInt::parse("-0b101", 2)->toString(), "-5");
  EXPECT_EQ(BigInt::parse("+42")->toString(), "42");
  EXPECT_EQ(BigInt::parse("-0")->toString(), "0");
  EXPECT_FALSE(BigInt::parse("-0")->isNegative());
  EXPECT_EQ(BigInt::parse("ZZ", 36)->toString(), "1295");
}

TEST(BigInt, ParseRejectsMalformedDigits) {
  // python3: int("1__0"), int("_1"), int("1_"), int(""), int("12a"), int("8", 8) all raise ValueError
  for (const char* bad : {"1__0", "_1", "1_", "", "-", "12a", "1 2", "0x"}) {
    EXPECT_FALSE(BigInt::parse(bad).has_value()) << bad;
  }
  EXPECT_FALSE(BigInt::parse("8", 8).has_value());
  EXPECT_FALSE(BigInt::parse("1", 1).has_value());
  EXPECT_FALSE(BigInt::parse("1", 37).has_value());
}

TEST(BigInt, Int64EdgesRoundTrip) {
  const int64_t kMin = INT64_MIN, kMax = INT64_MAX;
  EXPECT_EQ(BigInt(kMin).toString(), "-9223372036854775808");
  EXPECT_TRUE(BigInt(kMin).fitsInt64());
  EXPECT_EQ(BigInt(kMin).toInt64(), kMin);
  EXPECT_EQ(BigInt(kMax).toInt64(), kMax);
  EXPECT_FALSE((BigInt(kMax) + BigInt(1)).fitsInt64());
  EXPECT_FALSE((BigInt(kMin) - BigInt(1)).fitsInt64());
  EXPECT_EQ(BigInt::fromUnsigned(UINT64_MAX).toString(), "18446744073709551615");
  EXPECT_TRUE(BigInt(0).isZero());
  EXPECT_FALSE(BigInt(0).isNegative());
}

TEST(BigInt, HashOfMinusOneIsMinusTwo) {
  // python3: hash(-1) == -2, hash(2**61 - 1) == 0, hash(-(2**61)) == -1 -> -2
  EXPECT_EQ(static_cast<int64_t>(BigInt(-1).hash()), -2);
  EXPECT_EQ(static_cast<int64_t>(BigInt((int64_t{1} << 61) - 1).hash()), 0);
  EXPECT_EQ(static_cast<int64_t>(BigInt(-(int64_t{1} << 61)).hash()), -2);
}

// Dividing by zero is the caller's error to raise (ZeroDivisionError); BigInt's
// own contract is to answer zero and leave no stale result behind.
TEST(BigInt, DivisionByZeroAnswersZero) {
  BigInt q(7), r(9);
  BigInt::divmod(BigInt(5), BigInt(0), q, r);
  EXPECT_TRUE(q.isZero());
  EXPECT_TRUE(r.isZero());
  bool overflow = true;
  EXPECT_EQ(BigInt::trueDivide(BigInt(5), BigInt(0), overflow), 0.0);
  EXPECT_FALSE(overflow);
}

BigInt factorial(int n) {
  BigInt r(1);
  for (int i = 2; i <= n; ++i) r = r * BigInt(i);
  return r;
}

TEST(BigInt, FactorialOfThousandPrintsLikePython) {
  // python3: s = str(math.factorial(1000)); len(s), s[:20], hash(...)
  const std::string s = factorial(1000).toString();
  EXPECT_EQ(s.size(), 2568u);
  EXPECT_EQ(s.substr(0, 20), "40238726007709377354");
  EXPECT_EQ(s.substr(s.size() - 20), "00000000000000000000");
  EXPECT_EQ(static_cast<int64_t>(factorial(1000).hash()), 1923665450338186562);
}

TEST(BigInt, FibonacciTenThousandPrintsLikePython) {
  BigInt a(0), b(1);
  for (int i = 0; i < 10000; ++i) {
    BigInt next = a + b;
    a = std::move(b);
    b = std::move(next);
  }
  const std::string s = a.toString();
  EXPECT_EQ(s.size(), 2090u);
  EXPECT_EQ(s.substr(0, 20), "33644764876431783266");
  EXPECT_EQ(static_cast<int64_t>(a.hash()), 1972775344111176971);
}

TEST(BigInt, PowersPrintLikePython) {
  const std::string s = BigInt(2).pow(10000).toString();
  EXPECT_EQ(s.size(), 3011u);
  EXPECT_EQ(s.substr(0, 20), "19950631168807583848");
  EXPECT_EQ(s.substr(s.size() - 20), "81774304792596709376");
  // python3: hash(3**100000) == 33761449967175896, len(str(3**100000)) == 47713
  const BigInt big3 = BigInt(3).pow(100000);
  EXPECT_EQ(static_cast<int64_t>(big3.hash()), 33761449967175896);
  EXPECT_EQ(big3.toString().size(), 47713u);
}

TEST(BigInt, DivisionUndoesKaratsubaProducts) {
  const BigInt a = BigInt(7).pow(3000) + BigInt(12345);
  const BigInt b = BigInt(3).pow(2500) - BigInt(1);
  BigInt q, r;
  BigInt::divmod(a * b + BigInt(99), b, q, r);
  EXPECT_EQ(q, a);
  EXPECT_EQ(r, BigInt(99));
}

}  // namespace
}  // namespace ys
