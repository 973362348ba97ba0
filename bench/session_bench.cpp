// session_bench — what the debugger costs on a long run.
//
//   session_bench FILE            a program of yours
//   session_bench --pipeline N    the built-in generator pipeline over N items (about 10 N steps)
//
// Loads the program into a Session (the recording run, its checkpoints and the
// eager twin), then times the moves the window makes: Next, 40 Backs in a row
// from the end, 30 jumps to random steps. Prints one figure a line, `name
// value`. Speed is measured here, never asserted in tests.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "core/debug/session.h"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <class F>
double timeMs(F&& f) {
  const auto start = Clock::now();
  f();
  return msSince(start);
}

double p95(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

double peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0;
}

std::string pipeline(long n) {
  return "def numbers(n):\n"
         "    for i in range(n):\n"
         "        yield i\n"
         "\n"
         "def squares(it):\n"
         "    for x in it:\n"
         "        yield x * x\n"
         "\n"
         "total = 0\n"
         "for s in squares(numbers(" +
         std::to_string(n) +
         ")):\n"
         "    total += s\n"
         "print(total)\n";
}

void figure(const char* name, double value) {
  std::printf("%s %.3f\n", name, value);
}

}  // namespace

int main(int argc, char** argv) {
  std::string program, name;
  if (argc == 3 && !std::strcmp(argv[1], "--pipeline")) {
    program = pipeline(std::stol(argv[2]));
    name = "pipeline.py";
  } else if (argc == 2) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "session_bench: cannot read %s\n", argv[1]);
      return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    program = text.str();
    name = argv[1];
  } else {
    std::fputs("usage: session_bench FILE | session_bench --pipeline N\n", stderr);
    return 2;
  }

  ys::SessionOptions options;
  options.budgets.maxSteps = 50'000'000;
  ys::Session session(options);
  bool loaded = false;
  const double loadMs = timeMs([&] { loaded = session.load(program, name); });
  if (!loaded || session.stepCount() == 0) {
    std::fprintf(stderr, "session_bench: the program did not load\n");
    return 1;
  }
  const uint64_t steps = session.stepCount();
  const uint64_t last = steps - 1;

  std::vector<double> next, back, jumps;
  session.goTo(steps / 3);
  for (int i = 0; i < 50; ++i) next.push_back(timeMs([&] { session.next(); }));
  session.goTo(last);
  for (int i = 0; i < 40; ++i) back.push_back(timeMs([&] { session.back(); }));
  std::mt19937_64 random(2026);
  for (int i = 0; i < 30; ++i) {
    const uint64_t target = random() % steps;
    jumps.push_back(timeMs([&] { session.goTo(target); }));
  }
  const ys::EngineStats stats = session.engineStats();
  const double historyBytes = double(steps * sizeof(ys::StepRecord));

  figure("steps", double(steps));
  figure("load_ms", loadMs);
  figure("load_ns_per_step", loadMs * 1e6 / double(steps));
  figure("next_p95_ms", p95(next));
  figure("back_p95_ms", p95(back));
  figure("goto_p95_ms", p95(jumps));
  figure("goto_max_ms", *std::max_element(jumps.begin(), jumps.end()));
  figure("history_bytes_per_step", historyBytes / double(steps));
  figure("checkpoints", double(stats.checkpoints));
  figure("checkpoint_spacing_ms", double(stats.checkpointSpacingNs) / 1e6);
  figure("engine_processes_pss_mb", double(stats.engineProcessBytes) / (1024.0 * 1024.0));
  figure("history_and_checkpoints_bytes_per_step", (historyBytes + double(stats.engineProcessBytes)) / double(steps));
  figure("output_bytes", double(session.output().size()));
  figure("peak_rss_mb", peakRssMb());
  return 0;
}
