// methods_str.cpp — the methods of str, str.format and format() itself.
//
// A str is UTF-8 with code-point semantics. Searching works on the UTF-8
// bytes directly (UTF-8 is self-synchronising, so a byte match of a valid
// needle is a code-point match); only positions are converted between bytes
// and code points, and ASCII strings skip even that. Case mapping and
// character classes work per code point (ASCII, Latin-1, Greek and Cyrillic
// are mapped; that covers what teaching programs print).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/base/format.h"
#include "core/base/text.h"
#include "core/base/unicode.h"
#include "core/lib/builtins_util.h"
#include "core/lib/bytes_ops.h"
#include "core/lib/stringlib.h"
#include "core/runtime/memory.h"

namespace ys {

namespace {

StrObj* selfStr(Args a, const char* method) {
  return selfOf<StrObj>(a, ObjKind::Str, "str", method);
}

// `what` ends in "not ": a clinic argument names None as None.
StrObj* strArg(const Value& v, const char* what) {
  if (!v.is(ObjKind::Str)) raiseType(std::string(what) + argTypeName(v));
  return v.as<StrObj>();
}

// ---------------------------------------------------------------- positions

size_t byteOffset(const StrObj* s, int64_t cp) {
  if (s->isAscii()) return size_t(cp);
  size_t i = 0;
  const std::string& u = s->utf8;
  while (cp > 0 && i < u.size()) {
    ++i;
    while (i < u.size() && (static_cast<unsigned char>(u[i]) & 0xC0) == 0x80) ++i;
    --cp;
  }
  return i;
}

int64_t cpIndex(const StrObj* s, size_t byte) {
  if (s->isAscii()) return int64_t(byte);
  int64_t n = 0;
  for (size_t i = 0; i < byte && i < s->utf8.size(); ++i)
    if ((static_cast<unsigned char>(s->utf8[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Slice-style start/end (None allowed), adjusted as CPython's ADJUST_INDICES:
// negatives count from the end and stop at 0, end stops at len, but start may
// stay above len, so that "abc".find("", 10) finds nothing (callers check
// end < start before reading the text).
void sliceBounds(const StrObj* s, Args a, size_t first, int64_t& start, int64_t& end) {
  int64_t n = s->length;
  start = 0;
  end = n;
  auto conv = [&](const Value& v, int64_t& out) {
    if (v.isNone()) return;
    if (!isIntValue(v)) raiseType("slice indices must be integers or None or have an __index__ method");
    int64_t x = v.is(ObjKind::BigInt) ? (v.as<BigIntObj>()->value.isNegative() ? -n - 1 : n + 1) : v.asInt();
    if (x < 0) x += n;
    if (x < 0) x = 0;
    out = x;
  };
  if (a.size() > first) conv(a[first], start);
  if (a.size() > first + 1) conv(a[first + 1], end);
  if (end > n) end = n;
}

// ---------------------------------------------------------------- characters

bool uniSpace(char32_t c) {
  return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}
bool uniDecimal(char32_t c) {
  return decimalDigitValue(c) >= 0;
}
// str.isalnum: a letter, or any kind of number (digits and decimals are numeric).
bool isAlnumChar(char32_t c) {
  return hasClass(c, CharClass::Alpha) || hasClass(c, CharClass::Numeric);
}
// ---------------------------------------------------------------- case methods

template <class F>
Value mapCodePoints(const StrObj* s, F f) {
  std::u32string in = decodeUtf8(s->view()), out;
  out.reserve(in.size());
  f(in, out);
  return str(encodeUtf8(out));
}

// A str method without arguments whose result maps self's code points.
template <class F>
Value mapSelfCodePoints(Args a, const char* name, F f) {
  StrObj* s = selfStr(a, name);
  methodCount(a, name, 0, 0);
  return mapCodePoints(s, f);
}

// str.upper / str.lower: an ASCII string maps byte by byte, any other per
// code point (upper can grow: ß becomes SS).
Value upperOrLower(Args a, const char* name, bool upper) {
  StrObj* s = selfStr(a, name);
  methodCount(a, name, 0, 0);
  if (s->isAscii()) {
    std::string r(s->view());
    mapAsciiCase(r, upper);
    return str(std::move(r));
  }
  return mapCodePoints(s, [upper](auto& in, auto& out) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (upper)
        appendUpperCase(out, in[i]);
      else
        appendLowerInText(out, in, i);
    }
  });
}

Value m_casefold(Interpreter&, Args a, const Value&) {
  return mapSelfCodePoints(a, "casefold", [](auto& in, auto& out) {
    for (char32_t c : in) appendCaseFold(out, c);
  });
}

Value m_swapcase(Interpreter&, Args a, const Value&) {
  return mapSelfCodePoints(a, "swapcase", [](auto& in, auto& out) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (hasClass(in[i], CharClass::Upper))
        appendLowerInText(out, in, i);
      else if (hasClass(in[i], CharClass::Lower))
        appendUpperCase(out, in[i]);
      else
        out += in[i];
    }
  });
}

Value m_title(Interpreter&, Args a, const Value&) {
  return mapSelfCodePoints(a, "title", [](auto& in, auto& out) {
    bool prevCased = false;
    for (size_t i = 0; i < in.size(); ++i) {
      if (prevCased)
        appendLowerInText(out, in, i);
      else
        appendTitleCase(out, in[i]);
      prevCased = isCasedLetter(in[i]);
    }
  });
}

Value m_capitalize(Interpreter&, Args a, const Value&) {
  return mapSelfCodePoints(a, "capitalize", [](auto& in, auto& out) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (i == 0)
        appendTitleCase(out, in[i]);  // the title case since Python 3.8 (ǆ becomes ǅ)
      else
        appendLowerInText(out, in, i);
    }
  });
}

// ---------------------------------------------------------------- predicates

template <class P>
Value allChars(Args a, const char* name, P p) {
  StrObj* s = selfStr(a, name);
  methodCount(a, name, 0, 0);
  if (s->length == 0) return boolean(false);
  for (char32_t c : decodeUtf8(s->view()))
    if (!p(c)) return boolean(false);
  return boolean(true);
}

Value allInClass(Args a, const char* name, CharClass cls) {
  return allChars(a, name, [cls](char32_t c) { return hasClass(c, cls); });
}

Value m_isascii(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "isascii");
  methodCount(a, "isascii", 0, 0);
  return boolean(s->isAscii());
}
Value m_isprintable(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "isprintable");
  methodCount(a, "isprintable", 0, 0);
  for (char32_t c : decodeUtf8(s->view()))
    if (!isPrintableCodePoint(c)) return boolean(false);
  return boolean(true);
}

