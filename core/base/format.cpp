// format.cpp — ports of CPython 3.11's float layout (Python/pystrtod.c
// format_float_short), format-spec mini-language (Python/formatter_unicode.c)
// and printf-style formatting (Objects/unicodeobject.c). See format.h.
#include "core/base/format.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>

namespace ys {

namespace {

// Widths beyond this would only exhaust memory; CPython would try and raise
// MemoryError, so do we, before allocating.
constexpr int64_t kMaxWidth = int64_t{1} << 28;

[[noreturn]] void fail(FormatError::Kind kind, std::string message) {
  throw FormatError{kind, std::move(message)};
}
[[noreturn]] void valueError(std::string message) {
  fail(FormatError::Kind::ValueError, std::move(message));
}
[[noreturn]] void typeError(std::string message) {
  fail(FormatError::Kind::TypeError, std::move(message));
}

// e E f F g G: the presentation types that show a number as a float, in a
// format spec and in %-formatting alike.
bool isFloatPresentation(char32_t type) {
  return type != 0 && type < 128 && std::strchr("eEfFgG", int(type)) != nullptr;
}

// ---- UTF-8 --------------------------------------------------------------

// Decodes the code point at s[pos]; sets `len` to its byte length.
char32_t decodeAt(std::string_view s, size_t pos, size_t& len) {
  size_t next = pos;
  const char32_t cp = utf8Decode(s, next);
  len = next - pos;
  return cp;
}

std::string encodeUtf8(char32_t cp) {
  std::string out;
  appendUtf8(out, cp);
  return out;
}

// Byte length of the first `n` code points.
size_t utf8PrefixBytes(std::string_view s, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < n && pos < s.size(); ++i) utf8Decode(s, pos);
  return pos;
}

std::string repeat(std::string_view unit, int64_t n) {
  std::string out;
  if (n <= 0) return out;
  out.reserve(unit.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += unit;
  return out;
}

void checkWidth(int64_t width) {
  if (width > kMaxWidth) fail(FormatError::Kind::MemoryError, "");
}

// ---- float digits -------------------------------------------------------

// A decimal digit string without trailing zeros and the position of the
// decimal point: value = 0.<digits> * 10^decpt, as _Py_dg_dtoa returns it.
struct Digits {
  std::string digits;
  int decpt = 1;
};

void stripTrailingZeros(Digits& d) {
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  if (d.digits.empty() || d.digits == "0") d = Digits{"0", 1};
}

// From to_chars scientific output "d[.ddd]e±XX".
Digits fromScientific(std::string_view s) {
  Digits d;
  const size_t e = s.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (s[i] != '.') d.digits.push_back(s[i]);
  }
  int exp = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
  d.decpt = exp + 1;
  stripTrailingZeros(d);
  return d;
}

// From to_chars fixed output "ddd[.ddd]".
Digits fromFixed(std::string_view s) {
  Digits d;
  const size_t dot = s.find('.');
  d.decpt = static_cast<int>(dot == std::string_view::npos ? s.size() : dot);
  for (char c : s) {
    if (c != '.') d.digits.push_back(c);
  }
  size_t lead = 0;
  while (lead + 1 < d.digits.size() && d.digits[lead] == '0') ++lead;
  d.digits.erase(0, lead);
  d.decpt -= static_cast<int>(lead);
  stripTrailingZeros(d);
  return d;
}

// Digits of |x| as _Py_dg_dtoa would give them for CPython's mode of `type`:
// 'r' shortest, 'e'/'g' `precision` significant digits, 'f' `precision`
// digits after the point.
Digits toDigits(double x, char type, int precision) {
  x = std::fabs(x);
  std::string buf(static_cast<size_t>(precision) + 400, '\0');
  std::to_chars_result r{};
  char* first = buf.data();
  char* last = buf.data() + buf.size();
  if (type == 'r') {
    r = std::to_chars(first, last, x, std::chars_format::scientific);
  } else if (type == 'f') {
    r = std::to_chars(first, last, x, std::chars_format::fixed, precision);
    return fromFixed(std::string_view(first, static_cast<size_t>(r.ptr - first)));
  } else {
    r = std::to_chars(first, last, x, std::chars_format::scientific, precision - 1);
  }
  return fromScientific(std::string_view(first, static_cast<size_t>(r.ptr - first)));
}

struct FloatFlags {
  bool addDot0 = false;  // Py_DTSF_ADD_DOT_0: "1.0" rather than "1"
  bool alt = false;      // Py_DTSF_ALT: keep trailing zeros and the point
  bool noNeg0 = false;   // Py_DTSF_NO_NEG_0: "-0.00" becomes "0.00"
};

// Lays digits out as format_float_short does: [-]<zeros><digits><zeros>[e±XX].
std::string layoutFloat(const Digits& d, char type, int precision, FloatFlags flags, bool upper) {
  const int digitsLen = static_cast<int>(d.digits.size());
  int decpt = d.decpt;
  int vEnd = digitsLen;
  bool useExp = false;
  switch (type) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vEnd = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  int exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const int vStart = decpt <= 0 ? decpt - 1 : 0;
  vEnd = std::max(vEnd, (!useExp && flags.addDot0) ? decpt + 1 : decpt);
  std::string out;
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vStart), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vStart), '0');
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(d.digits, static_cast<size_t>(decpt));
  } else {
    out += d.digits;
  }
  if (digitsLen < decpt) {
    out.append(static_cast<size_t>(decpt - digitsLen), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vEnd - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vEnd - digitsLen), '0');
  }
  if (out.back() == '.' && !flags.alt) out.pop_back();
  if (useExp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', std::abs(exp));
    out += buf;
  }
  return out;
}

