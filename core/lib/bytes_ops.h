// bytes_ops.h — the operators of bytes and bytearray, and the codecs.
//
// The VM's operators (core/vm/vm_ops.cpp) hand bytes and bytearray operands
// to these functions, so what the two types do lives beside their methods in
// methods_bytes.cpp. Messages are CPython 3.11's, word for word. What lesson
// programs do not need (bytes % formatting, slice assignment, encodings other
// than utf-8, ascii and latin-1) is refused with NotImplementedError
// "Yieldscope does not support ... yet", never answered wrongly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/runtime/object.h"

namespace ys {

// bytes or bytearray.
inline bool isBytesLike(const Value& v) {
  return v.is(ObjKind::Bytes);
}

// a + b, a * n (and n * a), a % x for a bytes or bytearray `a`; `inplace` for
// bytearray's += and *= (which change `a`). Unbound when the operator is not one of these.
Value bytesBinary(Interpreter& vm, int astOpKind, const Value& a, const Value& b, bool inplace);
// Ordering of two binary sequences: -1, 0 or 1 (memcmp, then length).
int bytesCompare(const BytesObj& a, const BytesObj& b);
// `item in c`: an int 0..255 or a bytes-like subsequence.
bool bytesContains(const BytesObj& c, const Value& item);
// iter(b): a bytes_iterator / bytearray_iterator yielding ints.
Value bytesIter(const Value& b);
// b[i] (i not yet adjusted for negatives): an int, or IndexError.
Value bytesItem(const BytesObj& b, int64_t i);
// b[start::step] of `length` items, as a new object of b's type.
Value bytesSlice(const BytesObj& b, int64_t start, int64_t step, int64_t length);
// bytearray: ba[i] = v; del ba[i]; del ba[slice].
void byteArraySetItem(BytesObj& b, int64_t i, const Value& v);
void byteArrayDelete(BytesObj& b, int64_t start, int64_t step, int64_t length);

// str.encode(encoding, errors) of UTF-8 text: a new bytes.
Value encodeText(std::string_view utf8, std::string_view encoding, std::string_view errors);
// bytes.decode(encoding, errors) and str(b, encoding, errors): a new str.
Value decodeToStr(std::string_view data, std::string_view encoding, std::string_view errors);

}  // namespace ys
