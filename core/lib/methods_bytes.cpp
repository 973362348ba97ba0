// methods_bytes.cpp — bytes and bytearray: construction, operators, methods
// and the utf-8 / ascii / latin-1 codecs (str.encode, bytes.decode).
//
// Both types share every method (a bytearray's results are bytearrays);
// bytearray adds the mutators (append, extend, pop, insert, remove, clear,
// reverse, copy), each resizing through BytesObj::resized() so
// sys.getsizeof follows CPython's PyByteArray_Resize. Messages are CPython
// 3.11's. The methods lesson programs rarely use are installed as stubs that
// refuse by name, so `b.title()` says it is not supported instead of
// claiming bytes has no such attribute.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "core/frontend/ast.h"
#include "core/lib/builtins_util.h"
#include "core/lib/bytes_ops.h"
#include "core/lib/stringlib.h"

namespace ys {

namespace {

[[noreturn]] void refuse(const std::string& what) {
  throwError(T().NotImplementedError, "Yieldscope does not support " + what + " yet");
}

BytesObj* selfBytes(Args a, const char* method) {
  if (a.size() == 0 || !a[0].is(ObjKind::Bytes))
    raiseDescriptorMismatch(method, "bytes", a.size() ? typeName(a[0]) : "NoneType");
  return a[0].as<BytesObj>();
}

BytesObj* selfArray(Args a, const char* method) {
  if (a.size() == 0 || !a[0].is(ObjKind::Bytes) || !a[0].as<BytesObj>()->isArray)
    raiseDescriptorMismatch(method, "bytearray", a.size() ? typeName(a[0]) : "NoneType");
  return a[0].as<BytesObj>();
}

// The bytearray a positional-only mutator (append, extend, pop, insert,
// remove) changes, once its arguments are checked.
BytesObj* arrayToChange(Args a, const char* method, size_t min, size_t max) {
  BytesObj* b = selfArray(a, method);
  noKwargs(a, method);
  methodCount(a, method, min, max);
  return b;
}

// Argument-clinic wording of these methods: "find() takes at least 1 argument
// (0 given)", "split() takes at most 2 arguments (3 given)".
void countArgs(Args a, const char* method, size_t min, size_t max) {
  const size_t n = a.size() ? a.size() - 1 : 0;
  auto plural = [](size_t k) { return std::to_string(k) + (k == 1 ? " argument" : " arguments"); };
  if (n < min)
    raiseType(std::string(method) + "() takes at least " + plural(min) + " (" + std::to_string(n) + " given)");
  if (n > max)
    raiseType(std::string(method) + "() takes at most " + plural(max) + " (" + std::to_string(n) + " given)");
}

// The two optional, positional-or-keyword parameters of split, hex and
// decode: the keywords and the count checked, then each one's value (null
// when not given).
struct OptionalPair {
  const Value* first;
  const Value* second;
};
OptionalPair optionalPair(Args a, const char* method, std::string_view first, std::string_view second) {
  allowKwargs(a, method, {first, second});
  countArgs(a, method, 0, 2);
  return {argOrKwarg(a, 1, first), argOrKwarg(a, 2, second)};
}

// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
std::string_view bytesArg(const Value& v) {
  if (!v.is(ObjKind::Bytes)) raiseType("a bytes-like object is required, not '" + typeName(v) + "'");
  return v.as<BytesObj>()->view();
}

// An int 0..255 (appended, assigned or searched for).
unsigned char byteValue(const Value& v, const char* rangeMessage = "byte must be in range(0, 256)") {
  if (v.is(ObjKind::BigInt)) raiseValue(rangeMessage);
  int64_t n = indexOf(v);
  if (n < 0 || n > 255) raiseValue(rangeMessage);
  return static_cast<unsigned char>(n);
}

bool isSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// ---------------------------------------------------------------- codecs

// CPython's codec lookup: the name lowercased, each run of characters other
// than letters, digits and '.' made one '_' (none at either end), then
// encodings.aliases or a module of the encodings package.
const char* cpythonCodecModule(std::string_view encoding) {
  static const std::pair<std::string_view, const char*> kCodecs[] = {
#include "core/lib/cpython_codec_names.inc"
  };
  std::string n;
  bool punct = false;
  for (char ch : encoding) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.') {
      if (punct && !n.empty()) n += '_';
      n += char(std::tolower(c));
      punct = false;
    } else if (c < 0x80) {
      punct = true;
    }
  }
  // A row whose name is its module's is the module itself, not an alias.
  auto find = [&](std::string_view k, bool orModule) -> const char* {
    for (const auto& [alias, module] : kCodecs)
      if (alias == k && (orModule || alias != module)) return module;
    return nullptr;
  };
  std::string dotless = n;
  std::replace(dotless.begin(), dotless.end(), '.', '_');
  if (const char* m = find(n, false)) return m;
  if (const char* m = find(dotless, false)) return m;
  return n.find('.') == std::string::npos ? find(n, true) : nullptr;
}

