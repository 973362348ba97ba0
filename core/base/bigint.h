// bigint.h — arbitrary-precision integers for ints that outgrow int64.
//
// Sign and magnitude; the magnitude is little-endian base-2^32 limbs with no
// leading zero limbs (zero has no limbs and is never negative). Division and
// modulo floor like Python's // and %. Only used on the slow path: the VM keeps
// ints inline as int64 and promotes to BigInt on overflow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit, like int
  static BigInt fromUnsigned(uint64_t v);
  // Parses an optional sign and digits in `base` (2..36); underscores allowed
  // between digits as in Python literals. nullopt if malformed.
  static std::optional<BigInt> parse(std::string_view text, int base = 10);
  // Exact conversion of an integral double (caller checks finiteness).
  static BigInt fromDouble(double d);

  bool isZero() const { return m_limbs.empty(); }
  bool isNegative() const { return m_negative; }
  bool fitsInt64() const;
  int64_t toInt64() const;                    // only when fitsInt64()
  double toDouble() const;                    // correctly rounded; +-inf when too large
  size_t bitLength() const;                   // of the absolute value (0 for 0)
  std::string toString(int base = 10) const;  // "-123", base 2/8/10/16 without prefix

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  // *this += v in place, reusing the limb storage, when v is 0 or has the
  // sign of a nonzero *this (the magnitude only grows); false, *this
  // unchanged, otherwise.
  bool addSameSignInPlace(int64_t v);
  // Floor division and modulo (Python semantics). Caller checks b != 0.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& quotient, BigInt& remainder);
  BigInt floordiv(const BigInt& b) const;
  BigInt mod(const BigInt& b) const;
  BigInt pow(uint64_t exponent) const;
  // Bitwise ops with Python's infinite two's-complement semantics.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;
  BigInt shiftLeft(uint64_t n) const;
  BigInt shiftRight(uint64_t n) const;  // floor (arithmetic) shift
  // a / b as a correctly rounded double (true division), caller checks b != 0;
  // sets overflow when the result does not fit a double.
  static double trueDivide(const BigInt& a, const BigInt& b, bool& overflow);

  int compare(const BigInt& b) const;  // -1, 0, 1
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.compare(b) == 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return a.compare(b) < 0; }
  uint64_t hash() const;  // Python's hash(int): value mod (2^61 - 1), sign kept, -1 -> -2

  // Number of 30-bit digits CPython would use (for sys.getsizeof).
  size_t cpythonDigits() const;

 private:
  void trim();
  bool m_negative = false;
  std::vector<uint32_t> m_limbs;
};

}  // namespace ys