Value caseCheck(Args a, const char* name, bool wantUpper) {
  StrObj* s = selfStr(a, name);
  methodCount(a, name, 0, 0);
  bool cased = false;
  for (char32_t c : decodeUtf8(s->view())) {
    if (hasClass(c, CharClass::Title) || hasClass(c, wantUpper ? CharClass::Lower : CharClass::Upper))
      return boolean(false);
    if (hasClass(c, wantUpper ? CharClass::Upper : CharClass::Lower)) cased = true;
  }
  return boolean(cased);
}

Value m_istitle(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "istitle");
  methodCount(a, "istitle", 0, 0);
  bool prevCased = false, any = false;
  for (char32_t c : decodeUtf8(s->view())) {
    if (hasClass(c, CharClass::Upper) || hasClass(c, CharClass::Title)) {
      if (prevCased) return boolean(false);
      prevCased = any = true;
    } else if (hasClass(c, CharClass::Lower)) {
      if (!prevCased) return boolean(false);
      prevCased = any = true;
    } else {
      prevCased = false;
    }
  }
  return boolean(any);
}

Value m_isidentifier(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "isidentifier");
  methodCount(a, "isidentifier", 0, 0);
  return boolean(isIdentifier(s->view()));
}

// ---------------------------------------------------------------- searching

// The substring of find/index/count, checked after start and end as
// CPython's stringlib_parse_args_finds does.
StrObj* needleOf(Args a) {
  if (!a[1].is(ObjKind::Str)) raiseType("must be str, not " + typeName(a[1]));
  return a[1].as<StrObj>();
}

// Byte position of the first (or last) match of `needle` within cp range
// [start, end), or npos.
size_t findIn(const StrObj* s, const StrObj* needle, int64_t start, int64_t end, bool last) {
  if (end < start || needle->length > uint64_t(end - start)) return std::string::npos;
  size_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
  std::string_view hay = s->view().substr(b0, b1 - b0);
  size_t p = last ? hay.rfind(needle->view()) : hay.find(needle->view());
  return p == std::string::npos ? p : p + b0;
}

Value findImpl(Args a, const char* name, bool last, bool raise) {
  StrObj* s = selfStr(a, name);
  noKwargs(a, std::string("str.") + name);
  methodTakesCount(a, name, 1, 3);
  int64_t start, end;
  sliceBounds(s, a, 2, start, end);
  StrObj* needle = needleOf(a);
  size_t p = findIn(s, needle, start, end, last);
  if (p == std::string::npos) {
    if (raise) raiseValue("substring not found");
    return Value::integer(-1);
  }
  return Value::integer(cpIndex(s, p));
}

Value m_count(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "count");
  noKwargs(a, "str.count");
  methodTakesCount(a, "count", 1, 3);
  int64_t start, end;
  sliceBounds(s, a, 2, start, end);
  StrObj* needle = needleOf(a);
  if (end < start) return Value::integer(0);
  if (needle->length == 0) return Value::integer(end - start + 1);
  size_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
  std::string_view hay = s->view().substr(b0, b1 - b0);
  int64_t n = 0;
  for (size_t p = hay.find(needle->view()); p != std::string::npos;
       p = hay.find(needle->view(), p + needle->utf8.size()))
    ++n;
  return Value::integer(n);
}

