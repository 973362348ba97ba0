// str.cpp — the str object: its code-point kind (what sys.getsizeof reads),
// its hash, the one-character and empty singletons, and the intern table of
// the names the compiler and the library use.
#include <algorithm>
#include <mutex>
#include <pthread.h>
#include <unordered_map>

#include "core/runtime/object.h"
#include "core/runtime/object_internal.h"

namespace ys {

namespace {

uint8_t kindOf(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x100 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Single-character latin-1 strings and '' are singletons in CPython.
bool isSingletonText(std::string_view s) {
  if (s.empty()) return true;
  if (s.size() == 1) return static_cast<unsigned char>(s[0]) < 0x80;
  if (s.size() == 2) {
    const auto b0 = static_cast<unsigned char>(s[0]), b1 = static_cast<unsigned char>(s[1]);
    return (b0 == 0xC2 || b0 == 0xC3) && (b1 & 0xC0) == 0x80;
  }
  return false;
}

}  // namespace

StrObj::StrObj(std::string s) : Object(ObjKind::Str), utf8(std::move(s)) {
  const std::string_view v = utf8;
  size_t i = 0;
  uint32_t n = 0;
  uint8_t kind = 1;
  while (i < v.size()) {
    if (static_cast<unsigned char>(v[i]) < 0x80) {
      ++i;
      ++n;
      continue;
    }
    kind = std::max(kind, kindOf(utf8Decode(v, i)));
    ++n;
  }
  length = n;
  maxKind = kind;
}

namespace {

struct InternTable {
  std::mutex mutex;
  std::unordered_map<std::string_view, StrObj*> map;  // views into the immortal strings
};

InternTable& internTable() {
  static InternTable* table = [] {
    auto* created = new InternTable;  // never destroyed: strings outlive statics
    // Sessions fork their engine processes from several threads: a child
    // forked while another thread held this lock would wait for it forever.
    // So fork waits until the table is free, and both sides unlock after.
    pthread_atfork([] { internTable().mutex.lock(); }, [] { internTable().mutex.unlock(); },
                   [] { internTable().mutex.unlock(); });
    return created;
  }();
  return *table;
}

}  // namespace

// CPython randomises str hashes per process, so any good hash is faithful.
// FNV-1a with a murmur-style finaliser; -1 is reserved as in CPython. The
// one fixed value is the empty text's: CPython's _Py_HashBytes gives "" and
// b"" the hash 0 whatever the seed, and programs can print it.
uint64_t hashBytes(std::string_view s) {
  if (s.empty()) return 0;
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  if (h == ~0ULL) h = ~1ULL;
  return h;
}

Value internStr(std::string_view s) {
  InternTable& t = internTable();
  std::lock_guard<std::mutex> lock(t.mutex);
  auto it = t.map.find(s);
  if (it != t.map.end()) return Value::object(it->second);
  auto* str = makeImmortal<StrObj>(std::string(s));
  str->interned = true;
  t.map.emplace(std::string_view(str->utf8), str);
  return Value::object(str);
}

Value newStr(std::string s) {
  if (isSingletonText(s)) return internStr(s);
  return Value::adopt(make<StrObj>(std::move(s)));
}
Value newStr(std::string_view s) {
  return newStr(std::string(s));
}
Value newStr(const char* s) {
  return newStr(std::string(s));
}

}  // namespace ys