// The codec the engine implements for `encoding` (utf-8, ascii, latin-1).
// LookupError for a name CPython does not know or for one of its bytes-to-
// bytes codecs (hex, base64 ...); NotImplementedError for any other real one.
std::string codecName(std::string_view encoding, bool encoding_) {
  const char* module = cpythonCodecModule(encoding);
  if (!module) throwError(T().LookupError, "unknown encoding: " + std::string(encoding));
  const std::string_view m = module;
  if (m == "utf_8") return "utf-8";
  if (m == "utf_8_sig") return "utf-8-sig";
  if (m == "ascii") return "ascii";
  if (m == "latin_1") return "latin-1";
  for (std::string_view binary :
       {"base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "rot_13", "uu_codec", "zlib_codec"})
    if (m == binary)
      throwError(T().LookupError, "'" + std::string(encoding) + "' is not a text encoding; use codecs." +
                                      (encoding_ ? "encode" : "decode") + "() to handle arbitrary codecs");
  refuse("the '" + std::string(encoding) + "' encoding");
}

// The error handlers, looked up (as CPython does) only when an error needs one.
enum class OnError { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass };
OnError errorHandler(std::string_view errors) {
  static const std::pair<std::string_view, OnError> kHandlers[] = {
      {"strict", OnError::Strict},
      {"ignore", OnError::Ignore},
      {"replace", OnError::Replace},
      {"backslashreplace", OnError::BackslashReplace},
      {"xmlcharrefreplace", OnError::XmlCharRefReplace},
      {"surrogateescape", OnError::SurrogateEscape},
      {"surrogatepass", OnError::SurrogatePass},
  };
  for (const auto& [name, h] : kHandlers)
    if (name == errors) return h;
  if (errors == "namereplace") refuse("errors='namereplace'");
  throwError(T().LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

std::string charRepr(char32_t c) {
  char buf[16];
  if (c < 0x100)
    std::snprintf(buf, sizeof buf, "'\\x%02x'", unsigned(c));
  else if (c < 0x10000)
    std::snprintf(buf, sizeof buf, "'\\u%04x'", unsigned(c));
  else
    std::snprintf(buf, sizeof buf, "'\\U%08x'", unsigned(c));
  return buf;
}

[[noreturn]] void encodeError(const std::string& codec, const std::u32string& text, size_t from, size_t to,
                              const char* reason) {
  std::string msg = "'" + codec + "' codec can't encode ";
  if (to - from == 1)
    msg += "character " + charRepr(text[from]) + " in position " + std::to_string(from);
  else
    msg += "characters in position " + std::to_string(from) + "-" + std::to_string(to - 1);
  throwError(T().UnicodeEncodeError, msg + ": " + reason);
}

[[noreturn]] void decodeError(const std::string& codec, std::string_view data, size_t from, size_t to,
                              const char* reason) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", unsigned(static_cast<unsigned char>(data[from])));
  std::string msg = "'" + codec + "' codec can't decode ";
  if (to - from == 1)
    msg += std::string("byte ") + buf + " in position " + std::to_string(from);
  else
    msg += "bytes in position " + std::to_string(from) + "-" + std::to_string(to - 1);
  throwError(T().UnicodeDecodeError, msg + ": " + reason);
}

// A decoding error over data[from, to): the handler's text appended to out;
// returns where decoding resumes.
size_t onDecodeError(std::string& out, const std::string& codec, std::string_view data, size_t from, size_t to,
                     const char* reason, std::string_view errors) {
  switch (errorHandler(errors)) {
    case OnError::Strict:
      break;
    case OnError::Ignore:
      return to;
    case OnError::Replace:
      appendUtf8(out, 0xFFFD);
      return to;
    case OnError::BackslashReplace:
      for (size_t i = from; i < to; ++i) out += hexEscape(static_cast<unsigned char>(data[i]));
      return to;
    case OnError::XmlCharRefReplace:
      raiseType("don't know how to handle UnicodeDecodeError in error callback");
    case OnError::SurrogateEscape: {
      // U+DC80 + byte, which a str here holds as the byte itself.
      bool ascii = false;
      for (size_t i = from; i < to; ++i) ascii = ascii || static_cast<unsigned char>(data[i]) < 0x80;
      if (ascii) break;
      out.append(data.substr(from, to - from));
      return to;
    }
    case OnError::SurrogatePass: {
      // An encoded surrogate (ED A0..BF 80..BF) in UTF-8 decodes to it.
      auto byteAt = [&](size_t i) { return i < data.size() ? static_cast<unsigned char>(data[i]) : 0u; };
      if (codec != "utf-8" || byteAt(from) != 0xED || byteAt(from + 1) < 0xA0 || byteAt(from + 1) > 0xBF ||
          byteAt(from + 2) < 0x80 || byteAt(from + 2) > 0xBF)
        break;
      const uint32_t cp = 0xD000 | ((byteAt(from + 1) & 0x3F) << 6) | (byteAt(from + 2) & 0x3F);
      if (cp < 0xDC80 || cp > 0xDCFF) refuse("lone surrogates such as the one errors='surrogatepass' decodes here");
      utf8Append(out, cp);
      return from + 3;
    }
  }
  decodeError(codec, data, from, to, reason);
}

// CPython's UTF-8 decoder: each malformed sequence is the error range it
// names (invalid start byte, invalid continuation byte, unexpected end).
std::string decodeUtf8With(std::string_view d, std::string_view errors) {
  std::string out;
  for (size_t i = 0; i < d.size();) {
    const unsigned char c = static_cast<unsigned char>(d[i]);
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      i = onDecodeError(out, "utf-8", d, i, i + 1, "invalid start byte", errors);
      continue;
    }
    size_t k = 1, bad = 0;
    const char* reason = nullptr;
    for (; k <= need; ++k) {
      if (i + k >= d.size()) {
        bad = d.size();
        reason = "unexpected end of data";
        break;
      }
      const unsigned char x = static_cast<unsigned char>(d[i + k]);
      const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
      if (x < l || x > h) {
        bad = i + k;
        reason = "invalid continuation byte";
        break;
      }
    }
    if (reason) {
      i = onDecodeError(out, "utf-8", d, i, bad, reason, errors);
      continue;
    }
    out.append(d.substr(i, need + 1));
    i += need + 1;
  }
  return out;
}

// The clinic's str converter refuses a NUL in either name before any lookup.
void checkCodecArgs(std::string_view encoding, std::string_view errors) {
  if (encoding.find('\0') != std::string_view::npos || errors.find('\0') != std::string_view::npos)
    raiseValue("embedded null character");
}

std::string decodeBytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  checkCodecArgs(encoding, errors);
  const std::string codec = codecName(encoding, false);
  if (codec == "utf-8") return decodeUtf8With(data, errors);
  // utf-8-sig: a leading BOM dropped, the rest (positions from after it) UTF-8.
  if (codec == "utf-8-sig") return decodeUtf8With(data.substr(data.starts_with("\xEF\xBB\xBF") ? 3 : 0), errors);
  std::string out;
  for (size_t i = 0; i < data.size();) {
    const unsigned char c = static_cast<unsigned char>(data[i]);
    if (c >= 0x80 && codec == "ascii") {
      i = onDecodeError(out, "ascii", data, i, i + 1, "ordinal not in range(128)", errors);
      continue;
    }
    appendUtf8(out, char32_t(c));
    ++i;
  }
  return out;
}

}  // namespace

