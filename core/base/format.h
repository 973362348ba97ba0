// format.h — Python's number and string formatting as pure functions.
//
// Everything here works on plain C++ values (double, int64_t, BigInt, UTF-8
// string_view) so it can be tested without a VM. It reproduces CPython 3.11:
// repr(float), format()/f-string/str.format specs (Python/formatter_unicode.c),
// printf-style `%` formatting (Objects/unicodeobject.c), float(str) parsing and
// round(x, n). Digits come from std::to_chars (shortest round-trip or correctly
// rounded to a precision), laid out by a port of CPython's format_float_short.
// No function here depends on the C locale, so a GUI that calls setlocale()
// cannot change the output.
//
// Errors: a Python-level error (bad spec, wrong argument type) throws
// FormatError, a small C++ type the caller converts to the named Python
// exception with the same message (`throwError(kind→class, message)`). Nothing
// here throws PyErr itself, except that PercentArg callbacks supplied by the
// caller may.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/bigint.h"
#include "core/base/text.h"

namespace ys {

struct FormatError {
  enum class Kind { ValueError, TypeError, OverflowError, MemoryError };
  Kind kind;            // which Python exception the caller raises
  std::string message;  // CPython's message, verbatim; empty for MemoryError (raise it without args)
};

// repr(x) and str(x) of a float: shortest round-trip digits, exponent form
// below 1e-4 and from 1e16 on, ".0" on integral values, "inf"/"nan".
std::string floatRepr(double x);

// format(value, spec) for the mini-language
// [[fill]align][sign][z][#][0][width][,|_][.precision][type].
// An empty spec means str(value): the caller handles that (bool prints True).
// `typeName` appears in error messages ("Unknown format code 'd' for object of
// type 'float'"); pass "bool" when formatting a bool as int.
std::string formatInt(const BigInt& value, std::string_view spec, std::string_view typeName = "int");
std::string formatInt(int64_t value, std::string_view spec, std::string_view typeName = "int");
std::string formatFloat(double value, std::string_view spec, std::string_view typeName = "float");
std::string formatStr(std::string_view utf8, std::string_view spec, std::string_view typeName = "str");

// One right-hand operand of `%`, evaluated by the caller.
struct PercentArg {
  enum class Kind { Int, Float, Str, Other };
  Kind kind = Kind::Other;
  BigInt intValue;        // Kind::Int (a bool is Int with typeName "bool")
  double floatValue = 0;  // Kind::Float
  std::string text;       // Kind::Str: the string itself (UTF-8)
  std::string typeName;   // type(x).__name__, for error messages
  // str(x), repr(x), ascii(x), called only when a conversion asks. Optional for
  // plain ints and floats (computed here) and for str(x) of a str; ascii falls
  // back to repr with non-ASCII escaped. Required otherwise (bool's str!).
  std::function<std::string()> str, repr, ascii;
};

// The right operand of `fmt % args`.
struct PercentArgs {
  std::vector<PercentArg> items;  // a tuple's items, or the single non-tuple operand
  bool isTuple = false;           // false: items holds exactly one operand
  // Set when the operand is a mapping (CPython: not a tuple, not a str, has
  // __getitem__). Returns args[key]; the callback raises KeyError itself.
  std::function<PercentArg(std::string_view key)> lookup;
};

// fmt % args with CPython's conversions (%s %r %a %d %i %u %o %x %X %e %E %f
// %F %g %G %c %%), flags (-+ #0), width/precision (digits or *), %(key)s.
std::string percentFormat(std::string_view fmt, const PercentArgs& args);

// The literal text of a format string (str.format's or an f-string's body)
// from `pos`, appended to `literal` with `{{` and `}}` made single braces.
// Stops at a lone `{` (a replacement field starts there), at a lone `}` (an
// error each caller words its own way) or at the end, and returns where it
// stopped. With `keepEscapes`, a backslash escape (\n, \N{BULLET}) is
// copied as it is, for the f-string's escape decoding to read later.
size_t scanFormatLiteral(std::string_view fmt, size_t pos, std::string& literal, bool keepEscapes = false);

// float(text): surrounding whitespace, sign, digits with single underscores
// between them, fraction, exponent, inf/infinity/nan in any case. nullopt when
// CPython raises "could not convert string to float".
std::optional<double> parseFloat(std::string_view text);

// round(x, ndigits) for a float: the correctly rounded decimal, half to even
// on the exact binary value (round(2.675, 2) == 2.67). Infinities and nans
// round to themselves. Throws FormatError{OverflowError, "rounded value too
// large to represent"} when the result overflows.
double roundHalfEven(double x, int64_t ndigits);

// round(n, ndigits) for an int with ndigits < 0 (half to even); returns n
// unchanged for ndigits >= 0.
BigInt roundInt(const BigInt& n, int64_t ndigits);

// CPython 3.11 refuses decimal conversion of ints longer than
// sys.get_int_max_str_digits() digits (4300 by default; 0 means no limit).
// formatInt ('d', 'n') and percentFormat (%d, %s of an int) apply the default.
constexpr int64_t kDefaultIntMaxStrDigits = 4300;

// str(n)/repr(n): the decimal text, or FormatError{ValueError, "Exceeds the
// limit (4300 digits) for integer string conversion; use ..."}. Refuses huge
// values before converting, so str(10**10**6) fails fast as in CPython.
std::string intToDecimal(const BigInt& n, int64_t maxDigits = kDefaultIntMaxStrDigits);

// The int(text, base) side: throws FormatError{ValueError, "... value has N
// digits; ..."} when `text` holds more than maxDigits digits and the base is
// not a power of two. Signs, spaces and underscores are not digits.
void checkIntParseDigits(std::string_view text, int base, int64_t maxDigits = kDefaultIntMaxStrDigits);

// Names quoted and joined as CPython's argument errors list them: 'a',
// 'a' and 'b', 'a', 'b', and 'c' (ceval's format_missing).
std::string quotedNames(const std::vector<std::string>& names);

// The TypeError texts of a call a def refuses, as ceval writes them; the VM's
// calls and the library functions CPython writes in Python share them.
// too_many_positional: "f() takes 1 positional argument but 2 were given",
// "f() takes from 1 to 2 positional arguments but 3 positional arguments
// (and 1 keyword-only argument) were given".
std::string tooManyPositionalMessage(std::string_view qualname, size_t required, size_t maximum, size_t given,
                                     size_t keywordOnlyGiven);
// positional_only_passed_as_keyword: "f() got some positional-only arguments
// passed as keyword arguments: 'a, b'", every such name, in the parameters' order.
std::string positionalOnlyAsKeywordsMessage(std::string_view qualname, const std::vector<std::string>& names);
// missing_arguments: "f() missing 2 required positional arguments: 'a' and 'b'".
std::string missingArgumentsMessage(std::string_view qualname, const std::vector<std::string>& names, bool keywordOnly);

}  // namespace ys
