// session_bench — what the debugger costs on a long run (issue 3):
// loads a generator pipeline of about 10^6 steps into a Session (the
// recording run), then times Continue to the end, Back, Next and a jump to
// the middle, and reports the history's bytes per step and the peak RSS.
// Prints numbers; asserts nothing (speed is measured, not tested).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "core/session.h"

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

long peakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

template <class F>
double timeMs(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return msSince(start);
}

}  // namespace

int main(int argc, char** argv) {
  const long n = argc > 1 ? std::stol(argv[1]) : 70000;
  const std::string program =
      "def numbers(n):\n"
      "    for i in range(n):\n"
      "        yield i\n"
      "\n"
      "def squares(it):\n"
      "    for x in it:\n"
      "        yield x * x\n"
      "\n"
      "total = 0\n"
      "for s in squares(numbers(" + std::to_string(n) + ")):\n"
      "    total += s\n"
      "print(total)\n";
  ys::SessionOptions options;
  options.budgets.maxSteps = 50'000'000;
  ys::Session session(options);
  bool loaded = false;
  const double loadMs = timeMs([&] { loaded = session.load(program, "pipeline.py"); });
  if (!loaded) {
    std::fprintf(stderr, "load failed\n");
    return 1;
  }
  const uint64_t steps = session.stepCount();
  const double historyBytes = double(session.history().capacity() * sizeof(ys::StepRecord));
  session.setBreakpoints({});
  const double firstMs = timeMs([&] { session.reset(); });
  const double continueMs = timeMs([&] { session.continueRun(); });
  const double backMs = timeMs([&] { session.back(); });
  const double nextMs = timeMs([&] { session.next(); });
  const double middleMs = timeMs([&] { session.goTo(steps / 2); });
  const double nextAfterJumpMs = timeMs([&] { session.next(); });
  std::printf("pipeline over n=%ld: %llu steps\n", n, static_cast<unsigned long long>(steps));
  std::printf("  load (recording run + eager twin): %8.1f ms  (%.0f ns a step)\n", loadMs, loadMs * 1e6 / double(steps));
  std::printf("  history: %zu B a step (%.1f MB)\n", sizeof(ys::StepRecord), historyBytes / 1e6);
  std::printf("  first snapshot %.2f ms; Continue to the end %.1f ms; Back %.1f ms; Next %.2f ms\n", firstMs,
              continueMs, backMs, nextMs);
  std::printf("  jump to the middle %.1f ms; Next after it %.2f ms\n", middleMs, nextAfterJumpMs);
  std::printf("  peak RSS of the session: %.1f MB\n", double(peakRssKb()) / 1024.0);
  std::printf("  memory: lazy peak %lld B; eager peak %lld B\n",
              static_cast<long long>(session.lazyMemory().peakBytes),
              session.eagerMemory() ? static_cast<long long>(session.eagerMemory()->peakBytes) : -1LL);
  return 0;
}
