// fuzz_session: a program -> record it in a debugger session, then a random
// walk of Next / Back / jumps chosen by the input's last bytes. Every snapshot
// must equal the one reached by stepping from the start.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/session.h"

namespace {

std::string seen(const ys::Snapshot& s) {
  std::string out = std::to_string(s.step) + ys::eventName(s.event) + s.function + ":" + std::to_string(s.line) +
                    "|" + s.says + "|" + std::to_string(s.outputBytes) + "|" + std::to_string(s.memory.totalBytes);
  for (const auto& f : s.stack) {
    out += "\n" + f.function + ":" + std::to_string(f.line);
    for (const auto& v : f.locals) out += " " + v.name + "=" + v.value.repr;
  }
  for (const auto& g : s.generators) out += "\ng" + std::to_string(g.id) + ys::genStateName(g.state) + std::to_string(g.line);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 4) return 0;
  // The last 8 bytes (or fewer) steer the walk; the rest is the program.
  const size_t walkBytes = std::min<size_t>(8, size / 4);
  const std::string source(reinterpret_cast<const char*>(data), size - walkBytes);
  ys::SessionOptions options;
  options.budgets = ys::Budgets{400, 16ll << 20, 100};
  options.snapshotCacheSize = 2;  // make moves replay instead of hitting the cache
  ys::Session session(options);
  if (!session.load(source, "fuzz.py") || session.stepCount() == 0) return 0;
  std::vector<std::string> byStepping;
  byStepping.push_back(seen(session.goTo(0)));
  for (uint64_t k = 1; k < session.stepCount(); ++k) byStepping.push_back(seen(session.next()));
  for (size_t i = size - walkBytes; i < size; ++i) {
    const uint8_t b = data[i];
    const ys::Snapshot* s;
    switch (b % 3) {
      case 0: s = &session.next(); break;
      case 1: s = &session.back(); break;
      default: s = &session.goTo(b % session.stepCount()); break;
    }
    if (seen(*s) != byStepping[s->step]) std::abort();
  }
  return 0;
}