Value encodeText(std::string_view utf8, std::string_view encoding, std::string_view errors) {
  checkCodecArgs(encoding, errors);
  std::string codec = codecName(encoding, true);
  std::string out;
  if (codec == "utf-8-sig") {  // a BOM, then UTF-8 (whose name the errors give)
    out = "\xEF\xBB\xBF";
    codec = "utf-8";
  }
  const std::u32string text = decodeUtf8(utf8);
  const char32_t limit = codec == "ascii" ? 0x80 : codec == "latin-1" ? 0x100 : 0x110000;
  auto bad = [&](char32_t c) { return codec == "utf-8" ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit; };
  const char* reason = codec == "utf-8"   ? "surrogates not allowed"
                       : codec == "ascii" ? "ordinal not in range(128)"
                                          : "ordinal not in range(256)";
  for (size_t i = 0; i < text.size();) {
    if (!bad(text[i])) {
      if (codec == "utf-8")
        appendUtf8(out, text[i]);
      else
        out += static_cast<char>(text[i]);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && bad(text[j])) ++j;
    bool handled = true;
    switch (errorHandler(errors)) {
      case OnError::Strict:
        handled = false;
        break;
      case OnError::Ignore:
        break;
      case OnError::Replace:
        out.append(j - i, '?');
        break;
      case OnError::BackslashReplace:
        for (size_t k = i; k < j; ++k) out += hexEscape(text[k]);
        break;
      case OnError::XmlCharRefReplace:
        for (size_t k = i; k < j; ++k) out += "&#" + std::to_string(uint32_t(text[k])) + ";";
        break;
      case OnError::SurrogateEscape:
        for (size_t k = i; k < j; ++k) handled = handled && text[k] >= 0xDC80 && text[k] <= 0xDCFF;
        if (handled)
          for (size_t k = i; k < j; ++k) out += static_cast<char>(text[k] - 0xDC00);
        break;
      case OnError::SurrogatePass:
        handled = codec == "utf-8";
        if (handled)
          for (size_t k = i; k < j; ++k) appendUtf8(out, text[k]);
        break;
    }
    if (!handled) encodeError(codec, text, i, j, reason);
    i = j;
  }
  return newBytes(std::move(out));
}

