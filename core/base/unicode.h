// unicode.h — Unicode case for str's methods, as CPython 3.11 has it
// (Unicode 14.0): the full mappings of upper(), lower(), title() and
// casefold(), which may give several code points (ß upper is SS), and the
// per-character tests behind isupper(), islower() and istitle(). The tables
// come from python3 itself (scripts/gen-unicode-tables.py).
#pragma once

#include <string>

namespace ys {

// Appends c's full mapping to out.
void appendUpperCase(std::u32string& out, char32_t c);
void appendLowerCase(std::u32string& out, char32_t c);
void appendTitleCase(std::u32string& out, char32_t c);
void appendCaseFold(std::u32string& out, char32_t c);

bool isUpperCase(char32_t c);  // Lu and Other_Uppercase: chr(c).isupper()
bool isLowerCase(char32_t c);  // Ll and Other_Lowercase: chr(c).islower()
bool isTitleCase(char32_t c);  // Lt (ǅ): a cased letter neither upper nor lower
inline bool isCasedLetter(char32_t c) {
  return isUpperCase(c) || isLowerCase(c) || isTitleCase(c);
}
bool isAlphaChar(char32_t c);           // chr(c).isalpha(): the letter categories
bool isDigitChar(char32_t c);           // chr(c).isdigit(): decimal digits and the likes of ²
bool isNumericChar(char32_t c);         // chr(c).isnumeric(): digits, ½, Ⅻ, 五...
bool isIdentifierStart(char32_t c);     // XID_Start or '_'
bool isIdentifierContinue(char32_t c);  // XID_Continue

// Marks, format characters, modifiers and apostrophes, which the final
// sigma rule looks through.
bool isCaseIgnorable(char32_t c);

// lower() of text[i]: Σ becomes ς at the end of a word (after a cased
// letter and not before one), σ elsewhere; any other code point is mapped
// by appendLowerCase.
void appendLowerInText(std::u32string& out, const std::u32string& text, size_t i);

}  // namespace ys
