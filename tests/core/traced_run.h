// traced_run.h — a run of a program with a tracer watching, as the tests of
// the VM's tracer interface (test_events.cpp, test_vm.cpp) make it.
#pragma once

#include <string>
#include <string_view>

#include "core/vm/vm.h"

namespace ys::testing {

// Runs `source` on `vm` with `tracer` watching and the program's output dropped.
inline RunResult runTraced(VM& vm, Tracer& tracer, const std::string& source, const std::string& name) {
  vm.setTracer(&tracer);
  vm.setOutput([](std::string_view) {});
  return vm.runSource(source, name);
}

}  // namespace ys::testing
