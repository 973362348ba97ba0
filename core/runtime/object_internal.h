// object_internal.h — what the object files of the runtime (str.cpp,
// list.cpp, dict.cpp, set.cpp, hashing.cpp) share and nothing outside needs.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>

namespace ys {

// Immortal objects (interned strings, the empty tuple) are created outside any
// heap account and can never reach a zero count, even when several engine
// threads race on the unsynchronised counter.
constexpr uint32_t kImmortalRefcount = 1u << 30;

template <class T, class... A>
T* makeImmortal(A&&... args) {
  T* o = new T(std::forward<A>(args)...);
  o->refcount = kImmortalRefcount;
  return o;
}

// PERTURB_SHIFT: how the dict's and the set's probes fold in more of the hash
// after a collision (dict.cpp, set.cpp), as dictobject.c and setobject.c do.
constexpr int kPerturbShift = 5;

// The hash of a str's UTF-8 or of a bytes' data (str.cpp): str keys of a dict
// are found by it, and hash("") and hash(b"") are 0 as in CPython.
uint64_t hashBytes(std::string_view s);

class DictObj;
// dict == dict, for equalValues (dict.cpp).
bool dictsEqual(const DictObj& a, const DictObj& b);

}  // namespace ys