Value affix(Args a, const char* name, bool atEnd) {
  StrObj* s = selfStr(a, name);
  noKwargs(a, std::string("str.") + name);
  methodTakesCount(a, name, 1, 3);
  int64_t start, end;
  sliceBounds(s, a, 2, start, end);
  auto test = [&](const Value& p) {
    if (!p.is(ObjKind::Str))
      raiseType(std::string(name) + " first arg must be str or a tuple of str, not " + typeName(p));
    StrObj* x = p.as<StrObj>();
    if (end < start || x->length > uint64_t(end - start)) return false;
    size_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
    std::string_view hay = s->view().substr(b0, b1 - b0);
    return atEnd ? hay.ends_with(x->view()) : hay.starts_with(x->view());
  };
  if (a[1].is(ObjKind::Tuple)) {
    for (const Value& p : a[1].as<TupleObj>()->items) {
      if (!p.is(ObjKind::Str))
        raiseType(std::string("tuple for ") + name + " must only contain str, not " + typeName(p));
      if (test(p)) return boolean(true);
    }
    return boolean(false);
  }
  return boolean(test(a[1]));
}

Value m_contains(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "__contains__");
  methodCount(a, "__contains__", 1, 1);
  if (!a[1].is(ObjKind::Str)) raiseType("'in <string>' requires string as left operand, not " + typeName(a[1]));
  return boolean(s->view().find(strView(a[1])) != std::string::npos);
}

Value m_len(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "__len__");
  methodCount(a, "__len__", 0, 0);
  return Value::integer(s->length);
}

Value m_getitem(Interpreter& vm, Args a, const Value&) {
  selfStr(a, "__getitem__");
  return subscriptMethod(vm, a);
}

// ---------------------------------------------------------------- strip, split, join

bool inChars(char32_t c, const std::u32string* chars) {
  if (!chars) return uniSpace(c);
  return chars->find(c) != std::u32string::npos;
}

Value stripImpl(Args a, const char* name, bool left, bool right) {
  StrObj* s = selfStr(a, name);
  noKwargs(a, std::string("str.") + name);
  methodCount(a, name, 0, 1);
  std::u32string chars;
  const std::u32string* set = nullptr;
  if (a.size() == 2 && !a[1].isNone()) {
    if (!a[1].is(ObjKind::Str)) raiseType(std::string(name) + " arg must be None or str");
    chars = decodeUtf8(strView(a[1]));
    set = &chars;
  }
  std::u32string u = decodeUtf8(s->view());
  size_t b = 0, e = u.size();
  if (left)
    while (b < e && inChars(u[b], set)) ++b;
  if (right)
    while (e > b && inChars(u[e - 1], set)) --e;
  if (b == 0 && e == u.size()) return a[0];
  return str(encodeUtf8(std::u32string_view(u).substr(b, e - b)));
}

// sep and maxsplit, positional or by keyword.
void splitArgs(Args a, const char* name, const Value*& sep, int64_t& maxsplit) {
  allowKwargs(a, name, {"sep", "maxsplit"});
  methodTakesCount(a, name, 0, 2);
  sep = argOrKwarg(a, 1, "sep");
  const Value* ms = argOrKwarg(a, 2, "maxsplit");
  maxsplit = ms ? indexOf(*ms) : -1;
  if (sep && sep->isNone()) sep = nullptr;
  if (sep) {
    if (!sep->is(ObjKind::Str)) raiseType("must be str or None, not " + typeName(*sep));
    if (sep->as<StrObj>()->length == 0) raiseValue("empty separator");
  }
}

std::vector<Value> splitWhitespace(const StrObj* s, int64_t maxsplit, bool fromRight) {
  std::u32string u = decodeUtf8(s->view());
  std::vector<Value> parts;
  if (!fromRight) {
    size_t i = 0, n = u.size();
    while (true) {
      while (i < n && uniSpace(u[i])) ++i;
      if (i >= n) break;
      if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
        // The rest, as CPython's split_whitespace: trailing whitespace kept
        // ("a b ".split(None, 1) is ['a', 'b ']).
        parts.push_back(str(encodeUtf8(u.substr(i))));
        break;
      }
      size_t j = i;
      while (j < n && !uniSpace(u[j])) ++j;
      parts.push_back(str(encodeUtf8(u.substr(i, j - i))));
      i = j;
    }
    return parts;
  }
  int64_t i = int64_t(u.size());
  while (true) {
    while (i > 0 && uniSpace(u[size_t(i - 1)])) --i;
    if (i <= 0) break;
    if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
      // The rest, leading whitespace kept (" a b".rsplit(None, 1) is [' a', 'b']).
      parts.push_back(str(encodeUtf8(u.substr(0, size_t(i)))));
      break;
    }
    int64_t j = i;
    while (j > 0 && !uniSpace(u[size_t(j - 1)])) --j;
    parts.push_back(str(encodeUtf8(u.substr(size_t(j), size_t(i - j)))));
    i = j;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

