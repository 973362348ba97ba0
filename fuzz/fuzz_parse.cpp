// fuzz_parse: bytes -> lexer, parser, compiler. Never crashes; every failure
// is one a user can act on (fuzz/oracles.h).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz/oracles.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!ys::fuzz::parseOutcomeIsAcceptable(std::string(reinterpret_cast<const char*>(data), size))) std::abort();
  return 0;
}
