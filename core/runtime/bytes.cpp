// bytes.cpp — construction, growth and repr of bytes and bytearray.
#include "core/runtime/bytes.h"

#include <cstdio>

#include "core/runtime/object.h"

namespace ys {

BytesObj::BytesObj(std::string d, bool array) : Object(ObjKind::Bytes), data(std::move(d)), isArray(array) {
  if (isArray) {
    allocated = data.empty() ? 0 : data.size() + 1;  // PyByteArray_FromStringAndSize
    accountedSize = data.size();
  }
}

// CPython 3.11 PyByteArray_Resize(self, size), with Py_SIZE = accountedSize.
void BytesObj::resized() {
  const size_t size = data.size();
  if (size == accountedSize) return;
  accountedSize = size;
  if (size + offset + 1 <= allocated) {
    if (size >= allocated / 2) {  // minor downsize: nothing moves
      setAccounted(getsizeofObject(*this));
      return;
    }
    allocated = size + 1;  // major downsize: exact
  } else if (double(size) <= double(allocated) * 1.125) {
    allocated = size + (size >> 3) + (size < 9 ? 3 : 6);  // moderate upsize
  } else {
    allocated = size + 1;  // major upsize: exact
  }
  offset = 0;
  setAccounted(getsizeofObject(*this));
}

// bytearray_setslice_linear deleting [0, n): the start advances, then a resize.
void BytesObj::dropFront(size_t n) {
  if (n == 0) return;
  data.erase(0, n);
  offset += n;
  resized();
}

Value newBytes(std::string data) {
  return Value::adopt(make<BytesObj>(std::move(data), false));
}

Value newByteArray(std::string data) {
  return Value::adopt(make<BytesObj>(std::move(data), true));
}

Value newBytesLike(const BytesObj& like, std::string data) {
  return like.isArray ? newByteArray(std::move(data)) : newBytes(std::move(data));
}

std::string bytesRepr(const BytesObj& b) {
  if (!b.isArray) return bytesLiteral(b.data);
  return "bytearray(" + bytesLiteral(b.data, 0, true) + ")";
}

}  // namespace ys