std::vector<Value> splitSep(std::string_view s, std::string_view sep, int64_t maxsplit, bool fromRight) {
  std::vector<Value> parts;
  if (!fromRight) {
    size_t pos = 0;
    while (maxsplit < 0 || int64_t(parts.size()) < maxsplit) {
      size_t p = s.find(sep, pos);
      if (p == std::string::npos) break;
      parts.push_back(str(std::string(s.substr(pos, p - pos))));
      pos = p + sep.size();
    }
    parts.push_back(str(std::string(s.substr(pos))));
    return parts;
  }
  size_t end = s.size();
  while (maxsplit < 0 || int64_t(parts.size()) < maxsplit) {
    if (end < sep.size()) break;
    size_t p = s.rfind(sep, end - sep.size());
    if (p == std::string::npos) break;
    parts.push_back(str(std::string(s.substr(p + sep.size(), end - p - sep.size()))));
    end = p;
  }
  parts.push_back(str(std::string(s.substr(0, end))));
  std::reverse(parts.begin(), parts.end());
  return parts;
}

Value splitImpl(Args a, const char* name, bool fromRight) {
  StrObj* s = selfStr(a, name);
  const Value* sep;
  int64_t maxsplit;
  splitArgs(a, name, sep, maxsplit);
  // A separator longer than the text: CPython's split() returns a list of
  // exactly one slot holding the text, before any preallocation.
  if (sep && s->length < sep->as<StrObj>()->length) return newList({a[0]});
  std::vector<Value> parts =
      sep ? splitSep(s->view(), strView(*sep), maxsplit, fromRight) : splitWhitespace(s, maxsplit, fromRight);
  return splitResultList(std::move(parts), maxsplit);
}

Value m_splitlines(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "splitlines");
  allowKwargs(a, "splitlines", {"keepends"});
  methodTakesCount(a, "splitlines", 0, 1);
  const Value* ke = argOrKwarg(a, 1, "keepends");
  const bool keep = ke && intFlag(*ke);
  std::u32string u = decodeUtf8(s->view());
  std::vector<Value> parts;
  size_t i = 0, start = 0;
  auto isBreak = [](char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
  };
  while (i < u.size()) {
    if (isBreak(u[i])) {
      size_t eol = i;
      if (u[i] == '\r' && i + 1 < u.size() && u[i + 1] == '\n') ++i;
      ++i;
      parts.push_back(str(encodeUtf8(u.substr(start, (keep ? i : eol) - start))));
      start = i;
    } else {
      ++i;
    }
  }
  if (start < u.size()) parts.push_back(str(encodeUtf8(u.substr(start))));
  // CPython's splitlines starts from PyList_New(0) and appends each line.
  Value lines = newList();
  for (Value& line : parts) lines.as<ListObj>()->append(std::move(line));
  return lines;
}

Value m_join(Interpreter& vm, Args a, const Value&) {
  StrObj* s = selfStr(a, "join");
  noKwargs(a, "str.join");
  methodCount(a, "join", 1, 1);
  std::string out;
  size_t index = 0;
  // CPython's PySequence_Fast: a generator is run to its end before the first
  // item is checked, so a bad item leaves no generator half-consumed.
  std::vector<Value> read;
  const std::span<const Value> items = joinItems(vm, a[1], read);
  for (const Value& item : items) {
    if (!item.is(ObjKind::Str))
      raiseType("sequence item " + std::to_string(index) + ": expected str instance, " + typeName(item) + " found");
    if (index++) out += s->view();
    out += strView(item);
  }
  return str(std::move(out));
}

Value m_replace(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "replace");
  noKwargs(a, "str.replace");
  methodCount(a, "replace", 2, 3);
  StrObj* old = strArg(a[1], "replace() argument 1 must be str, not ");
  StrObj* rep = strArg(a[2], "replace() argument 2 must be str, not ");
  int64_t count = a.size() == 4 ? indexOf(a[3]) : -1;
  std::string out;
  if (old->utf8.empty()) {
    std::u32string u = decodeUtf8(s->view());
    int64_t done = 0;
    for (size_t i = 0; i <= u.size(); ++i) {
      if (count < 0 || done < count) {
        out += rep->view();
        ++done;
      }
      if (i < u.size()) appendUtf8(out, u[i]);
    }
    return str(out);
  }
  std::string_view hay = s->view();
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t p = hay.find(old->view(), pos);
    if (p == std::string::npos) break;
    out.append(hay.substr(pos, p - pos));
    out += rep->view();
    pos = p + old->utf8.size();
    ++done;
  }
  if (done == 0) return a[0];
  out.append(hay.substr(pos));
  return str(std::move(out));
}

Value partitionImpl(Args a, const char* name, bool last) {
  StrObj* s = selfStr(a, name);
  noKwargs(a, std::string("str.") + name);
  methodCount(a, name, 1, 1);
  if (!a[1].is(ObjKind::Str)) raiseType("must be str, not " + typeName(a[1]));  // ensure_unicode
  StrObj* sep = a[1].as<StrObj>();
  if (sep->length == 0) raiseValue("empty separator");
  std::string_view h = s->view();
  size_t p = last ? h.rfind(sep->view()) : h.find(sep->view());
  if (p == std::string::npos) {
    if (last) return newTuple({str(""), str(""), a[0]});
    return newTuple({a[0], str(""), str("")});
  }
  return newTuple({str(std::string(h.substr(0, p))), a[1], str(std::string(h.substr(p + sep->utf8.size())))});
}