Value decodeToStr(std::string_view data, std::string_view encoding, std::string_view errors) {
  return str(decodeBytes(data, encoding, errors));
}

namespace {

// ---------------------------------------------------------------- construction

// bytes(...) / bytearray(...): source, encoding, errors as CPython takes them.
Value construct(Interpreter& vm, Args a, bool array) {
  const char* name = array ? "bytearray" : "bytes";
  allowKwargs(a, name, {"source", "encoding", "errors"});
  if (a.size() > 3)
    raiseType(std::string(name) + "() takes at most 3 arguments (" + std::to_string(a.size() + a.kw.size()) +
              " given)");
  const Value* source = argOrKwarg(a, 0, "source");
  const CodecArgs codec = codecArgs(a, name);
  auto make = [array](std::string s) { return array ? newByteArray(std::move(s)) : newBytes(std::move(s)); };
  if (!source) {
    if (codec.encoding) raiseType("encoding without a string argument");
    if (codec.errors) raiseType("errors without a string argument");
    return make("");
  }
  if (source->is(ObjKind::Str)) {
    if (!codec.encoding) raiseType("string argument without an encoding");
    Value b = encodeText(strView(*source), strView(*codec.encoding), codec.errorsOr("strict"));
    return array ? make(b.as<BytesObj>()->data) : b;
  }
  if (codec.encoding) raiseType("encoding without a string argument");
  if (codec.errors) raiseType("errors without a string argument");
  if (source->is(ObjKind::Bytes)) return make(source->as<BytesObj>()->data);
  if (isIntValue(*source)) {
    if (source->is(ObjKind::BigInt)) throwError(T().OverflowError, "cannot fit 'int' into an index-sized integer");
    const int64_t n = source->asInt();
    if (n < 0) raiseValue("negative count");
    checkBudget(vm, double(n));
    return make(std::string(size_t(n), '\0'));
  }
  Value it = iterOrRaise(vm, *source, "cannot convert '" + typeName(*source) + "' object to " + name);
  const char* range = array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
  const bool sized = source->is(ObjKind::List) || source->is(ObjKind::Tuple);
  if (!array || sized) {
    std::string data;
    forEach(vm, it, [&](const Value& v) {
      data += static_cast<char>(byteValue(v, range));
      return true;
    });
    return make(std::move(data));
  }
  // bytearray(iterable): CPython appends item by item, resizing as append does.
  Value r = make("");
  BytesObj* b = r.as<BytesObj>();
  forEach(vm, it, [&](const Value& v) {
    b->data += static_cast<char>(byteValue(v, range));
    b->resized();
    return true;
  });
  return r;
}

// A class deriving from bytes or bytearray is refused by the class
// statement (VM::Impl::checkBaseType), so `cls` is always the type itself.
Value bytesConstruct(Interpreter& vm, Args a, const Value&) {
  return construct(vm, a, false);
}
Value byteArrayConstruct(Interpreter& vm, Args a, const Value&) {
  return construct(vm, a, true);
}

// ---------------------------------------------------------------- searching

// Slice-style start/end arguments (None allowed) clamped to [0, len] as
// CPython's ADJUST_INDICES does; start may stay above len.
void searchBounds(Args a, size_t first, int64_t len, int64_t& start, int64_t& end) {
  start = 0;
  end = len;
  auto get = [&](size_t i, int64_t& out) {
    if (a.size() <= i || a[i].isNone()) return;
    if (!isIntValue(a[i])) raiseType("slice indices must be integers or None or have an __index__ method");
    out = a[i].is(ObjKind::BigInt) ? (a[i].as<BigIntObj>()->value.isNegative() ? -len - 1 : len + 1) : a[i].asInt();
  };
  get(first, start);
  get(first + 1, end);
  if (end > len)
    end = len;
  else if (end < 0)
    end = std::max<int64_t>(0, end + len);
  if (start < 0) start = std::max<int64_t>(0, start + len);
}

// The needle of find/count/index: an int 0..255 or a bytes-like object.
std::string needleArg(const Value& v) {
  if (v.is(ObjKind::Bytes)) return v.as<BytesObj>()->data;
  if (isIntValue(v)) return std::string(1, static_cast<char>(byteValue(v)));
  raiseType("argument should be integer or bytes-like object, not '" + typeName(v) + "'");
}

int64_t findImpl(Args a, const char* method, bool reverse) {
  BytesObj* s = selfBytes(a, method);
  noKwargs(a, method);
  countArgs(a, method, 1, 3);
  const std::string sub = needleArg(a[1]);
  int64_t start, end;
  searchBounds(a, 2, int64_t(s->data.size()), start, end);
  if (start > end || end - start < int64_t(sub.size())) return -1;
  std::string_view hay = s->view().substr(size_t(start), size_t(end - start));
  size_t p = reverse ? hay.rfind(sub) : hay.find(sub);
  return p == std::string_view::npos ? -1 : start + int64_t(p);
}

// find / rfind answer -1 for a missing needle, index / rindex raise.
Value findMethod(Args a, const char* method, bool reverse, bool raise) {
  const int64_t r = findImpl(a, method, reverse);
  if (r < 0 && raise) raiseValue("subsection not found");
  return integer(r);
}

Value m_count(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "count");
  noKwargs(a, "count");
  countArgs(a, "count", 1, 3);
  const std::string sub = needleArg(a[1]);
  int64_t start, end;
  searchBounds(a, 2, int64_t(s->data.size()), start, end);
  if (start > end) return integer(0);
  if (sub.empty()) return integer(end - start + 1);
  std::string_view hay = s->view().substr(size_t(start), size_t(end - start));
  int64_t n = 0;
  for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) ++n;
  return integer(n);
}

