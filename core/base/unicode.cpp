// unicode.cpp — lookups in the generated case tables: a mapping is a run of
// code points shifted by the same delta (every one, or every other one, as
// Latin Extended alternates upper and lower), or a special row when it
// gives more than one code point.
#include "core/base/unicode.h"

#include <algorithm>
#include <cstdint>
#include <span>

namespace ys {

namespace {

struct CaseRun {
  char32_t first, last;
  int32_t delta;
  uint8_t stride;
};
struct CaseSpecial {
  char32_t cp;
  char32_t out[3];  // unused places are 0
};
struct CaseRange {
  char32_t first, last;
};

#include "core/base/unicode_tables.inc"

template <class Row>
const Row* rowAtOrBefore(std::span<const Row> rows, char32_t c) {
  auto it = std::upper_bound(rows.begin(), rows.end(), c, [](char32_t v, const Row& r) { return v < r.first; });
  return it == rows.begin() ? nullptr : &*(it - 1);
}

bool inRanges(std::span<const CaseRange> ranges, char32_t c) {
  const CaseRange* r = rowAtOrBefore(ranges, c);
  return r && c <= r->last;
}

// Appends c's special row (a mapping to several code points); false when
// c has none.
bool appendSpecial(std::u32string& out, char32_t c, std::span<const CaseSpecial> special) {
  auto s = std::lower_bound(special.begin(), special.end(), c,
                            [](const CaseSpecial& row, char32_t v) { return row.cp < v; });
  if (s == special.end() || s->cp != c) return false;
  for (char32_t m : s->out)
    if (m) out += m;
  return true;
}

void appendMapped(std::u32string& out, char32_t c, std::span<const CaseRun> runs,
                  std::span<const CaseSpecial> special) {
  if (appendSpecial(out, c, special)) return;
  const CaseRun* r = rowAtOrBefore(runs, c);
  if (r && c <= r->last && (c - r->first) % r->stride == 0) {
    out += char32_t(int32_t(c) + r->delta);
    return;
  }
  out += c;
}

}  // namespace

void appendUpperCase(std::u32string& out, char32_t c) {
  appendMapped(out, c, kUpperRuns, kUpperSpecial);
}
void appendLowerCase(std::u32string& out, char32_t c) {
  appendMapped(out, c, kLowerRuns, kLowerSpecial);
}
void appendTitleCase(std::u32string& out, char32_t c) {
  appendMapped(out, c, kTitleRuns, kTitleSpecial);
}
void appendCaseFold(std::u32string& out, char32_t c) {
  if (!appendSpecial(out, c, kFoldSpecial)) appendLowerCase(out, c);  // folding differs from lower() rarely
}

bool hasClass(char32_t c, CharClass cls) {
  static constexpr std::span<const CaseRange> kClassRanges[] = {
      kUpperRanges,   kLowerRanges,   kTitleRanges,      kAlphaRanges,         kDigitRanges,
      kNumericRanges, kIdStartRanges, kIdContinueRanges, kCaseIgnorableRanges,
  };
  return inRanges(kClassRanges[size_t(cls)], c);
}

void appendLowerInText(std::u32string& out, const std::u32string& text, size_t i) {
  constexpr char32_t kCapitalSigma = 0x3A3, kSmallSigma = 0x3C3, kFinalSigma = 0x3C2;
  if (text[i] != kCapitalSigma) return appendLowerCase(out, text[i]);
  size_t j = i;
  while (j > 0 && hasClass(text[j - 1], CharClass::CaseIgnorable)) --j;
  bool final = j > 0 && isCasedLetter(text[j - 1]);
  if (final) {
    size_t k = i + 1;
    while (k < text.size() && hasClass(text[k], CharClass::CaseIgnorable)) ++k;
    final = k == text.size() || !isCasedLetter(text[k]);
  }
  out += final ? kFinalSigma : kSmallSigma;
}

}  // namespace ys