// PyOS_double_to_string(x, type, precision, flags): type is one of
// r e E f F g G; the sign is included.
std::string doubleToString(double x, char type, int precision, FloatFlags flags) {
  const bool upper = type == 'E' || type == 'F' || type == 'G';
  const char lower = static_cast<char>(upper ? type + ('a' - 'A') : type);
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  const bool negative = std::signbit(x);
  if (std::isinf(x)) return std::string(negative ? "-" : "") + (upper ? "INF" : "inf");
  if (lower == 'e') ++precision;  // significant digits
  if (lower == 'g' && precision == 0) precision = 1;
  const Digits d = toDigits(x, lower, precision);
  const bool dropSign = flags.noNeg0 && d.digits == "0";
  return (negative && !dropSign ? "-" : "") + layoutFloat(d, lower, precision, flags, upper);
}

// ---- format-spec parsing ------------------------------------------------

struct Spec {
  std::string fill = " ";  // one code point, UTF-8
  bool fillSpecified = false;
  char align = 0;
  bool alignSpecified = false;
  char sign = 0;
  bool noNeg0 = false;  // 'z'
  bool alternate = false;
  int64_t width = -1;
  char thousands = 0;  // ',' or '_'
  int groupSize = 3;   // 4 for '_' with b/o/x/X
  int64_t precision = -1;
  char32_t type = 0;
};

bool isAlign(char32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads decimal digits at pos; -1 when there are none.
int64_t readInteger(std::string_view s, size_t& pos) {
  int64_t value = -1;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    const int digit = s[pos] - '0';
    if (value < 0) value = 0;
    if (value > (INT64_MAX - digit) / 10) valueError("Too many decimal digits in format string");
    value = value * 10 + digit;
    ++pos;
  }
  return value;
}

std::string typeCharText(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[24];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

[[noreturn]] void unknownCode(char32_t type, std::string_view typeName) {
  valueError("Unknown format code '" + typeCharText(type) + "' for object of type '" + std::string(typeName) + "'");
}

void readFillAlign(std::string_view s, size_t& pos, Spec& spec) {
  if (s.empty()) return;
  size_t firstLen = 0;
  const char32_t first = decodeAt(s, 0, firstLen);
  if (firstLen < s.size() && isAlign(static_cast<unsigned char>(s[firstLen]))) {
    spec.fill = std::string(s.substr(0, firstLen));
    spec.fillSpecified = true;
    spec.align = s[firstLen];
    spec.alignSpecified = true;
    pos = firstLen + 1;
  } else if (isAlign(first)) {
    spec.align = static_cast<char>(first);
    spec.alignSpecified = true;
    pos = 1;
  }
}

void readGrouping(std::string_view s, size_t& pos, Spec& spec) {
  if (pos < s.size() && s[pos] == ',') {
    spec.thousands = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (spec.thousands) valueError("Cannot specify both ',' and '_'.");
    spec.thousands = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && spec.thousands == '_') valueError("Cannot specify both ',' and '_'.");
}

void checkGroupingType(Spec& spec) {
  if (!spec.thousands) return;
  switch (spec.type) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      return;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (spec.thousands == '_') {
        spec.groupSize = 4;
        return;
      }
      break;
    default:
      break;
  }
  valueError(std::string("Cannot specify '") + spec.thousands + "' with '" + typeCharText(spec.type) + "'.");
}

// parse_internal_render_format_spec.
Spec parseSpec(std::string_view s, char defaultType, char defaultAlign, std::string_view typeName) {
  Spec spec;
  spec.align = defaultAlign;
  spec.type = static_cast<unsigned char>(defaultType);
  size_t pos = 0;
  readFillAlign(s, pos, spec);
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    spec.noNeg0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!spec.fillSpecified && pos < s.size() && s[pos] == '0') {
    spec.fill = "0";
    if (!spec.alignSpecified && defaultAlign == '>') spec.align = '=';
    ++pos;
  }
  spec.width = readInteger(s, pos);
  readGrouping(s, pos, spec);
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    spec.precision = readInteger(s, pos);
    if (spec.precision < 0) valueError("Format specifier missing precision");
  }
  if (pos < s.size()) {
    size_t len = 0;
    const char32_t type = decodeAt(s, pos, len);
    if (pos + len < s.size()) {
      valueError("Invalid format specifier '" + std::string(s) + "' for object of type '" + std::string(typeName) +
                 "'");
    }
    spec.type = type;
  }
  checkGroupingType(spec);
  return spec;
}

