// budgets.h — the limits a run is held to (steps, memory, recursion, int
// size), in a plain struct the window and the command line can see without
// the object model.
#pragma once

#include <cstdint>

namespace ys {

struct Budgets {
  uint64_t maxSteps = 0;             // executed line events; 0 = unlimited
  int64_t maxMemoryBytes = 0;        // HeapAccount live bytes; 0 = unlimited (MemoryError)
  int32_t maxRecursionDepth = 1000;  // Python frames (RecursionError): the initial
                                     // sys.getrecursionlimit(), as CPython's default
  // The largest int a product or power may make (MemoryError past it): 2^23
  // bits, about 2.5 million digits, made in about a second; CPython will not
  // even print an int past 4300 digits.
  int64_t maxIntBits = int64_t(1) << 23;
};

}  // namespace ys
