// bigint.cpp — sign-magnitude arbitrary-precision integers (see bigint.h).
//
// All arithmetic happens on magnitudes (little-endian vectors of 32-bit limbs,
// no leading zeros) through the free helpers in the anonymous namespace; the
// member functions only decide signs and apply Python's floor rules. Products
// use schoolbook multiplication below kKaratsubaThreshold limbs and Karatsuba
// above; division is Knuth's Algorithm D. Decimal conversion works in chunks
// of 10^9 so that printing factorial(1000) costs a few thousand limb passes.
#include "core/base/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ys {

namespace {

using Limbs = std::vector<uint32_t>;
constexpr uint64_t kBase = uint64_t{1} << 32;
constexpr size_t kKaratsubaThreshold = 48;
constexpr uint32_t kChunk10 = 1000000000u;  // 10^9, the largest power of 10 in a limb
constexpr int kChunk10Digits = 9;

void trimLimbs(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

int compareMag(const uint32_t* a, size_t an, const uint32_t* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int compareMag(const Limbs& a, const Limbs& b) {
  return compareMag(a.data(), a.size(), b.data(), b.size());
}

Limbs addMag(const Limbs& a, const Limbs& b) {
  const Limbs& lo = a.size() < b.size() ? a : b;
  const Limbs& hi = a.size() < b.size() ? b : a;
  Limbs r(hi.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < hi.size(); ++i) {
    carry += uint64_t{hi[i]} + (i < lo.size() ? lo[i] : 0);
    r[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  r[hi.size()] = static_cast<uint32_t>(carry);
  trimLimbs(r);
  return r;
}

// a - b, requires |a| >= |b|.
Limbs subMag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? int64_t{b[i]} : 0) - borrow;
    borrow = d < 0 ? 1 : 0;
    r[i] = static_cast<uint32_t>(d + (borrow ? int64_t(kBase) : 0));
  }
  trimLimbs(r);
  return r;
}

// out[0 .. an+bn) += a * b (schoolbook); out must be zeroed by the caller.
void mulSchool(const uint32_t* a, size_t an, const uint32_t* b, size_t bn, uint32_t* out) {
  for (size_t i = 0; i < an; ++i) {
    uint64_t carry = 0;
    const uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < bn; ++j) {
      carry += ai * b[j] + out[i + j];
      out[i + j] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    for (size_t k = i + bn; carry != 0; ++k) {
      carry += out[k];
      out[k] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
}

// dst[0..) += src[0..n), propagating the carry as far as needed.
void addInto(uint32_t* dst, size_t dstLen, const uint32_t* src, size_t n) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < n; ++i) {
    carry += uint64_t{dst[i]} + src[i];
    dst[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  for (; carry != 0 && i < dstLen; ++i) {
    carry += dst[i];
    dst[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
}

Limbs fromRange(const uint32_t* p, size_t n) {
  Limbs r(p, p + n);
  trimLimbs(r);
  return r;
}

// a = a * m + add, in place.
void mulAddSmall(Limbs& a, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t& limb : a) {
    carry += uint64_t{limb} * m;
    limb = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  if (carry) a.push_back(static_cast<uint32_t>(carry));
}

Limbs mulMag(const Limbs& a, const Limbs& b);

// Karatsuba on magnitudes: a = a1*B^m + a0, b = b1*B^m + b0,
// a*b = z2*B^2m + (z1 - z2 - z0)*B^m + z0 with z1 = (a0+a1)(b0+b1).
Limbs karatsuba(const Limbs& a, const Limbs& b) {
  const size_t m = std::max(a.size(), b.size()) / 2;
  const Limbs a0 = fromRange(a.data(), std::min(m, a.size()));
  const Limbs a1 = a.size() > m ? fromRange(a.data() + m, a.size() - m) : Limbs{};
  const Limbs b0 = fromRange(b.data(), std::min(m, b.size()));
  const Limbs b1 = b.size() > m ? fromRange(b.data() + m, b.size() - m) : Limbs{};
  const Limbs z0 = mulMag(a0, b0);
  const Limbs z2 = mulMag(a1, b1);
  Limbs z1 = mulMag(addMag(a0, a1), addMag(b0, b1));
  z1 = subMag(subMag(z1, z2), z0);
  Limbs r(a.size() + b.size() + 1, 0);
  addInto(r.data(), r.size(), z0.data(), z0.size());
  addInto(r.data() + m, r.size() - m, z1.data(), z1.size());
  addInto(r.data() + 2 * m, r.size() - 2 * m, z2.data(), z2.size());
  trimLimbs(r);
  return r;
}

Limbs mulMag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  if (a.size() == 1 || b.size() == 1) {  // factorial-style loops multiply by one limb
    Limbs r = a.size() == 1 ? b : a;
    mulAddSmall(r, a.size() == 1 ? a[0] : b[0], 0);
    return r;
  }
  const size_t small = std::min(a.size(), b.size());
  if (small < kKaratsubaThreshold) {
    Limbs r(a.size() + b.size(), 0);
    mulSchool(a.data(), a.size(), b.data(), b.size(), r.data());
    trimLimbs(r);
    return r;
  }
  // Very lopsided operands gain nothing from splitting the long one in half;
  // cut it into slices as long as the short one instead, each product balanced
  // (CPython's k_lopsided_mul). Schoolbook here made 3 ** 5000000 take 6 s.
  if (small * 2 < std::max(a.size(), b.size())) {
    const Limbs& shortOne = a.size() <= b.size() ? a : b;
    const Limbs& longOne = a.size() <= b.size() ? b : a;
    Limbs r(a.size() + b.size(), 0);
    for (size_t at = 0; at < longOne.size(); at += small) {
      const Limbs slice = fromRange(longOne.data() + at, std::min(small, longOne.size() - at));
      const Limbs part = mulMag(shortOne, slice);
      addInto(r.data() + at, r.size() - at, part.data(), part.size());
    }
    trimLimbs(r);
    return r;
  }
  return karatsuba(a, b);
}

// a = a / d in place; returns the remainder.
uint32_t divSmall(Limbs& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    const uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trimLimbs(a);
  return static_cast<uint32_t>(rem);
}

Limbs shiftLeftMag(const Limbs& a, uint64_t n) {
  if (a.empty()) return {};
  const size_t limbShift = n / 32;
  const unsigned bitShift = n % 32;
  Limbs r(a.size() + limbShift + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    const uint64_t v = uint64_t{a[i]} << bitShift;
    r[i + limbShift] |= static_cast<uint32_t>(v);
    r[i + limbShift + 1] |= static_cast<uint32_t>(v >> 32);
  }
  trimLimbs(r);
  return r;
}

// Returns a >> n and reports whether any 1 bits were shifted out.
Limbs shiftRightMag(const Limbs& a, uint64_t n, bool& lostBits) {
  const size_t limbShift = n / 32;
  const unsigned bitShift = n % 32;
  lostBits = false;
  if (limbShift >= a.size()) {
    lostBits = !a.empty();
    return {};
  }
  for (size_t i = 0; i < limbShift; ++i) lostBits |= a[i] != 0;
  if (bitShift) lostBits |= (a[limbShift] & ((uint32_t{1} << bitShift) - 1)) != 0;
  Limbs r(a.size() - limbShift);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + limbShift];
    if (i + limbShift + 1 < a.size()) v |= uint64_t{a[i + limbShift + 1]} << 32;
    r[i] = static_cast<uint32_t>(v >> bitShift);
  }
  trimLimbs(r);
  return r;
}

unsigned countLeadingZeros(uint32_t x) {
  return x == 0 ? 32 : static_cast<unsigned>(__builtin_clz(x));
}

// Knuth, TAOCP vol. 2, 4.3.1, Algorithm D. Requires b non-empty, |a| >= |b|,
// b with at least two limbs.
void divmodKnuth(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  const unsigned s = countLeadingZeros(b.back());
  const Limbs v = shiftLeftMag(b, s);
  Limbs u = shiftLeftMag(a, s);
  u.resize(a.size() + 1, 0);
  const size_t n = v.size();
  const size_t m = u.size() - n - 1;
  q.assign(m + 1, 0);
  const uint64_t vTop = v[n - 1], vNext = v[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    const uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / vTop;
    uint64_t rhat = num % vTop;
    while (qhat >= kBase || qhat * vNext > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += vTop;
      if (rhat >= kBase) break;
    }
    // Multiply and subtract qhat * v from u[j .. j+n].
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      carry += qhat * v[i];
      const int64_t t = int64_t{u[i + j]} - borrow - static_cast<int64_t>(carry & 0xffffffffu);
      u[i + j] = static_cast<uint32_t>(t);
      borrow = t < 0 ? 1 : 0;
      carry >>= 32;
    }
    const int64_t t = int64_t{u[j + n]} - borrow - static_cast<int64_t>(carry);
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add v back.
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        c += uint64_t{u[i + j]} + v[i];
        u[i + j] = static_cast<uint32_t>(c);
        c >>= 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + c);
    }
    q[j] = static_cast<uint32_t>(qhat);
  }
  trimLimbs(q);
  u.resize(n);
  trimLimbs(u);
  bool lost = false;
  r = shiftRightMag(u, s, lost);
}