// ---- number layout ------------------------------------------------------

// _PyUnicode_InsertThousandsGrouping: groups of `group` digits from the right,
// zero-padded to at least minWidth characters (separators included) when the
// fill is '0' with '=' alignment. group 0 means no separators.
std::string groupDigits(std::string_view digits, int64_t minWidth, int group, char sep) {
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t end = digits.size();
  bool useSep = false;
  const auto emit = [&](int64_t l) {
    const int64_t zeros = std::max<int64_t>(0, l - remaining);
    const int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
    if (useSep) rev.push_back(sep);
    for (int64_t i = 0; i < chars; ++i) rev.push_back(digits[--end]);
    rev.append(static_cast<size_t>(zeros), '0');
    remaining -= chars;
  };
  bool broken = false;
  if (group > 0) {
    while (true) {
      const int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, minWidth), 1));
      emit(l);
      useSep = true;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= 1;
    }
  }
  if (!broken) emit(std::max<int64_t>(std::max(remaining, minWidth), 1));
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// calc_number_widths + fill_number: [lpad][sign][prefix][spad][digits][rest][rpad].
// `rest` is everything after the integer digits (point, fraction, exponent, %).
std::string layoutNumber(const Spec& spec, bool negative, std::string_view prefix, std::string_view digits,
                         std::string_view rest) {
  checkWidth(spec.width);
  std::string sign;
  if (negative)
    sign = "-";
  else if (spec.sign == '+')
    sign = "+";
  else if (spec.sign == ' ')
    sign = " ";
  const int64_t nonDigits = static_cast<int64_t>(sign.size() + prefix.size() + utf8Length(rest));
  const int64_t minWidth = (spec.fill == "0" && spec.align == '=') ? spec.width - nonDigits : 0;
  const int group = spec.thousands ? spec.groupSize : 0;
  const std::string grouped = digits.empty() ? std::string() : groupDigits(digits, minWidth, group, spec.thousands);
  const int64_t padding = spec.width - (nonDigits + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding / 2;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      default:
        lpad = padding;
        break;
    }
  }
  return repeat(spec.fill, lpad) + sign + std::string(prefix) + repeat(spec.fill, spad) + grouped + std::string(rest) +
         repeat(spec.fill, rpad);
}

// Pads a string (width counted in code points) by the spec's alignment.
std::string padText(std::string_view text, const Spec& spec) {
  checkWidth(spec.width);
  const int64_t padding = spec.width - static_cast<int64_t>(utf8Length(text));
  if (padding <= 0) return std::string(text);
  int64_t left = 0;
  if (spec.align == '>')
    left = padding;
  else if (spec.align == '^')
    left = padding / 2;
  return repeat(spec.fill, left) + std::string(text) + repeat(spec.fill, padding - left);
}

// ---- the format() entry points ------------------------------------------

std::string formatFloatWithSpec(double value, const Spec& spec) {
  if (spec.precision > INT_MAX) valueError("precision too big");
  int precision = static_cast<int>(spec.precision);
  int defaultPrecision = 6;
  char type = static_cast<char>(spec.type);
  FloatFlags flags{false, spec.alternate, spec.noNeg0};
  if (type == 0) {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0)
    precision = defaultPrecision;
  else if (type == 'r')
    type = 'g';
  checkWidth(precision);
  std::string text = doubleToString(value, type, precision, flags);
  if (percent) text.push_back('%');
  const bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  size_t intDigits = 0;
  while (intDigits < body.size() && body[intDigits] >= '0' && body[intDigits] <= '9') ++intDigits;
  return layoutNumber(spec, negative, "", body.substr(0, intDigits), body.substr(intDigits));
}