Value affixImpl(Args a, const char* method, bool suffix) {
  BytesObj* s = selfBytes(a, method);
  noKwargs(a, method);
  countArgs(a, method, 1, 3);
  int64_t start, end;
  searchBounds(a, 2, int64_t(s->data.size()), start, end);
  auto test = [&](const Value& v) {
    if (!v.is(ObjKind::Bytes))
      raiseType(std::string(method) + " first arg must be bytes or a tuple of bytes, not " + typeName(v));
    std::string_view x = v.as<BytesObj>()->view();
    if (start > int64_t(s->data.size()) || end - start < int64_t(x.size())) return false;
    size_t at = suffix ? size_t(end) - x.size() : size_t(start);
    return s->view().substr(at, x.size()) == x;
  };
  if (a[1].is(ObjKind::Tuple)) {
    for (const Value& v : a[1].as<TupleObj>()->items)
      if (test(v)) return boolean(true);
    return boolean(false);
  }
  return boolean(test(a[1]));
}

// ---------------------------------------------------------------- new sequences

Value caseImpl(Args a, const char* method, bool upper) {
  BytesObj* s = selfBytes(a, method);
  methodCount(a, method, 0, 0);
  std::string r = s->data;
  mapAsciiCase(r, upper);
  return newBytesLike(*s, std::move(r));
}

Value stripImpl(Args a, const char* method, bool left, bool right) {
  BytesObj* s = selfBytes(a, method);
  if (!a.kw.empty()) raiseType(typeName(a[0]) + "." + method + "() takes no keyword arguments");
  methodCount(a, method, 0, 1);
  const bool whitespace = a.size() < 2 || a[1].isNone();
  std::string_view chars = whitespace ? std::string_view() : bytesArg(a[1]);
  auto strip = [&](char c) {
    return whitespace ? isSpace(static_cast<unsigned char>(c)) : chars.find(c) != std::string_view::npos;
  };
  std::string_view v = s->view();
  size_t b = 0, e = v.size();
  if (left)
    while (b < e && strip(v[b])) ++b;
  if (right)
    while (e > b && strip(v[e - 1])) --e;
  return newBytesLike(*s, std::string(v.substr(b, e - b)));
}

Value m_split(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "split");
  const auto [sepV, maxV] = optionalPair(a, "split", "sep", "maxsplit");
  const int64_t maxsplitGiven = maxV ? indexOf(*maxV) : -1;
  const int64_t maxsplit = maxsplitGiven < 0 ? INT64_MAX : maxsplitGiven;
  std::string_view v = s->view();
  std::vector<Value> parts;
  auto piece = [&](size_t b, size_t e) { parts.push_back(newBytesLike(*s, std::string(v.substr(b, e - b)))); };
  if (!sepV || sepV->isNone()) {
    size_t i = 0;
    while (true) {
      while (i < v.size() && isSpace(static_cast<unsigned char>(v[i]))) ++i;
      if (i >= v.size()) break;
      if (int64_t(parts.size()) >= maxsplit) {
        piece(i, v.size());  // the rest, trailing whitespace kept, as CPython's split_whitespace
        break;
      }
      size_t j = i;
      while (j < v.size() && !isSpace(static_cast<unsigned char>(v[j]))) ++j;
      piece(i, j);
      i = j;
    }
    return splitResultList(std::move(parts), maxsplitGiven);
  }
  std::string_view sep = bytesArg(*sepV);
  if (sep.empty()) raiseValue("empty separator");
  size_t i = 0;
  for (size_t p; int64_t(parts.size()) < maxsplit && (p = v.find(sep, i)) != std::string_view::npos; i = p + sep.size())
    piece(i, p);
  piece(i, v.size());
  return splitResultList(std::move(parts), maxsplitGiven);
}