// Truncating division of magnitudes (b non-empty).
void divmodMag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  if (compareMag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    const uint32_t rem = divSmall(q, b[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  divmodKnuth(a, b, q, r);
}

// Two's complement of a signed magnitude in `width` limbs (width exceeds the
// magnitude so the sign limb is always present).
Limbs toTwos(bool negative, const Limbs& mag, size_t width) {
  Limbs r(width, 0);
  std::copy(mag.begin(), mag.end(), r.begin());
  if (negative) {
    uint64_t carry = 1;
    for (uint32_t& limb : r) {
      carry += static_cast<uint32_t>(~limb);
      limb = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  return r;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Strips a 0x/0o/0b prefix matching `base` (and an underscore right after it,
// as Python allows "0x_ff").
std::string_view stripPrefix(std::string_view s, int base) {
  if (s.size() < 2 || s[0] != '0') return s;
  const char p = static_cast<char>(s[1] | 0x20);
  if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
    s.remove_prefix(2);
    if (!s.empty() && s[0] == '_') s.remove_prefix(1);
  }
  return s;
}

}  // namespace

// ---- construction ---------------------------------------------------------

BigInt::BigInt(int64_t v) {
  m_negative = v < 0;
  const uint64_t mag = m_negative ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  *this = fromUnsigned(mag);
  m_negative = v < 0;
}

BigInt BigInt::fromUnsigned(uint64_t v) {
  BigInt r;
  if (v) r.m_limbs.push_back(static_cast<uint32_t>(v));
  if (v >> 32) r.m_limbs.push_back(static_cast<uint32_t>(v >> 32));
  return r;
}

std::optional<BigInt> BigInt::parse(std::string_view text, int base) {
  if (base < 2 || base > 36) return std::nullopt;
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  text = stripPrefix(text, base);
  if (text.empty() || text.front() == '_' || text.back() == '_') return std::nullopt;
  // Digits accumulate into one limb-sized chunk, then fold in with one pass.
  uint32_t chunkMul = 1, chunkVal = 0;
  BigInt r;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_') {
      if (text[i - 1] == '_') return std::nullopt;
      continue;
    }
    const int d = digitValue(text[i]);
    if (d >= base) return std::nullopt;
    chunkVal = chunkVal * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    chunkMul *= static_cast<uint32_t>(base);
    if (uint64_t{chunkMul} * static_cast<uint64_t>(base) >= kBase) {
      mulAddSmall(r.m_limbs, chunkMul, chunkVal);
      chunkMul = 1;
      chunkVal = 0;
    }
  }
  if (chunkMul > 1) mulAddSmall(r.m_limbs, chunkMul, chunkVal);
  r.trim();
  r.m_negative = negative && !r.isZero();
  return r;
}

BigInt BigInt::fromDouble(double d) {
  if (!std::isfinite(d)) return BigInt();
  int exp = 0;
  const double frac = std::frexp(std::fabs(d), &exp);  // |d| = frac * 2^exp, frac in [0.5, 1)
  if (exp <= 0) return BigInt();
  if (exp <= 53) return BigInt(static_cast<int64_t>(std::trunc(d)));
  const auto mant = static_cast<uint64_t>(std::ldexp(frac, 53));
  BigInt r = fromUnsigned(mant).shiftLeft(static_cast<uint64_t>(exp - 53));
  r.m_negative = d < 0;
  return r;
}

void BigInt::trim() {
  trimLimbs(m_limbs);
  if (m_limbs.empty()) m_negative = false;
}

// ---- conversions ----------------------------------------------------------

bool BigInt::fitsInt64() const {
  if (m_limbs.size() <= 1) return true;
  if (m_limbs.size() > 2) return false;
  const uint64_t mag = (uint64_t{m_limbs[1]} << 32) | m_limbs[0];
  return mag <= (m_negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1);
}

int64_t BigInt::toInt64() const {
  uint64_t mag = 0;
  if (!m_limbs.empty()) mag = m_limbs[0];
  if (m_limbs.size() > 1) mag |= uint64_t{m_limbs[1]} << 32;
  return m_negative ? static_cast<int64_t>(uint64_t{0} - mag) : static_cast<int64_t>(mag);
}

double BigInt::toDouble() const {
  const size_t bits = bitLength();
  if (bits <= 64) {
    uint64_t mag = 0;
    if (!m_limbs.empty()) mag = m_limbs[0];
    if (m_limbs.size() > 1) mag |= uint64_t{m_limbs[1]} << 32;
    const double d = static_cast<double>(mag);  // hardware rounds to nearest even
    return m_negative ? -d : d;
  }
  if (bits > 1024) return m_negative ? -HUGE_VAL : HUGE_VAL;
  // Keep the top 64 bits and fold everything below into a sticky bit: with 11
  // spare bits below the 53 kept, one rounding step is exact.
  bool lost = false;
  const Limbs top = shiftRightMag(m_limbs, bits - 64, lost);
  uint64_t mag = (uint64_t{top.size() > 1 ? top[1] : 0} << 32) | top[0];
  if (lost) mag |= 1;
  const double d = std::ldexp(static_cast<double>(mag), static_cast<int>(bits - 64));
  return m_negative ? -d : d;
}

size_t BigInt::bitLength() const {
  if (m_limbs.empty()) return 0;
  return m_limbs.size() * 32 - countLeadingZeros(m_limbs.back());
}

// CPython 3.11's int.__sizeof__ counts at least one digit, so 0 reports 28
// bytes like 1 does (sys.getsizeof(0) == 28).
size_t BigInt::cpythonDigits() const {
  return std::max<size_t>(1, (bitLength() + 29) / 30);
}

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Digits of a magnitude in a power-of-two base, least significant first.
std::string powerOfTwoDigits(const Limbs& mag, size_t bits, int base) {
  const unsigned width = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
  std::string out;
  for (size_t pos = 0; pos < bits; pos += width) {
    unsigned v = 0;
    for (unsigned k = 0; k < width && pos + k < bits; ++k) {
      const size_t bit = pos + k;
      v |= ((mag[bit / 32] >> (bit % 32)) & 1u) << k;
    }
    out.push_back(kDigitChars[v]);
  }
  return out;
}

// Digits in any other base, least significant first: one pass of division by
// the largest power of the base that fits a limb yields that many digits.
std::string chunkedDigits(Limbs mag, int base) {
  uint32_t chunk = kChunk10;
  int chunkDigits = kChunk10Digits;
  if (base != 10) {
    chunk = static_cast<uint32_t>(base);
    chunkDigits = 1;
    while (uint64_t{chunk} * static_cast<uint64_t>(base) < kBase) {
      chunk *= static_cast<uint32_t>(base);
      ++chunkDigits;
    }
  }
  std::string out;
  while (!mag.empty()) {
    uint32_t rem = divSmall(mag, chunk);
    for (int k = 0; k < chunkDigits && (rem != 0 || !mag.empty()); ++k) {
      out.push_back(kDigitChars[rem % static_cast<uint32_t>(base)]);
      rem /= static_cast<uint32_t>(base);
    }
  }
  return out;
}

}  // namespace

std::string BigInt::toString(int base) const {
  if (base < 2 || base > 36) base = 10;
  if (m_limbs.empty()) return "0";
  std::string out =
      (base & (base - 1)) == 0 ? powerOfTwoDigits(m_limbs, bitLength(), base) : chunkedDigits(m_limbs, base);
  if (m_negative) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

// ---- arithmetic -----------------------------------------------------------

// (aNeg, a) + (bNeg, b) on magnitudes; subtraction passes b's sign flipped,
// so neither operator copies an operand.
static void addSigned(bool aNeg, const std::vector<uint32_t>& a, bool bNeg, const std::vector<uint32_t>& b,
                      bool& negative, std::vector<uint32_t>& out) {
  if (aNeg == bNeg) {
    out = addMag(a, b);
    negative = aNeg;
  } else if (compareMag(a, b) >= 0) {
    out = subMag(a, b);
    negative = aNeg;
  } else {
    out = subMag(b, a);
    negative = bNeg;
  }
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  addSigned(a.m_negative, a.m_limbs, b.m_negative, b.m_limbs, r.m_negative, r.m_limbs);
  r.trim();
  return r;
}

bool BigInt::addSameSignInPlace(int64_t v) {
  if (v == 0) return true;
  if (m_limbs.empty() || (v < 0) != m_negative) return false;
  uint64_t carry = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  for (size_t i = 0; i < m_limbs.size() && carry != 0; ++i) {
    const uint64_t s = uint64_t{m_limbs[i]} + (carry & 0xffffffffu);
    m_limbs[i] = static_cast<uint32_t>(s);
    carry = (carry >> 32) + (s >> 32);
  }
  for (; carry != 0; carry >>= 32) m_limbs.push_back(static_cast<uint32_t>(carry));
  return true;
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  BigInt r;
  addSigned(a.m_negative, a.m_limbs, !b.m_negative, b.m_limbs, r.m_negative, r.m_limbs);
  r.trim();
  return r;
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.m_limbs = mulMag(a.m_limbs, b.m_limbs);
  r.m_negative = a.m_negative != b.m_negative;
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  r.m_negative = !m_negative && !m_limbs.empty();
  return r;
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& quotient, BigInt& remainder) {
  if (b.isZero()) {  // caller's contract; never crash
    quotient = BigInt();
    remainder = BigInt();
    return;
  }
  Limbs q, r;
  divmodMag(a.m_limbs, b.m_limbs, q, r);
  BigInt qq, rr;
  qq.m_limbs = std::move(q);
  qq.m_negative = a.m_negative != b.m_negative;
  qq.trim();
  rr.m_limbs = std::move(r);
  rr.m_negative = a.m_negative;
  rr.trim();
  // Truncation rounds toward zero; Python floors, so a nonzero remainder whose
  // sign differs from the divisor moves one step.
  if (!rr.isZero() && rr.m_negative != b.m_negative) {
    qq = qq - BigInt(1);
    rr = rr + b;
  }
  quotient = std::move(qq);
  remainder = std::move(rr);
}

BigInt BigInt::floordiv(const BigInt& b) const {
  BigInt q, r;
  divmod(*this, b, q, r);
  return q;
}

BigInt BigInt::mod(const BigInt& b) const {
  BigInt q, r;
  divmod(*this, b, q, r);
  return r;
}

BigInt BigInt::pow(uint64_t exponent) const {
  BigInt result(1);
  BigInt base = *this;
  while (exponent) {
    if (exponent & 1) result = result * base;
    exponent >>= 1;
    if (exponent) base = base * base;
  }
  return result;
}

// ---- bitwise --------------------------------------------------------------

// The friend operators share this: op over two's complements one limb wider
// than either operand, then back to sign and magnitude.
template <typename Op>
static void bitwiseMag(bool aNeg, const std::vector<uint32_t>& aMag, bool bNeg, const std::vector<uint32_t>& bMag,
                       Op op, bool& negative, std::vector<uint32_t>& out) {
  const size_t width = std::max(aMag.size(), bMag.size()) + 1;
  const Limbs x = toTwos(aNeg, aMag, width);
  const Limbs y = toTwos(bNeg, bMag, width);
  Limbs z(width);
  for (size_t i = 0; i < width; ++i) z[i] = op(x[i], y[i]);
  negative = (z.back() >> 31) != 0;
  out = negative ? toTwos(true, z, width) : std::move(z);
  trimLimbs(out);
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  BigInt r;
  bitwiseMag(
      a.m_negative, a.m_limbs, b.m_negative, b.m_limbs, [](uint32_t x, uint32_t y) { return x & y; }, r.m_negative,
      r.m_limbs);
  r.trim();
  return r;
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  BigInt r;
  bitwiseMag(
      a.m_negative, a.m_limbs, b.m_negative, b.m_limbs, [](uint32_t x, uint32_t y) { return x | y; }, r.m_negative,
      r.m_limbs);
  r.trim();
  return r;
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  BigInt r;
  bitwiseMag(
      a.m_negative, a.m_limbs, b.m_negative, b.m_limbs, [](uint32_t x, uint32_t y) { return x ^ y; }, r.m_negative,
      r.m_limbs);
  r.trim();
  return r;
}

// ~x == -x - 1 for every int.
BigInt BigInt::operator~() const {
  return -*this - BigInt(1);
}

BigInt BigInt::shiftLeft(uint64_t n) const {
  BigInt r;
  r.m_limbs = shiftLeftMag(m_limbs, n);
  r.m_negative = m_negative;
  r.trim();
  return r;
}

BigInt BigInt::shiftRight(uint64_t n) const {
  bool lost = false;
  BigInt r;
  r.m_limbs = shiftRightMag(m_limbs, n, lost);
  r.m_negative = m_negative;
  r.trim();
  // Floor: a negative number that lost 1 bits rounds away from zero.
  if (m_negative && lost) r = r - BigInt(1);
  return r;
}

// ---- true division --------------------------------------------------------

// Follows CPython's long_true_divide: scale a so that a / b has 55 or 56
// significant bits (fewer in the subnormal range), divide exactly, fold the
// remainder into a sticky bit, round half-even by hand, then ldexp.
double BigInt::trueDivide(const BigInt& a, const BigInt& b, bool& overflow) {
  overflow = false;
  if (b.isZero()) return 0.0;
  const bool negative = a.m_negative != b.m_negative;
  constexpr int kMantDig = 53, kMaxExp = 1024, kMinExp = -1021;
  const auto sign = [negative](double x) { return negative ? -x : x; };
  if (a.isZero()) return sign(0.0);
  if (a.bitLength() <= kMantDig && b.bitLength() <= kMantDig) {
    return sign(std::fabs(a.toDouble()) / std::fabs(b.toDouble()));
  }
  const int64_t diff = static_cast<int64_t>(a.bitLength()) - static_cast<int64_t>(b.bitLength());
  if (diff > kMaxExp) {
    overflow = true;
    return sign(HUGE_VAL);
  }
  if (diff < kMinExp - kMantDig - 1) return sign(0.0);
  const int64_t shift = std::max<int64_t>(diff, kMinExp) - kMantDig - 2;
  bool inexact = false;
  Limbs x = shift <= 0 ? shiftLeftMag(a.m_limbs, static_cast<uint64_t>(-shift))
                       : shiftRightMag(a.m_limbs, static_cast<uint64_t>(shift), inexact);
  Limbs q, rem;
  divmodMag(x, b.m_limbs, q, rem);
  inexact |= !rem.empty();
  const int64_t qBits = static_cast<int64_t>(q.size() * 32 - countLeadingZeros(q.back()));
  const int64_t extraBits = std::max<int64_t>(qBits, kMinExp - shift) - kMantDig;
  // q < 2^56, so it fits one uint64 and the rounding increment cannot overflow.
  uint64_t top = 0;
  for (size_t i = std::min<size_t>(q.size(), 2); i-- > 0;) top = (top << 32) | q[i];
  const uint64_t mask = uint64_t{1} << (extraBits - 1);
  uint64_t low = top | (inexact ? 1u : 0u);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  top = low & ~(2 * mask - 1);
  const double dx = static_cast<double>(top);
  if (shift + qBits >= kMaxExp && (shift + qBits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(qBits)))) {
    overflow = true;
    return sign(HUGE_VAL);
  }
  return sign(std::ldexp(dx, static_cast<int>(shift)));
}

// ---- comparison and hashing -----------------------------------------------

int BigInt::compare(const BigInt& b) const {
  if (m_negative != b.m_negative) return m_negative ? -1 : 1;
  const int c = compareMag(m_limbs, b.m_limbs);
  return m_negative ? -c : c;
}

uint64_t BigInt::hash() const {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  // value mod (2^61 - 1); 2^64 == 2^3 (mod 2^61 - 1) keeps this in 128-bit math.
  unsigned __int128 acc = 0;
  for (size_t i = m_limbs.size(); i-- > 0;) {
    acc = ((acc << 32) | m_limbs[i]) % kModulus;
  }
  auto h = static_cast<int64_t>(acc);
  if (m_negative) h = -h;
  if (h == -1) h = -2;
  return static_cast<uint64_t>(h);
}

}  // namespace ys