std::string formatCharCode(const BigInt& value, const Spec& spec) {
  if (spec.sign) valueError("Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
  if (!value.fitsInt64()) fail(FormatError::Kind::OverflowError, "Python int too large to convert to C long");
  if (value.isNegative() || value.compare(BigInt(0x10ffff)) > 0) {
    fail(FormatError::Kind::OverflowError, "%c arg not in range(0x110000)");
  }
  return layoutNumber(spec, false, "", "", encodeUtf8(static_cast<char32_t>(value.toInt64())));
}

std::string formatIntegral(const BigInt& value, const Spec& spec) {
  if (spec.precision != -1) valueError("Precision not allowed in integer format specifier");
  if (spec.noNeg0) valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') return formatCharCode(value, spec);
  int base = 10;
  std::string prefix;
  switch (spec.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    default:
      break;
  }
  const BigInt magnitude = value.isNegative() ? -value : value;
  std::string digits = base == 10 ? intToDecimal(magnitude) : magnitude.toString(base);
  if (spec.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (!spec.alternate) prefix.clear();
  return layoutNumber(spec, value.isNegative(), prefix, digits, "");
}

// ---- percent formatting ---------------------------------------------------

// ascii(): repr with every non-ASCII code point escaped.
std::string asciiEscape(std::string_view repr) {
  std::string out;
  for (size_t pos = 0; pos < repr.size();) {
    size_t len = 0;
    const char32_t cp = decodeAt(repr, pos, len);
    if (cp < 0x80)
      out.push_back(static_cast<char>(cp));
    else
      out += hexEscape(cp);
    pos += len;
  }
  return out;
}

// Output of one conversion before padding, plus what the padding step needs.
struct Converted {
  std::string text;
  bool numeric = false;  // CPython's arg->sign: sign handling and zero fill apply
};

class PercentFormatter {
 public:
  PercentFormatter(std::string_view fmt, const PercentArgs& args) : m_fmt(fmt), m_args(args) {
    // A non-tuple operand is CPython's arglen -1 / argidx -2; a caller that
    // passes no operand at all gets the empty tuple rather than a crash.
    const bool single = !args.isTuple && !args.items.empty();
    m_argLen = single ? -1 : static_cast<int64_t>(args.items.size());
    m_argIdx = single ? -2 : 0;
    m_current = single ? &args.items[0] : nullptr;
  }

  std::string run() {
    while (m_pos < m_fmt.size()) {
      const size_t next = m_fmt.find('%', m_pos);
      const size_t stop = next == std::string_view::npos ? m_fmt.size() : next;
      appendLiteral(m_fmt.substr(m_pos, stop - m_pos));
      m_pos = stop;
      if (m_pos < m_fmt.size()) conversion();
    }
    if (m_argIdx < m_argLen && !m_args.lookup) typeError("not all arguments converted during string formatting");
    return std::move(m_out);
  }

 private:
  struct Arg {
    bool ljust = false, sign = false, blank = false, alt = false, zero = false;
    int64_t width = -1, prec = -1;
    char32_t ch = 0;
  };

  void appendLiteral(std::string_view text) {
    m_out += text;
    m_cpIndex += utf8Length(text);
  }

  bool atEnd() const { return m_pos >= m_fmt.size(); }

  char32_t readChar() {
    size_t len = 0;
    const char32_t cp = decodeAt(m_fmt, m_pos, len);
    m_pos += len;
    ++m_cpIndex;
    return cp;
  }

  const PercentArg& nextArg() {
    if (m_argIdx < m_argLen) {
      ++m_argIdx;
      if (m_argLen < 0) return *m_current;
      return m_args.items[static_cast<size_t>(m_argIdx - 1)];
    }
    typeError("not enough arguments for format string");
  }

  void readKey() {
    const size_t start = m_pos;
    int depth = 1;
    while (depth > 0 && !atEnd()) {
      const char32_t c = readChar();
      if (c == ')')
        --depth;
      else if (c == '(')
        ++depth;
    }
    if (depth > 0) valueError("incomplete format key");
    if (!m_args.lookup) typeError("format requires a mapping");
    m_keyValue = m_args.lookup(m_fmt.substr(start, m_pos - start - 1));
    m_current = &m_keyValue;
    m_argLen = -1;
    m_argIdx = -2;
  }

  // CPython reads a '*' width as a C ssize_t and a '*' precision as a C int.
  int64_t starArg(bool asInt) {
    const PercentArg& a = nextArg();
    if (a.kind != PercentArg::Kind::Int) typeError("* wants int");
    const BigInt& v = a.intValue;
    if (!asInt && !v.fitsInt64())
      fail(FormatError::Kind::OverflowError, "Python int too large to convert to C ssize_t");
    if (asInt && (!v.fitsInt64() || v.toInt64() > INT_MAX || v.toInt64() < INT_MIN)) {
      fail(FormatError::Kind::OverflowError, "Python int too large to convert to C int");
    }
    return v.toInt64();
  }

  int64_t readNumber(const char* tooBig) {
    int64_t value = 0;
    while (!atEnd() && m_fmt[m_pos] >= '0' && m_fmt[m_pos] <= '9') {
      const int digit = m_fmt[m_pos] - '0';
      if (value > (INT64_MAX - digit) / 10) valueError(tooBig);
      value = value * 10 + digit;
      ++m_pos;
      ++m_cpIndex;
    }
    return value;
  }

  void readFlags(Arg& arg) {
    while (!atEnd()) {
      const char c = m_fmt[m_pos];
      if (c == '-')
        arg.ljust = true;
      else if (c == '+')
        arg.sign = true;
      else if (c == ' ')
        arg.blank = true;
      else if (c == '#')
        arg.alt = true;
      else if (c == '0')
        arg.zero = true;
      else
        break;
      ++m_pos;
      ++m_cpIndex;
    }
  }

  void readWidthAndPrecision(Arg& arg) {
    if (!atEnd() && m_fmt[m_pos] == '*') {
      ++m_pos;
      ++m_cpIndex;
      arg.width = starArg(false);
      if (arg.width < 0) {
        arg.ljust = true;
        arg.width = -arg.width;
      }
    } else if (!atEnd() && m_fmt[m_pos] >= '0' && m_fmt[m_pos] <= '9') {
      arg.width = readNumber("width too big");
    }
    if (!atEnd() && m_fmt[m_pos] == '.') {
      ++m_pos;
      ++m_cpIndex;
      if (!atEnd() && m_fmt[m_pos] == '*') {
        ++m_pos;
        ++m_cpIndex;
        arg.prec = std::max<int64_t>(0, starArg(true));
      } else {
        arg.prec = readNumber("precision too big");
      }
    }
  }

  void conversion() {
    ++m_pos;  // '%'
    ++m_cpIndex;
    if (!atEnd() && m_fmt[m_pos] == '%') {
      ++m_pos;
      ++m_cpIndex;
      m_out.push_back('%');
      return;
    }
    Arg arg;
    if (!atEnd() && m_fmt[m_pos] == '(') {
      ++m_pos;
      ++m_cpIndex;
      readKey();
    }
    readFlags(arg);
    readWidthAndPrecision(arg);
    while (!atEnd() && (m_fmt[m_pos] == 'h' || m_fmt[m_pos] == 'l' || m_fmt[m_pos] == 'L')) {
      ++m_pos;
      ++m_cpIndex;
    }
    if (atEnd()) valueError("incomplete format");
    arg.ch = readChar();
    const PercentArg& value = nextArg();
    output(arg, convert(arg, value));
    if (!m_args.isTuple && !m_args.items.empty()) m_current = &m_args.items[0];
  }

  Converted convert(const Arg& arg, const PercentArg& v) {
    if (isFloatPresentation(arg.ch)) return {formatDouble(arg, floatOf(v)), true};
    switch (arg.ch) {
      case 's':
      case 'r':
      case 'a':
        return {textOf(v, static_cast<char>(arg.ch)), false};
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        return {formatLong(arg, integerOf(arg, v)), true};
      case 'c':
        return {charOf(v), false};
      default:
        break;
    }
    const char shown = (arg.ch >= 31 && arg.ch <= 126) ? static_cast<char>(arg.ch) : '?';
    char buf[128];
    std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld", shown,
                  static_cast<unsigned>(arg.ch), static_cast<long long>(m_cpIndex - 1));
    valueError(buf);
  }

  static std::string textOf(const PercentArg& v, char conv) {
    if (conv == 's' && v.str) return v.str();
    // Escaping is idempotent on ASCII text, so an ascii callback that really
    // returns repr() still yields ascii().
    if (conv == 'a' && v.ascii) return asciiEscape(v.ascii());
    if (conv != 's' && v.repr) return conv == 'a' ? asciiEscape(v.repr()) : v.repr();
    std::string text;
    switch (v.kind) {
      case PercentArg::Kind::Int:
        text = intToDecimal(v.intValue);
        break;
      case PercentArg::Kind::Float:
        text = floatRepr(v.floatValue);
        break;
      case PercentArg::Kind::Str:
        text = conv == 's' ? v.text : strLiteral(v.text);
        break;
      default:
        text = v.str ? v.str() : (v.repr ? v.repr() : "<" + v.typeName + " object>");
        break;
    }
    return conv == 'a' ? asciiEscape(text) : text;
  }

  static BigInt integerOf(const Arg& arg, const PercentArg& v) {
    const bool indexOnly = arg.ch == 'o' || arg.ch == 'x' || arg.ch == 'X';
    const std::string conv = "%" + encodeUtf8(arg.ch) + " format: ";
    if (v.kind == PercentArg::Kind::Int) return v.intValue;
    if (v.kind == PercentArg::Kind::Float && !indexOnly) {
      if (std::isnan(v.floatValue)) valueError("cannot convert float NaN to integer");
      if (std::isinf(v.floatValue)) fail(FormatError::Kind::OverflowError, "cannot convert float infinity to integer");
      return BigInt::fromDouble(v.floatValue);
    }
    if (indexOnly && v.kind == PercentArg::Kind::Float) typeError(conv + "an integer is required, not " + v.typeName);
    typeError(conv + (indexOnly ? "an integer is required, not " : "a real number is required, not ") + v.typeName);
  }

  static double floatOf(const PercentArg& v) {
    if (v.kind == PercentArg::Kind::Float) return v.floatValue;
    if (v.kind == PercentArg::Kind::Int) {
      const double d = v.intValue.toDouble();
      if (std::isinf(d)) fail(FormatError::Kind::OverflowError, "int too large to convert to float");
      return d;
    }
    typeError("must be real number, not " + v.typeName);
  }

  static std::string charOf(const PercentArg& v) {
    if (v.kind == PercentArg::Kind::Str && utf8Length(v.text) == 1) return v.text;
    if (v.kind != PercentArg::Kind::Int) typeError("%c requires int or char");
    if (v.intValue.isNegative() || v.intValue.compare(BigInt(0x10ffff)) > 0) {
      fail(FormatError::Kind::OverflowError, "%c arg not in range(0x110000)");
    }
    return encodeUtf8(static_cast<char32_t>(v.intValue.toInt64()));
  }

  // _PyUnicode_FormatLong: [-][0x]<zero-padded digits to prec>.
  static std::string formatLong(const Arg& arg, const BigInt& value) {
    checkWidth(arg.prec);
    const int base = arg.ch == 'o' ? 8 : (arg.ch == 'x' || arg.ch == 'X') ? 16 : 10;
    const BigInt magnitude = value.isNegative() ? -value : value;
    std::string digits = base == 10 ? intToDecimal(magnitude) : magnitude.toString(base);
    if (arg.prec > static_cast<int64_t>(digits.size())) {
      digits.insert(0, static_cast<size_t>(arg.prec) - digits.size(), '0');
    }
    std::string prefix;
    if (arg.alt && base != 10) prefix = arg.ch == 'o' ? "0o" : "0x";
    std::string out = (value.isNegative() ? "-" : "") + prefix + digits;
    if (arg.ch == 'X') {
      for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
  }

  static std::string formatDouble(const Arg& arg, double x) {
    checkWidth(arg.prec);
    const int prec = arg.prec < 0 ? 6 : static_cast<int>(std::min<int64_t>(arg.prec, INT_MAX));
    return doubleToString(x, static_cast<char>(arg.ch), prec, FloatFlags{false, arg.alt, false});
  }

  // unicode_format_arg_output: sign and 0x prefix go before zero padding,
  // after space padding; right padding is always spaces.
  void output(const Arg& arg, const Converted& c) {
    checkWidth(arg.width);
    const std::string_view text = c.text;
    const bool zeroFill = c.numeric && arg.zero;
    int64_t len = static_cast<int64_t>(utf8Length(text));
    size_t index = 0;
    if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) len = arg.prec;
    char signChar = 0;
    if (c.numeric) {
      if (text[0] == '-' || text[0] == '+') {
        signChar = text[0];
        --len;
        ++index;
      } else if (arg.sign) {
        signChar = '+';
      } else if (arg.blank) {
        signChar = ' ';
      }
    }
    int64_t width = std::max(arg.width, len);
    std::string out;
    if (signChar) {
      if (zeroFill) out.push_back(signChar);
      if (width > len) --width;
    }
    const bool hasPrefix = arg.alt && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
    if (hasPrefix) {
      if (zeroFill) {
        out.append(text.substr(index, 2));
        index += 2;
      }
      width = std::max<int64_t>(0, width - 2);
      len -= 2;
    }
    if (width > len && !arg.ljust) {
      out.append(static_cast<size_t>(width - len), zeroFill ? '0' : ' ');
      width = len;
    }
    if (!zeroFill) {
      if (signChar) out.push_back(signChar);
      if (hasPrefix) {
        out.append(text.substr(index, 2));
        index += 2;
      }
    }
    const std::string_view rest = text.substr(index);
    out.append(rest.substr(0, utf8PrefixBytes(rest, static_cast<size_t>(std::max<int64_t>(len, 0)))));
    if (width > len) out.append(static_cast<size_t>(width - len), ' ');
    m_out += out;
  }

  std::string_view m_fmt;
  const PercentArgs& m_args;
  size_t m_pos = 0;                       // byte offset into m_fmt
  int64_t m_cpIndex = 0;                  // code-point offset, for error messages
  int64_t m_argLen = 0;                   // CPython's arglen: -1 for a single operand
  int64_t m_argIdx = 0;                   // CPython's argidx: -2 before a single operand is used
  const PercentArg* m_current = nullptr;  // the single operand, or the %(key) value
  PercentArg m_keyValue;
  std::string m_out;
};

// ---- parsing and rounding helpers --------------------------------------

bool isPySpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// Copies a run of digits with single underscores between them; false on a
// misplaced underscore. Requires at least one digit when `required`.
bool copyDigits(std::string_view s, size_t& pos, std::string& out, bool required) {
  const size_t start = pos;
  while (pos < s.size() && (isDigit(s[pos]) || s[pos] == '_')) {
    if (s[pos] == '_') {
      if (pos == start || pos + 1 >= s.size() || !isDigit(s[pos + 1])) return false;
    } else {
      out.push_back(s[pos]);
    }
    ++pos;
  }
  return !required || pos > start;
}

// A validated decimal literal without underscores ("12.5e-3"), or nullopt.
std::optional<std::string> cleanDecimal(std::string_view s) {
  std::string out;
  size_t pos = 0;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) out.push_back(s[pos++]);
  const size_t mantStart = out.size();
  if (!copyDigits(s, pos, out, false)) return std::nullopt;
  const bool hasInt = out.size() > mantStart;
  if (pos < s.size() && s[pos] == '.') {
    out.push_back(s[pos++]);
    const size_t fracStart = out.size();
    if (!copyDigits(s, pos, out, false)) return std::nullopt;
    if (!hasInt && out.size() == fracStart) return std::nullopt;
  } else if (!hasInt) {
    return std::nullopt;
  }
  if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
    out.push_back(s[pos++]);
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) out.push_back(s[pos++]);
    if (!copyDigits(s, pos, out, true)) return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  return out;
}

