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

// The character classes behind str's predicates, one table each.
enum class CharClass {
  Upper,               // Lu and Other_Uppercase: chr(c).isupper()
  Lower,               // Ll and Other_Lowercase: chr(c).islower()
  Title,               // Lt (ǅ): a cased letter neither upper nor lower
  Alpha,               // the letter categories: chr(c).isalpha()
  Digit,               // decimal digits and the likes of ²: chr(c).isdigit()
  Numeric,             // digits, ½, Ⅻ, 五...: chr(c).isnumeric()
  IdentifierStart,     // XID_Start or '_'
  IdentifierContinue,  // XID_Continue
  CaseIgnorable,       // marks, format characters, modifiers, apostrophes (final sigma looks through them)
};
bool hasClass(char32_t c, CharClass cls);

inline bool isCasedLetter(char32_t c) {
  return hasClass(c, CharClass::Upper) || hasClass(c, CharClass::Lower) || hasClass(c, CharClass::Title);
}

// lower() of text[i]: Σ becomes ς at the end of a word (after a cased
// letter and not before one), σ elsewhere; any other code point is mapped
// by appendLowerCase.
void appendLowerInText(std::u32string& out, const std::u32string& text, size_t i);

}  // namespace ys