Value m_removeprefix(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "removeprefix");
  methodCount(a, "removeprefix", 1, 1);
  StrObj* p = strArg(a[1], "removeprefix() argument must be str, not ");
  if (!p->utf8.empty() && s->view().starts_with(p->view())) return str(std::string(s->view().substr(p->utf8.size())));
  return a[0];
}
Value m_removesuffix(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "removesuffix");
  methodCount(a, "removesuffix", 1, 1);
  StrObj* p = strArg(a[1], "removesuffix() argument must be str, not ");
  if (!p->utf8.empty() && s->view().ends_with(p->view()))
    return str(std::string(s->view().substr(0, s->utf8.size() - p->utf8.size())));
  return a[0];
}

// ---------------------------------------------------------------- padding

char32_t fillChar(Args a, size_t i) {
  if (a.size() <= i) return U' ';
  // unicodeobject.c's convert_uc
  if (!a[i].is(ObjKind::Str)) raiseType("The fill character must be a unicode character, not " + typeName(a[i]));
  if (a[i].as<StrObj>()->length != 1) raiseType("The fill character must be exactly one character long");
  return decodeUtf8(strView(a[i]))[0];
}

Value padImpl(Args a, const char* name, int align) {
  StrObj* s = selfStr(a, name);
  noKwargs(a, std::string("str.") + name);
  methodCount(a, name, 1, 2);
  int64_t width = indexOf(a[1]);
  char32_t fill = fillChar(a, 2);
  int64_t n = s->length;
  if (width <= n) return a[0];
  int64_t total = width - n, left;
  if (align < 0)
    left = 0;
  else if (align > 0)
    left = total;
  else
    left = total / 2 + (total & width & 1);  // CPython's center rule
  std::u32string f(1, fill);
  std::string fs = encodeUtf8(f), out;
  for (int64_t i = 0; i < left; ++i) out += fs;
  out += s->view();
  for (int64_t i = 0; i < total - left; ++i) out += fs;
  return str(out);
}

Value m_zfill(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "zfill");
  methodCount(a, "zfill", 1, 1);
  int64_t width = indexOf(a[1]);
  int64_t n = s->length;
  if (width <= n) return a[0];
  std::string v(s->view());
  std::string sign;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    sign = v.substr(0, 1);
    v = v.substr(1);
  }
  return str(sign + std::string(size_t(width - n), '0') + v);
}

Value m_expandtabs(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "expandtabs");
  allowKwargs(a, "expandtabs", {"tabsize"});
  methodTakesCount(a, "expandtabs", 0, 1);
  const Value* ts = argOrKwarg(a, 1, "tabsize");
  int64_t tab = ts ? indexOf(*ts) : 8;
  std::u32string u = decodeUtf8(s->view()), out;
  int64_t col = 0;
  for (char32_t c : u) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t k = tab - col % tab;
        out.append(size_t(k), U' ');
        col += k;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return str(encodeUtf8(out));
}

Value m_encode(Interpreter&, Args a, const Value&) {
  StrObj* s = selfStr(a, "encode");
  allowKwargs(a, "encode", {"encoding", "errors"});
  methodTakesCount(a, "encode", 0, 2);
  const CodecArgs codec = codecArgs(a, "encode");
  return encodeText(s->view(), codec.encodingOr("utf-8"), codec.errorsOr("strict"));
}

// ---------------------------------------------------------------- str.format

struct FieldRef {
  std::string name;
  std::vector<std::pair<bool, std::string>> trail;  // (isAttr, key) for .attr / [key]
};