Value m_join(Interpreter& vm, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "join");
  noKwargs(a, "join");
  methodCount(a, "join", 1, 1);
  // CPython's PySequence_Fast: the whole iterable is read before any item is checked.
  std::vector<Value> read;
  const std::span<const Value> items = joinItems(vm, a[1], read);
  std::string out;
  size_t index = 0;
  for (const Value& item : items) {
    if (!item.is(ObjKind::Bytes))
      raiseType("sequence item " + std::to_string(index) + ": expected a bytes-like object, " + typeName(item) +
                " found");
    if (index++) out += s->data;
    out += item.as<BytesObj>()->data;
  }
  return newBytesLike(*s, std::move(out));
}

Value m_replace(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "replace");
  noKwargs(a, "replace");
  methodCount(a, "replace", 2, 3);
  std::string_view from = bytesArg(a[1]), to = bytesArg(a[2]);
  int64_t count = a.size() >= 4 ? indexOf(a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view v = s->view();
  std::string out;
  if (from.empty()) {
    int64_t n = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (n < count) {
        out += to;
        ++n;
      }
      if (i < v.size()) out += v[i];
    }
    return newBytesLike(*s, std::move(out));
  }
  size_t i = 0;
  for (size_t p; count > 0 && (p = v.find(from, i)) != std::string_view::npos; i = p + from.size(), --count) {
    out += v.substr(i, p - i);
    out += to;
  }
  out += v.substr(i);
  return newBytesLike(*s, std::move(out));
}

// ---------------------------------------------------------------- hex and codecs

