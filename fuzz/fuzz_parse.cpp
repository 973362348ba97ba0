// fuzz_parse: bytes -> lexer, parser, compiler. Never crashes; every failure
// is a SyntaxError-family error with a line inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  ys::ParseResult parsed = ys::parse(source, "fuzz.py");
  if (parsed.error) {
    const std::string& type = parsed.error->type;
    if (type != "SyntaxError" && type != "IndentationError" && type != "TabError") std::abort();
    if (parsed.error->line < 0) std::abort();
    (void)parsed.error->format();
  }
  return 0;
}