// from_chars reports out_of_range instead of returning 0 or inf; decide which
// from the decimal exponent of the leading nonzero digit.
double outOfRangeValue(std::string_view s) {
  const bool negative = !s.empty() && s[0] == '-';
  int64_t exp = 0;
  const size_t e = s.find_first_of("eE");
  if (e != std::string_view::npos) {
    std::string_view ex = s.substr(e + 1);
    if (!ex.empty() && ex[0] == '+') ex.remove_prefix(1);
    if (std::from_chars(ex.data(), ex.data() + ex.size(), exp).ec != std::errc())
      exp = ex[0] == '-' ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  const std::string_view mant = s.substr(0, e);
  const size_t dot = mant.find('.');
  const size_t pointPos = dot == std::string_view::npos ? mant.size() : dot;
  const size_t lead = mant.find_first_of("123456789");
  const int64_t leadExp =
      lead < pointPos ? static_cast<int64_t>(pointPos - lead - 1) : -static_cast<int64_t>(lead - pointPos);
  const double mag = leadExp + exp > 0 ? HUGE_VAL : 0.0;
  return negative ? -mag : mag;
}

double decimalToDouble(std::string_view s) {
  std::string_view body = s;
  if (!body.empty() && body[0] == '+') body.remove_prefix(1);
  double value = 0;
  const auto r = std::from_chars(body.data(), body.data() + body.size(), value);
  if (r.ec == std::errc::result_out_of_range) return outOfRangeValue(body);
  return value;
}

// Rounds a digit string half to even, keeping `keep` leading digits (keep may
// be <= 0); returns the kept digits, possibly one longer after a carry.
std::string roundDigits(const std::string& digits, int64_t keep) {
  if (keep >= static_cast<int64_t>(digits.size())) return digits;
  std::string kept = keep > 0 ? digits.substr(0, static_cast<size_t>(keep)) : std::string();
  if (keep < 0) return "0";
  const char next = digits[static_cast<size_t>(keep)];
  const bool sticky = digits.find_first_not_of('0', static_cast<size_t>(keep) + 1) != std::string::npos;
  const bool lastOdd = !kept.empty() && ((kept.back() - '0') & 1);
  if (next > '5' || (next == '5' && (sticky || lastOdd))) {
    int64_t i = static_cast<int64_t>(kept.size()) - 1;
    while (i >= 0 && kept[static_cast<size_t>(i)] == '9') kept[static_cast<size_t>(i--)] = '0';
    if (i < 0)
      kept.insert(kept.begin(), '1');
    else
      ++kept[static_cast<size_t>(i)];
  }
  return kept.empty() ? "0" : kept;
}

}  // namespace

