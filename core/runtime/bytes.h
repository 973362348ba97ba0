// bytes.h — bytes and bytearray, the two binary sequences.
//
// One object kind (ObjKind::Bytes) serves both, as SetObj serves set and
// frozenset: `isArray` tells a mutable bytearray from an immutable bytes.
// The bytes are kept in a std::string (any byte value, not UTF-8).
//
// sys.getsizeof follows CPython 3.11: a bytes is 33 + len (the PyBytesObject
// header, one byte per item and the trailing NUL); a bytearray is 56 plus its
// buffer, whose size `allocated` follows PyByteArray_Resize's over-allocation
// (resized() below), so a bytearray grown by append shows the same sizes as
// in CPython. `offset` mirrors ob_start - ob_bytes: `del ba[:k]` advances the
// start instead of moving the bytes, and the resize rule counts it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/runtime/value.h"

namespace ys {

struct BytesObj : Object {
  BytesObj(std::string d, bool array);
  std::string data;           // the bytes themselves
  bool isArray = false;       // bytearray (mutable, unhashable) rather than bytes
  size_t allocated = 0;       // bytearray: CPython's ob_alloc (0 for a bytes)
  size_t offset = 0;          // bytearray: CPython's logical offset (ob_start - ob_bytes)
  size_t accountedSize = 0;   // bytearray: data.size() as of the last resized()
  mutable uint64_t hash = 0;  // bytes: 0 = not computed yet
  std::string_view view() const { return data; }
  // bytearray only: after data changed size, CPython's PyByteArray_Resize
  // from the old size to data.size() (updates allocated and the heap account).
  void resized();
  // bytearray only: CPython drops `n` bytes at the front by moving the start.
  void dropFront(size_t n);
};

// A new bytes / bytearray holding `data`. A fresh bytearray gets CPython's
// PyByteArray_FromStringAndSize buffer: len + 1 bytes, none when empty.
Value newBytes(std::string data);
Value newByteArray(std::string data);
// A new object of the same kind as `like` (bytes or bytearray).
Value newBytesLike(const BytesObj& like, std::string data);

// repr as CPython prints it: b'...' (double quotes when the bytes contain a
// single quote and no double quote), \t \n \r \\ and \xNN escapes; a
// bytearray wraps it as bytearray(b'...').
std::string bytesRepr(const BytesObj& b);

// The hash of a bytes: equal to the hash of the ASCII str with the same
// characters, as in CPython (both hash the same bytes).
uint64_t hashBytesObj(const BytesObj& b);

}  // namespace ys
