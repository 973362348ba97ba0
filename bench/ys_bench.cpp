// ys_bench.cpp — times the engine itself on the bench programs.
//
// One benchmark per bench/programs/*.py: each iteration builds a fresh VM and
// runs the whole program with printed output discarded, so the numbers are
// parse + compile + run, without process start-up (compare_python.py measures
// whole processes against python3). Programs are found at run time, so adding
// a .py needs no rebuild; a program that raises is reported as an error.
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/vm/vm.h"

namespace {

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void runProgram(benchmark::State& state, const std::string& source, const std::string& name) {
  for (auto _ : state) {
    ys::VM vm;
    vm.setOutput([](std::string_view) {});
    const ys::RunResult result = vm.runSource(source, name);
    if (result.exitCode != 0) {
      state.SkipWithError(("program failed: " + result.stderrText).c_str());
      break;
    }
    // The VM counts steps only when something needs them (a budget or a tracer).
    if (result.steps > 0) state.counters["steps"] = static_cast<double>(result.steps);
  }
}

std::vector<std::filesystem::path> benchPrograms(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> programs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".py") programs.push_back(entry.path());
  std::sort(programs.begin(), programs.end());
  return programs;
}

}  // namespace

int main(int argc, char** argv) {
  const char* dir = std::getenv("YS_BENCH_PROGRAMS");
  for (const auto& path : benchPrograms(dir ? dir : YS_BENCH_PROGRAMS_DIR)) {
    const std::string name = path.filename().string();
    benchmark::RegisterBenchmark(("run/" + path.stem().string()).c_str(), runProgram, readFile(path), name)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