FieldRef parseFieldName(const std::string& field) {
  FieldRef r;
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') r.name += field[i++];
  while (i < field.size()) {
    if (field[i] == '.') {
      ++i;
      std::string k;
      while (i < field.size() && field[i] != '.' && field[i] != '[') k += field[i++];
      if (k.empty()) raiseValue("Empty attribute in format string");
      r.trail.push_back({true, k});
    } else if (field[i] == '[') {
      ++i;
      std::string k;
      while (i < field.size() && field[i] != ']') k += field[i++];
      if (i >= field.size()) raiseValue("Missing ']' in format string");
      if (k.empty()) raiseValue("Empty attribute in format string");
      ++i;
      r.trail.push_back({false, k});
      if (i < field.size() && field[i] != '.' && field[i] != '[')
        raiseValue("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      break;
    }
  }
  return r;
}

bool allDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct FormatState {
  Interpreter& vm;
  Args args;  // args[0] is the format string
  int autoIndex = 0;
  int mode = 0;  // 0 unknown, 1 automatic, 2 manual
};

// A field's number ("{12}", "{0[3]}"); past Py_ssize_t CPython gives up.
int64_t fieldNumber(const std::string& digits) {
  int64_t n = 0;
  for (char c : digits) {
    if (n > (INT64_MAX - (c - '0')) / 10) raiseValue("Too many decimal digits in format string");
    n = n * 10 + (c - '0');
  }
  return n;
}

Value lookupField(FormatState& st, const std::string& field) {
  FieldRef ref = parseFieldName(field);
  Value v;
  if (ref.name.empty() || allDigits(ref.name)) {
    int64_t idx;
    if (ref.name.empty()) {
      if (st.mode == 2) raiseValue("cannot switch from manual field specification to automatic field numbering");
      st.mode = 1;
      idx = st.autoIndex++;
    } else {
      if (st.mode == 1) raiseValue("cannot switch from automatic field numbering to manual field specification");
      st.mode = 2;
      idx = fieldNumber(ref.name);
    }
    if (idx + 1 >= int64_t(st.args.size()))
      throwError(T().IndexError,
                 "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
    v = st.args[size_t(idx + 1)];
  } else {
    const Value* k = kwarg(st.args, ref.name);
    if (!k) raiseKeyError(str(ref.name));
    v = *k;
  }
  for (auto& [isAttr, key] : ref.trail) {
    if (isAttr) {
      v = st.vm.getAttr(v, key);
    } else {
      Value k = allDigits(key) ? Value::integer(fieldNumber(key)) : str(key);
      v = st.vm.call(st.vm.getAttr(v, "__getitem__"), std::span<const Value>(&k, 1));
    }
  }
  return v;
}

std::string formatString(FormatState& st, std::string_view fmt, int depth);

// One replacement field, read from just after its '{' the way CPython's
// parse_field reads it: the name runs to '!', ':' or '}' (a '[' skips to its
// ']'), then an optional conversion, then a spec up to the '}' that balances.
struct FieldParts {
  std::string_view name, conversion, spec;  // conversion: one code point, UTF-8
  size_t end = 0;                           // just after the closing '}'
};

FieldParts parseField(std::string_view fmt, size_t pos) {
  FieldParts f;
  const size_t nameStart = pos;
  char c = 0;
  while (pos < fmt.size()) {
    c = fmt[pos++];
    if (c == '{') raiseValue("unexpected '{' in field name");
    if (c == '[') {
      while (pos < fmt.size() && fmt[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  f.name = fmt.substr(nameStart, pos - 1 - nameStart);
  if (c != '!' && c != ':') {
    if (c != '}') raiseValue("expected '}' before end of string");
    f.end = pos;
    return f;
  }
  if (c == '!') {
    if (pos >= fmt.size()) raiseValue("end of string while looking for conversion specifier");
    const size_t convStart = pos;
    utf8Decode(fmt, pos);
    f.conversion = fmt.substr(convStart, pos - convStart);
    if (pos < fmt.size()) {
      c = fmt[pos++];
      if (c == '}') {
        f.end = pos;
        return f;
      }
      if (c != ':') raiseValue("expected ':' after conversion specifier");
    }
  }
  const size_t specStart = pos;
  for (int open = 1; pos < fmt.size();) {
    c = fmt[pos++];
    if (c == '{') {
      ++open;
    } else if (c == '}' && --open == 0) {
      f.spec = fmt.substr(specStart, pos - 1 - specStart);
      f.end = pos;
      return f;
    }
  }
  raiseValue("unmatched '{' in format spec");
}

std::string renderField(FormatState& st, const FieldParts& field, int depth) {
  Value v = lookupField(st, std::string(field.name));
  std::string spec(field.spec);
  if (field.conversion == "r") {
    v = str(st.vm.repr(v));
  } else if (field.conversion == "s") {
    v = str(st.vm.str(v));
  } else if (field.conversion == "a") {
    v = str(asciiEscaped(st.vm.repr(v)));
  } else if (!field.conversion.empty()) {
    size_t at = 0;
    const char32_t cp = utf8Decode(field.conversion, at);
    if (cp > 32 && cp < 127) raiseValue("Unknown conversion specifier " + std::string(field.conversion));
    char hex[16];
    std::snprintf(hex, sizeof hex, "\\x%x", unsigned(cp));
    raiseValue(std::string("Unknown conversion specifier ") + hex);
  }
  if (spec.find('{') != std::string::npos) {
    // A spec may hold fields ("{:{width}}"), but their own specs may not.
    if (depth >= 1) raiseValue("Max string recursion exceeded");
    spec = formatString(st, spec, depth + 1);
  }
  return formatValue(st.vm, v, spec);
}

std::string formatString(FormatState& st, std::string_view fmt, int depth) {
  std::string out;
  size_t i = 0;
  while ((i = scanFormatLiteral(fmt, i, out)) < fmt.size()) {
    if (fmt[i] == '}') raiseValue("Single '}' encountered in format string");
    if (i + 1 == fmt.size()) raiseValue("Single '{' encountered in format string");
    const FieldParts field = parseField(fmt, i + 1);
    out += renderField(st, field, depth);
    i = field.end;
  }
  return out;
}

Value m_format(Interpreter& vm, Args a, const Value&) {
  StrObj* s = selfStr(a, "format");
  FormatState st{vm, a};
  return str(formatString(st, s->view(), 0));
}

Value m_str_format_map(Interpreter& vm, Args a, const Value&) {
  (void)vm;
  selfStr(a, "format_map");
  throwError(T().NotImplementedError, "Yieldscope does not support str.format_map");
}

}  // namespace

Value splitResultList(std::vector<Value> parts, int64_t maxsplit) {
  constexpr size_t kMaxPrealloc = 12;  // MAX_PREALLOC
  const size_t slots = maxsplit < 0 || uint64_t(maxsplit) >= kMaxPrealloc ? kMaxPrealloc : size_t(maxsplit) + 1;
  Value result = newList();
  ListObj* list = result.as<ListObj>();
  const size_t inPlace = std::min(parts.size(), kMaxPrealloc);
  list->items.assign(parts.begin(), parts.begin() + ptrdiff_t(inPlace));
  list->allocated = slots;
  list->accountedSize = slots;  // PyList_New(slots) counts its empty slots while it is filled
  list->hasStorage = true;
  for (size_t i = inPlace; i < parts.size(); ++i) list->append(parts[i]);
  list->accountedSize = list->items.size();  // FIX_PREALLOC_SIZE trims the size only
  list->setAccounted(getsizeofObject(*list));
  return result;
}

bool isIdentifier(std::string_view utf8) {
  const std::u32string u = decodeUtf8(utf8);
  if (u.empty()) return false;
  for (size_t i = 0; i < u.size(); ++i)
    if (!(i == 0 ? hasClass(u[i], CharClass::IdentifierStart) : hasClass(u[i], CharClass::IdentifierContinue)))
      return false;
  return true;
}

std::string formatValue(Interpreter& vm, const Value& v, std::string_view spec) {
  if (v.is(ObjKind::Instance)) {
    Value m;
    if (typeOf(v)->lookup("__format__", m) && !m.is(ObjKind::Builtin)) {
      Value s = str(std::string(spec));
      Value r = vm.call(vm.getAttr(v, "__format__"), std::span<const Value>(&s, 1));
      if (!r.is(ObjKind::Str)) raiseType("__format__ must return a str, not " + typeName(r));
      return std::string(strView(r));
    }
  }
  if (spec.empty()) {
    if (v.is(ObjKind::Str)) return std::string(strView(v));
    // PyObject_Format calls object.__format__, a C method (a recursion unit),
    // which takes str(v).
    std::optional<RecursionUnit> unit;
    if (v.is(ObjKind::Instance)) unit.emplace(vm, " while calling a Python object");
    return vm.str(v);
  }
  try {
    if (v.isBool()) return formatInt(v.asInt(), spec, "bool");
    if (v.isInt()) return formatInt(v.asInt(), spec);
    if (v.is(ObjKind::BigInt)) return formatInt(v.as<BigIntObj>()->value, spec);
    if (v.isFloat()) return formatFloat(v.asFloat(), spec);
    if (v.is(ObjKind::Str)) return formatStr(strView(v), spec);
  } catch (const FormatError& e) {
    throwFormatError(e);
  }
  // complex.__format__ has a mini-language of its own (no '=' alignment or
  // zero padding, parenthesised results) that is not implemented: saying so
  // beats the TypeError CPython never raises for it.
  double re = 0, im = 0;
  if (complexParts(v, re, im))
    throwError(T().NotImplementedError, "Yieldscope does not support format specs for complex numbers yet");
  raiseType("unsupported format string passed to " + typeName(v) + ".__format__");
}

// str.translate(table): each code point is looked up in the table (any
// mapping); a missing key keeps it, None drops it, an int or str replaces it.
Value m_translate(Interpreter& vm, Args a, const Value&) {
  StrObj* s = selfStr(a, "translate");
  noKwargs(a, "str.translate");
  methodCount(a, "translate", 1, 1);
  std::u32string out;
  for (char32_t c : decodeUtf8(s->view())) {
    Value r;
    try {
      r = vm.getItem(a[1], Value::integer(int64_t(c)));
    } catch (const PyErr& e) {
      if (!errIs(e, T().LookupError)) throw;
      out.push_back(c);
      continue;
    }
    if (r.isNone()) continue;
    if (r.isInt()) {
      if (r.asInt() < 0 || r.asInt() > 0x10FFFF) raiseValue("character mapping must be in range(0x110000)");
      out.push_back(char32_t(r.asInt()));
    } else if (r.is(ObjKind::Str)) {
      out += decodeUtf8(strView(r));
    } else {
      raiseType("character mapping must return integer, None or str");
    }
  }
  return str(encodeUtf8(out));
}

// str.maketrans(x[, y[, z]]), a static method: the table translate() reads.
Value m_maketrans(Interpreter&, Args a, const Value&) {
  noKwargs(a, "str.maketrans");
  if (a.size() < 1 || a.size() > 3)
    raiseType(std::string("maketrans expected ") +
              (a.size() < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + std::to_string(a.size())));
  Value table = newDict();
  DictObj* d = table.as<DictObj>();
  if (a.size() == 1) {
    if (!a[0].is(ObjKind::Dict)) raiseType("if you give only one argument to maketrans it must be a dict");
    for (auto& e : a[0].as<DictObj>()->entries) {
      if (!e.live) continue;
      if (e.key.is(ObjKind::Str)) {
        std::u32string k = decodeUtf8(strView(e.key));
        if (k.size() != 1) raiseValue("string keys in translate table must be of length 1");
        d->set(Value::integer(int64_t(k[0])), e.value);
      } else if (e.key.isInt() || e.key.isBool()) {
        d->set(Value::integer(e.key.asInt()), e.value);
      } else {
        raiseType("keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  // The clinic checks y and z are str before the body looks at x.
  if (!a[1].is(ObjKind::Str)) raiseType("maketrans() argument 2 must be str, not " + argTypeName(a[1]));
  if (a.size() == 3 && !a[2].is(ObjKind::Str))
    raiseType("maketrans() argument 3 must be str, not " + argTypeName(a[2]));
  if (!a[0].is(ObjKind::Str)) raiseType("first maketrans argument must be a string if there is a second argument");
  std::u32string x = decodeUtf8(strView(a[0])), y = decodeUtf8(strView(a[1]));
  if (x.size() != y.size()) raiseValue("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i) d->set(Value::integer(int64_t(x[i])), Value::integer(int64_t(y[i])));
  if (a.size() == 3)
    for (char32_t c : decodeUtf8(strView(a[2]))) d->set(Value::integer(int64_t(c)), Value());
  return table;
}

namespace {

// The bodies of the method families str shares with bytes (stringlib.h).
struct StrText {
  static constexpr auto find = findImpl;
  static constexpr auto affix = ::ys::affix;
  static constexpr auto changeCase = upperOrLower;
  static constexpr auto strip = stripImpl;
};

}  // namespace

void installStrMethods(const BuiltinTypes& t) {
  ClassObj* c = t.str;
  addMethods(c, kStringlibMethods<StrText>);
  static const NativeEntry methods[] = {
      {"casefold", m_casefold},
      {"swapcase", m_swapcase},
      {"title", m_title},
      {"capitalize", m_capitalize},
      {"isdigit", [](Interpreter&, Args a, const Value&) { return allInClass(a, "isdigit", CharClass::Digit); }},
      {"isdecimal", [](Interpreter&, Args a, const Value&) { return allChars(a, "isdecimal", uniDecimal); }},
      {"isnumeric", [](Interpreter&, Args a, const Value&) { return allInClass(a, "isnumeric", CharClass::Numeric); }},
      {"isalpha", [](Interpreter&, Args a, const Value&) { return allInClass(a, "isalpha", CharClass::Alpha); }},
      {"isalnum", [](Interpreter&, Args a, const Value&) { return allChars(a, "isalnum", isAlnumChar); }},
      {"isspace", [](Interpreter&, Args a, const Value&) { return allChars(a, "isspace", uniSpace); }},
      {"isascii", m_isascii},
      {"isprintable", m_isprintable},
      {"isupper", [](Interpreter&, Args a, const Value&) { return caseCheck(a, "isupper", true); }},
      {"islower", [](Interpreter&, Args a, const Value&) { return caseCheck(a, "islower", false); }},
      {"istitle", m_istitle},
      {"isidentifier", m_isidentifier},
      {"count", m_count},
      {"__contains__", m_contains},
      {"__len__", m_len},
      {"__getitem__", m_getitem},
      {"split", [](Interpreter&, Args a, const Value&) { return splitImpl(a, "split", false); }},
      {"rsplit", [](Interpreter&, Args a, const Value&) { return splitImpl(a, "rsplit", true); }},
      {"splitlines", m_splitlines},
      {"join", m_join},
      {"replace", m_replace},
      {"partition", [](Interpreter&, Args a, const Value&) { return partitionImpl(a, "partition", false); }},
      {"rpartition", [](Interpreter&, Args a, const Value&) { return partitionImpl(a, "rpartition", true); }},
      {"removeprefix", m_removeprefix},
      {"removesuffix", m_removesuffix},
      {"ljust", [](Interpreter&, Args a, const Value&) { return padImpl(a, "ljust", -1); }},
      {"rjust", [](Interpreter&, Args a, const Value&) { return padImpl(a, "rjust", 1); }},
      {"center", [](Interpreter&, Args a, const Value&) { return padImpl(a, "center", 0); }},
      {"zfill", m_zfill},
      {"expandtabs", m_expandtabs},
      {"encode", m_encode},
      {"format", m_format},
      {"format_map", m_str_format_map},
      {"translate", m_translate},
  };
  addMethods(c, methods);
  addStaticMethod(c, "maketrans", m_maketrans);
}

}  // namespace ys
