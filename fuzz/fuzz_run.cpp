// fuzz_run: a program -> run under small step, memory and recursion budgets.
// Never crashes, never hangs past its budget (libFuzzer's -timeout catches a
// hang), and an uncaught exception always comes with a traceback.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/bigstack.h"
#include "core/vm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  ys::RunResult result;
  ys::runOnBigStack([&] {
    ys::VM vm(ys::Budgets{20'000, 16ll << 20, 200});
    vm.setOutput([](std::string_view) {});
    result = vm.runSource(source, "fuzz.py");
  });
  if (result.status == ys::RunStatus::Raised && result.stderrText.empty()) std::abort();
  return 0;
}