Value m_hex(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "hex");
  const auto [sepV, perV] = optionalPair(a, "hex", "sep", "bytes_per_sep");
  std::string sep;
  if (sepV) {
    if (sepV->is(ObjKind::Str)) {
      if (sepV->as<StrObj>()->length != 1) raiseValue("sep must be length 1.");
      if (!sepV->as<StrObj>()->isAscii()) raiseValue("sep must be ASCII.");
      sep = strView(*sepV);
    } else if (sepV->is(ObjKind::Bytes)) {
      sep = sepV->as<BytesObj>()->data;
      if (sep.size() != 1) raiseValue("sep must be length 1.");
      if (static_cast<unsigned char>(sep[0]) >= 0x80) raiseValue("sep must be ASCII.");
    } else {
      raiseType("object of type '" + typeName(*sepV) + "' has no len()");
    }
  }
  int64_t per = perV ? indexOf(*perV) : 1;
  static const char* digits = "0123456789abcdef";
  const std::string& d = s->data;
  const size_t group = size_t(per < 0 ? -per : per);
  std::string out;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i && !sep.empty() && group) {
      // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
      const bool boundary = per > 0 ? (d.size() - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    const unsigned char c = static_cast<unsigned char>(d[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return str(std::move(out));
}

int hexDigit(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

// bytes.fromhex / bytearray.fromhex: a class method (data: the class).
Value m_fromhex(Interpreter&, Args a, const Value&) {
  noKwargs(a, "fromhex");
  // Through the class the arguments are (cls, string); the class is bound by the classmethod.
  if (a.size() != 2) {
    const std::string type = a.size() && a[0].is(ObjKind::Class) ? a[0].as<ClassObj>()->name : std::string("bytes");
    raiseType(type + ".fromhex() takes exactly one argument (" + std::to_string(a.size() ? a.size() - 1 : 0) +
              " given)");
  }
  const bool array = a[0].is(ObjKind::Class) && a[0].as<ClassObj>() == T().bytearray;
  if (!a[1].is(ObjKind::Str)) raiseType("fromhex() argument must be str, not " + argTypeName(a[1]));
  const std::u32string s = decodeUtf8(strView(a[1]));
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] < 0x80 && isSpace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const int hi = hexDigit(s[i]);
    if (hi < 0) raiseValue("non-hexadecimal number found in fromhex() arg at position " + std::to_string(i));
    const int lo = i + 1 < s.size() ? hexDigit(s[i + 1]) : -1;
    if (lo < 0) raiseValue("non-hexadecimal number found in fromhex() arg at position " + std::to_string(i + 1));
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return array ? newByteArray(std::move(out)) : newBytes(std::move(out));
}

Value m_decode(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "decode");
  allowKwargs(a, "decode", {"encoding", "errors"});
  countArgs(a, "decode", 0, 2);
  const CodecArgs codec = codecArgs(a, "decode");
  return str(decodeBytes(s->view(), codec.encodingOr("utf-8"), codec.errorsOr("strict")));
}

Value m_len(Interpreter&, Args a, const Value&) {
  BytesObj* s = selfBytes(a, "__len__");
  methodCount(a, "__len__", 0, 0);
  return integer(int64_t(s->data.size()));
}

Value m_getitem(Interpreter& vm, Args a, const Value&) {
  selfBytes(a, "__getitem__");
  return subscriptMethod(vm, a);
}

// ---------------------------------------------------------------- bytearray mutators

Value m_append(Interpreter&, Args a, const Value&) {
  BytesObj* b = arrayToChange(a, "append", 1, 1);
  const unsigned char c = byteValue(a[1]);
  b->data += static_cast<char>(c);
  b->resized();
  return Value();
}

Value m_extend(Interpreter& vm, Args a, const Value&) {
  BytesObj* b = arrayToChange(a, "extend", 1, 1);
  std::string add;
  if (a[1].is(ObjKind::Bytes)) {
    add = a[1].as<BytesObj>()->data;
  } else {
    if (a[1].is(ObjKind::Str)) raiseType("expected iterable of integers; got: 'str'");
    Value it = iterOrRaise(vm, a[1], "can't extend bytearray with " + typeName(a[1]));
    forEach(vm, it, [&](const Value& v) {
      add += static_cast<char>(byteValue(v));
      return true;
    });
  }
  b->data += add;
  b->resized();
  return Value();
}

Value m_pop(Interpreter&, Args a, const Value&) {
  BytesObj* b = arrayToChange(a, "pop", 0, 1);
  const int64_t n = int64_t(b->data.size());
  int64_t i = a.size() >= 2 ? indexOf(a[1]) : -1;
  if (n == 0) throwError(T().IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, "pop index out of range");
  const unsigned char c = static_cast<unsigned char>(b->data[size_t(i)]);
  b->data.erase(size_t(i), 1);
  b->resized();
  return integer(c);
}

Value m_insert(Interpreter&, Args a, const Value&) {
  BytesObj* b = arrayToChange(a, "insert", 2, 2);
  int64_t i = indexOf(a[1]);
  const unsigned char c = byteValue(a[2]);
  const int64_t n = int64_t(b->data.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  b->data.insert(size_t(i), 1, static_cast<char>(c));
  b->resized();
  return Value();
}

Value m_remove(Interpreter&, Args a, const Value&) {
  BytesObj* b = arrayToChange(a, "remove", 1, 1);
  const unsigned char c = byteValue(a[1]);
  size_t p = b->data.find(static_cast<char>(c));
  if (p == std::string::npos) raiseValue("value not found in bytearray");
  b->data.erase(p, 1);
  b->resized();
  return Value();
}

Value m_clear(Interpreter&, Args a, const Value&) {
  BytesObj* b = selfArray(a, "clear");
  methodCount(a, "clear", 0, 0);
  b->data.clear();
  b->resized();
  return Value();
}

Value m_reverse(Interpreter&, Args a, const Value&) {
  BytesObj* b = selfArray(a, "reverse");
  methodCount(a, "reverse", 0, 0);
  std::reverse(b->data.begin(), b->data.end());
  return Value();
}

Value m_copy(Interpreter&, Args a, const Value&) {
  BytesObj* b = selfArray(a, "copy");
  methodCount(a, "copy", 0, 0);
  return newByteArray(b->data);
}

// The other methods of CPython's bytes and bytearray: refused by name.
Value m_refused(Interpreter&, Args a, const Value& data) {
  const std::string type = a.size() ? typeName(a[0]) : std::string("bytes");
  refuse(type + "." + std::string(strView(data)) + "()");
}

// ---------------------------------------------------------------- iterator

struct BytesIter : NativeIterObj {
  explicit BytesIter(Value s)
      : NativeIterObj(s.as<BytesObj>()->isArray ? "bytearray_iterator" : "bytes_iterator"), seq(std::move(s)) {}
  Value seq;  // None once exhausted
  size_t pos = 0;
  bool next(Interpreter&, Value& out) override {
    if (seq.isNone()) return false;
    const std::string& d = seq.as<BytesObj>()->data;
    if (pos >= d.size()) {
      seq = Value();
      return false;
    }
    out = Value::integer(static_cast<unsigned char>(d[pos++]));
    return true;
  }
  Value lengthHint() const override {
    if (seq.isNone()) return Value::integer(0);
    const size_t n = seq.as<BytesObj>()->data.size();
    return Value::integer(int64_t(n > pos ? n - pos : 0));
  }
  void traverse(Visitor& v) const override { v.visit(seq); }
};

std::string repeated(std::string_view s, int64_t n) {
  std::string r;
  r.reserve(size_t(n) * s.size());
  for (int64_t i = 0; i < n; ++i) r += s;
  return r;
}

}  // namespace

// ================================================================ operators

Value bytesBinary(Interpreter& vm, int astOpKind, const Value& a, const Value& b, bool inplace) {
  const auto k = ast::OpKind(astOpKind);
  BytesObj* x = a.as<BytesObj>();
  if (k == ast::OpKind::Add) {
    if (!b.is(ObjKind::Bytes)) raiseType("can't concat " + typeName(b) + " to " + typeName(a));
    const std::string& y = b.as<BytesObj>()->data;
    checkBudget(vm, double(x->data.size() + y.size()));
    if (inplace && x->isArray) {
      x->data += y;
      x->resized();
      return a;
    }
    return newBytesLike(*x, x->data + y);
  }
  if (k == ast::OpKind::Mult) {
    if (!hasIndex(b)) raiseType("can't multiply sequence by non-int of type '" + typeName(b) + "'");
    // A count with __index__ stands for its int.
    if (!isIntValue(b)) return bytesBinary(vm, astOpKind, a, asIndex(b), inplace);
    int64_t n = 0;
    if (b.is(ObjKind::BigInt)) {
      throwError(T().OverflowError, "cannot fit 'int' into an index-sized integer");
    } else {
      n = std::max<int64_t>(0, b.asInt());
    }
    checkBudget(vm, double(n) * double(x->data.size()));
    std::string r = repeated(x->data, n);
    if (inplace && x->isArray) {
      x->data = std::move(r);
      x->resized();
      return a;
    }
    return newBytesLike(*x, std::move(r));
  }
  if (k == ast::OpKind::Mod) refuse("%-formatting of " + typeName(a));
  return Value::unbound();
}

int bytesCompare(const BytesObj& a, const BytesObj& b) {
  const int c = a.data.compare(b.data);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool bytesContains(const BytesObj& c, const Value& item) {
  if (item.is(ObjKind::Bytes)) return c.view().find(item.as<BytesObj>()->view()) != std::string_view::npos;
  if (!isIntValue(item)) raiseType("a bytes-like object is required, not '" + typeName(item) + "'");
  return c.data.find(static_cast<char>(byteValue(item))) != std::string::npos;
}

Value bytesIter(const Value& b) {
  return newNative<BytesIter>(b);
}

Value bytesItem(const BytesObj& b, int64_t i) {
  const int64_t n = int64_t(b.data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, b.isArray ? "bytearray index out of range" : "index out of range");
  return Value::integer(static_cast<unsigned char>(b.data[size_t(i)]));
}

Value bytesSlice(const BytesObj& b, int64_t start, int64_t step, int64_t length) {
  std::string out;
  if (step == 1)
    out = b.data.substr(size_t(start), size_t(length));
  else
    for (int64_t j = 0, p = start; j < length; ++j, p += step) out += b.data[size_t(p)];
  return newBytesLike(b, std::move(out));
}

void byteArraySetItem(BytesObj& b, int64_t i, const Value& v) {
  const int64_t n = int64_t(b.data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwError(T().IndexError, "bytearray index out of range");
  b.data[size_t(i)] = static_cast<char>(byteValue(v));
}

void byteArrayDelete(BytesObj& b, int64_t start, int64_t step, int64_t length) {
  if (length <= 0) return;
  if (step < 0) {  // the same items, walked forwards
    start += (length - 1) * step;
    step = -step;
  }
  if (step == 1 && start == 0) {
    b.dropFront(size_t(length));
    return;
  }
  if (step == 1) {
    b.data.erase(size_t(start), size_t(length));
  } else {
    std::string keep;
    for (size_t j = 0; j < b.data.size(); ++j)
      if (int64_t(j) < start || (int64_t(j) - start) % step != 0 || (int64_t(j) - start) / step >= length)
        keep += b.data[j];
    b.data = std::move(keep);
  }
  b.resized();
}

// ================================================================ install

namespace {

// The bodies of the method families bytes shares with str (stringlib.h).
struct BytesText {
  static constexpr auto find = findMethod;
  static constexpr auto affix = affixImpl;
  static constexpr auto changeCase = caseImpl;
  static constexpr auto strip = stripImpl;
};

}  // namespace

void installBytesMethods(const BuiltinTypes& t) {
  t.bytes->construct = bytesConstruct;
  t.bytearray->construct = byteArrayConstruct;
  static const NativeEntry shared[] = {
      {"count", m_count}, {"split", m_split},   {"join", m_join},   {"replace", m_replace},
      {"hex", m_hex},     {"decode", m_decode}, {"__len__", m_len}, {"__getitem__", m_getitem},
  };
  static const NativeEntry arrayOnly[] = {
      {"append", m_append}, {"extend", m_extend}, {"pop", m_pop},         {"insert", m_insert},
      {"remove", m_remove}, {"clear", m_clear},   {"reverse", m_reverse}, {"copy", m_copy},
  };
  static const char* refused[] = {
      "capitalize", "center",  "expandtabs", "isalnum",  "isalpha",   "isascii",      "isdigit",      "islower",
      "isspace",    "istitle", "isupper",    "ljust",    "partition", "removeprefix", "removesuffix", "rjust",
      "rpartition", "rsplit",  "splitlines", "swapcase", "title",     "translate",    "zfill",        "maketrans",
  };
  for (ClassObj* c : {t.bytes, t.bytearray}) {
    addMethods(c, kStringlibMethods<BytesText>);
    addMethods(c, shared);
    for (const char* name : refused) {
      Value nameV;
      withoutAccount([&] { nameV = newStr(name); });
      addMethod(c, name, m_refused, nameV);
    }
    addClassMethod(c, "fromhex", m_fromhex);
  }
  addMethods(t.bytearray, arrayOnly);
}

}  // namespace ys
