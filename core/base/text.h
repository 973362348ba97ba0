// text.h — UTF-8 and the reprs of str and bytes, as CPython 3.11 writes them.
//
// The engine keeps a str as UTF-8. A byte that is not valid UTF-8 stands for
// the lone surrogate U+DC80..U+DCFF (Python's "surrogateescape"), so every
// byte string has a length, and writing the code point back gives the byte.
// The runtime (str objects, repr), the formatter (widths, %r) and unparse
// (literals in the eager twin) all read text through this one codec.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ys {

// Decodes one code point at s[i], advancing i. Never fails: an invalid byte
// decodes as U+DC80 + byte (overlong forms and encoded surrogates included).
uint32_t utf8Decode(std::string_view s, size_t& i);
// Appends a code point; U+DC80..U+DCFF are written back as the byte they escape.
void utf8Append(std::string& out, uint32_t cp);
// Appends the UTF-8 bytes of one code point. No check: a surrogate is written
// as its three bytes.
void appendUtf8(std::string& out, char32_t cp);
// Number of code points in a UTF-8 string (what len(str) reports).
size_t utf8Length(std::string_view utf8);

// str.isprintable() of one code point, exactly as CPython 3.11 (Unicode 14.0);
// repr escapes the code points for which it is false.
bool isPrintableCodePoint(uint32_t cp);
// Python's escape of one code point in repr() and ascii(): \xhh below U+0100,
// \uhhhh below U+10000, else \Uhhhhhhhh (lowercase hex).
std::string hexEscape(char32_t cp);

// repr() of a str: 'text', or "text" when it has ' and no ". A non-zero
// quote forces that quote (unparse inside an f-string needs ").
std::string strLiteral(std::string_view utf8, char quote = 0);
// repr() of bytes: b'...'; escapeSingle also escapes ' inside double quotes,
// as bytearray's repr does.
std::string bytesLiteral(std::string_view data, char quote = 0, bool escapeSingle = false);

// CPython's _Py_Mangle, for the compiler and for __slots__: inside class
// `className`, a name that starts with two underscores and does not end with
// two (__secret) stands for _Class__secret, the class name without its
// leading underscores; dotted names, dunders and classes named only with
// underscores leave the name alone.
std::string mangleName(std::string_view className, std::string_view name);

}  // namespace ys
