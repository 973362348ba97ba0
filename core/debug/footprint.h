// footprint.h — the bytes of one step, as the memory chart draws them.
//
// footprint(vm) adds up the getsizeof sizes of core/runtime/memory.h over
// everything reachable from the live frames, generator objects and module
// globals at this moment, each object counted once, by the rule written in
// docs/MEMORY.md (shared objects are not counted). The session samples it
// while recording and the snapshot builder shows its breakdown.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ys {

class VM;

struct Footprint {
  int64_t totalBytes = 0;
  // Bytes by kind, in a fixed order: "generators", "frames", "lists", "tuples",
  // "dicts", "sets", "ints", "floats", "strings", "iterators", "other".
  std::vector<std::pair<std::string, int64_t>> byKind;
};
Footprint footprint(const VM& vm);

}  // namespace ys