// ---- public API -----------------------------------------------------------

std::string intToDecimal(const BigInt& n, int64_t maxDigits) {
  // n >= 2^(bits-1) >= 10^maxDigits proves more than maxDigits digits without
  // the quadratic conversion; log2(10) < 3.3219281.
  const bool surelyTooLong =
      maxDigits > 0 && static_cast<double>(n.bitLength()) - 1 >= 3.3219281 * static_cast<double>(maxDigits) + 1;
  std::string text = surelyTooLong ? std::string() : n.toString();
  const int64_t digits = static_cast<int64_t>(text.size()) - (n.isNegative() ? 1 : 0);
  if (surelyTooLong || (maxDigits > 0 && digits > maxDigits)) {
    valueError("Exceeds the limit (" + std::to_string(maxDigits) +
               " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  }
  return text;
}

void checkIntParseDigits(std::string_view text, int base, int64_t maxDigits) {
  if (maxDigits <= 0 || (base & (base - 1)) == 0) return;
  int64_t digits = 0;
  for (char c : text) digits += std::isalnum(static_cast<unsigned char>(c)) != 0;
  if (digits > maxDigits) {
    valueError("Exceeds the limit (" + std::to_string(maxDigits) +
               " digits) for integer string conversion: value has " + std::to_string(digits) +
               " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
}

std::string floatRepr(double x) {
  return doubleToString(x, 'r', 0, FloatFlags{true, false, false});
}

std::string formatInt(const BigInt& value, std::string_view spec, std::string_view typeName) {
  const Spec s = parseSpec(spec, 'd', '>', typeName);
  if (isFloatPresentation(s.type) || s.type == '%') {
    const double d = value.toDouble();
    if (std::isinf(d)) fail(FormatError::Kind::OverflowError, "int too large to convert to float");
    return formatFloatWithSpec(d, s);
  }
  switch (s.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntegral(value, s);
    default:
      unknownCode(s.type, typeName);
  }
}

std::string formatInt(int64_t value, std::string_view spec, std::string_view typeName) {
  return formatInt(BigInt(value), spec, typeName);
}

std::string formatFloat(double value, std::string_view spec, std::string_view typeName) {
  const Spec s = parseSpec(spec, 0, '>', typeName);
  if (s.type == 0 || s.type == 'n' || s.type == '%' || isFloatPresentation(s.type))
    return formatFloatWithSpec(value, s);
  unknownCode(s.type, typeName);
}

std::string formatStr(std::string_view utf8, std::string_view spec, std::string_view typeName) {
  const Spec s = parseSpec(spec, 's', '<', typeName);
  if (s.type != 's') unknownCode(s.type, typeName);
  if (s.sign == ' ') valueError("Space not allowed in string format specifier");
  if (s.sign) valueError("Sign not allowed in string format specifier");
  if (s.noNeg0) valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) valueError("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') valueError("'=' alignment not allowed in string format specifier");
  std::string_view text = utf8;
  if (s.precision >= 0) text = text.substr(0, utf8PrefixBytes(text, static_cast<size_t>(s.precision)));
  return padText(text, s);
}

std::string percentFormat(std::string_view fmt, const PercentArgs& args) {
  return PercentFormatter(fmt, args).run();
}

std::optional<double> parseFloat(std::string_view text) {
  while (!text.empty() && isPySpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isPySpace(text.back())) text.remove_suffix(1);
  std::string_view body = text;
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (equalsIgnoreCase(body, "inf") || equalsIgnoreCase(body, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (equalsIgnoreCase(body, "nan")) return negative ? -std::nan("") : std::nan("");
  const auto clean = cleanDecimal(text);
  if (!clean) return std::nullopt;
  return decimalToDouble(*clean);
}

double roundHalfEven(double x, int64_t ndigits) {
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;  // CPython's NDIGITS_MAX/MIN
  if (!std::isfinite(x) || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  // The exact decimal expansion of a double has at most 1074 fraction digits.
  char buf[1500];
  const auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::fixed, 1074);
  const std::string_view exact(buf, static_cast<size_t>(r.ptr - buf));
  const size_t dot = exact.find('.');
  std::string digits(exact.substr(0, dot));
  digits += exact.substr(dot + 1);
  const int64_t intLen = static_cast<int64_t>(dot);
  const std::string kept = roundDigits(digits, intLen + ndigits);
  const std::string literal = kept + "e" + std::to_string(-ndigits);
  double rounded = decimalToDouble(literal);
  if (std::isinf(rounded)) fail(FormatError::Kind::OverflowError, "rounded value too large to represent");
  return std::signbit(x) ? -rounded : rounded;
}

BigInt roundInt(const BigInt& n, int64_t ndigits) {
  if (ndigits >= 0) return n;
  // 10^k exceeds |n| * 2 once k is past n's digit count: the result is 0.
  if (ndigits < -static_cast<int64_t>(n.bitLength() / 3 + 2)) return BigInt(0);
  const BigInt pow = BigInt(10).pow(static_cast<uint64_t>(-ndigits));
  BigInt q, r;
  BigInt::divmod(n, pow, q, r);
  const int c = (r + r).compare(pow);
  if (c > 0 || (c == 0 && !(q.mod(BigInt(2))).isZero())) q = q + BigInt(1);
  return q * pow;
}

size_t scanFormatLiteral(std::string_view fmt, size_t pos, std::string& literal, bool keepEscapes) {
  while (pos < fmt.size()) {
    const char c = fmt[pos];
    const bool doubled = pos + 1 < fmt.size() && fmt[pos + 1] == c;
    if (c == '{' || c == '}') {
      if (!doubled) return pos;
      literal += c;
      pos += 2;
    } else if (c == '\\' && keepEscapes && pos + 1 < fmt.size()) {
      // \N{NAME}'s braces are the escape's own; before a brace a backslash is
      // a character of its own and the brace is read as a brace (CPython 3.11).
      size_t end = pos + 2;
      if (fmt[pos + 1] == 'N' && end < fmt.size() && fmt[end] == '{') {
        end = fmt.find('}', end);
        end = end == std::string_view::npos ? fmt.size() : end + 1;
      } else if (fmt[pos + 1] == '{' || fmt[pos + 1] == '}') {
        end = pos + 1;
      }
      literal.append(fmt.substr(pos, end - pos));
      pos = end;
    } else {
      literal += c;
      ++pos;
    }
  }
  return pos;
}

std::string quotedNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

std::string tooManyPositionalMessage(std::string_view qualname, size_t required, size_t maximum, size_t given,
                                     size_t keywordOnlyGiven) {
  const bool defaults = required < maximum;
  std::string msg = std::string(qualname) + "() takes " +
                    (defaults ? "from " + std::to_string(required) + " to " : std::string()) + std::to_string(maximum) +
                    " positional argument" + (maximum == 1 && !defaults ? "" : "s") + " but " + std::to_string(given);
  if (keywordOnlyGiven)
    return msg + " positional argument" + (given == 1 ? "" : "s") + " (and " + std::to_string(keywordOnlyGiven) +
           " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ") were given";
  return msg + (given == 1 ? " was given" : " were given");
}

std::string missingArgumentsMessage(std::string_view qualname, const std::vector<std::string>& names,
                                    bool keywordOnly) {
  return std::string(qualname) + "() missing " + std::to_string(names.size()) + " required " +
         (keywordOnly ? "keyword-only" : "positional") + " argument" + (names.size() == 1 ? "" : "s") + ": " +
         quotedNames(names);
}

std::string positionalOnlyAsKeywordsMessage(std::string_view qualname, const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
  return std::string(qualname) + "() got some positional-only arguments passed as keyword arguments: '" + joined + "'";
}

}  // namespace ys
