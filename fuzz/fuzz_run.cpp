// fuzz_run: a program -> run under small step, memory and recursion budgets.
// Never crashes, never hangs past its budget (fuzz/oracles.h).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz/oracles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!ys::fuzz::runOutcomeIsAcceptable(std::string(reinterpret_cast<const char*>(data), size))) std::abort();
  return 0;
}
