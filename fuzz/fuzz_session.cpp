// fuzz_session: a program -> record it in a debugger session, then a random
// walk of Next / Back / jumps chosen by the input's last bytes. Every snapshot
// must equal the one reached by stepping from the start (fuzz/oracles.h).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz/oracles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!ys::fuzz::sessionInputIsConsistent(std::string(reinterpret_cast<const char*>(data), size))) std::abort();
  return 0;
}
