// main.cpp — the `yieldscope` command: the window by default, plus the
// headless sub-commands run, trace and compare. Thin by design: the engine is
// core/ (yscore) and the window is ui/ (ysui).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/bigstack.h"
#include "core/session.h"
#include "core/trace_json.h"
#include "core/vm.h"

#if YS_HAVE_UI
#include "ui/app_entry.h"
#endif

namespace {

constexpr size_t kMaxSourceBytes = 16u << 20;

const char* kUsage =
    "usage: yieldscope [FILE]                 open the window (with FILE or an example)\n"
    "       yieldscope run FILE [ARG...]      run headless, as python3 FILE would\n"
    "       yieldscope trace FILE [--max-steps N] [--locals]\n"
    "                                         the step history as JSON lines\n"
    "       yieldscope compare FILE [--json] [--show-twin] [--max-steps N]\n"
    "                                         lazy vs eager: steps, peak and final bytes\n";

// Reads a program file, or explains (as python3 does) why it cannot.
std::optional<std::string> readProgram(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "yieldscope: can't open file '%s': [Errno 2] No such file or directory\n", path.c_str());
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  if (source.size() > kMaxSourceBytes) {
    std::fprintf(stderr, "yieldscope: '%s' is %zu bytes; programs larger than %zu bytes are refused\n", path.c_str(),
                 source.size(), kMaxSourceBytes);
    return std::nullopt;
  }
  return source;
}

std::optional<uint64_t> parseCount(const char* text) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(text, &end, 10);
  if (!end || *end != '\0' || end == text) return std::nullopt;
  return n;
}

int runCommand(int argc, char** argv) {
  if (argc < 3) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string path = argv[2];
  const auto source = readProgram(path);
  if (!source) return 2;
  std::vector<std::string> args;
  for (int i = 2; i < argc; ++i) args.emplace_back(argv[i]);

  // Generous budgets: a program python3 finishes in a few seconds (about
  // 10^8 lines) finishes here, and a list of 10^8 elements (800 MB in
  // CPython) fits; a runaway loop or an endless list ends with a message
  // within seconds instead of running forever or exhausting the machine.
  ys::Budgets budgets;
  budgets.maxSteps = 200'000'000;
  budgets.maxMemoryBytes = int64_t(768) << 20;
  budgets.maxRecursionDepth = 1000;
  ys::RunResult result;
  std::string out;
  ys::runOnBigStack([&] {
    ys::VM vm(budgets);
    vm.setArgv(args);
    // An unseeded `random` differs from run to run, as in python3.
    vm.setRandomSeed(uint64_t(std::chrono::system_clock::now().time_since_epoch().count()));
    // input() reads standard input line by line, as python3 does; what was
    // printed so far (the prompt included) is flushed first.
    vm.setInput([&out]() -> std::optional<std::string> {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
      std::fflush(stdout);
      std::string line;
      int c;
      while ((c = std::getchar()) != EOF && c != '\n') line.push_back(char(c));
      if (c == EOF && line.empty()) return std::nullopt;
      return line;
    });
    vm.setOutput([&out](std::string_view text) {
      out.append(text);
      if (out.size() >= (1u << 16)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    });
    result = vm.runSource(*source, path);
  });
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  std::fputs(result.stderrText.c_str(), stderr);
  if (result.status == ys::RunStatus::StepBudget) {
    std::fprintf(stderr, "yieldscope: stopped after %llu steps: the program seems to run forever\n",
                 static_cast<unsigned long long>(result.steps));
    return 124;
  }
  return result.exitCode;
}

int traceCommand(int argc, char** argv) {
  if (argc < 3) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  ys::TraceOptions options;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--locals")) {
      options.withLocals = true;
    } else if (!std::strcmp(argv[i], "--max-steps") && i + 1 < argc) {
      const auto n = parseCount(argv[++i]);
      if (!n) {
        std::fputs("yieldscope: --max-steps needs a number\n", stderr);
        return 2;
      }
      options.maxSteps = *n;
    } else if (path.empty()) {
      path = argv[i];
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  const auto source = readProgram(path);
  if (!source) return 2;
  // Like cpython_trace.py: the trace on stdout, the program's own output on stderr.
  const ys::RunResult result = ys::writeTrace(
      *source, path, options, [](std::string_view line) { std::fwrite(line.data(), 1, line.size(), stdout); },
      [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); });
  std::fflush(stdout);
  std::fputs(result.stderrText.c_str(), stderr);
  if (result.status == ys::RunStatus::StepBudget)
    std::fprintf(stderr, "yieldscope: trace stopped at the step budget (%llu steps)\n",
                 static_cast<unsigned long long>(options.maxSteps));
  return result.exitCode;
}

std::string jsonSide(const ys::MemorySeries& s) {
  return "{\"steps\": " + std::to_string(s.steps) + ", \"peak_bytes\": " + std::to_string(s.peakBytes) +
         ", \"final_bytes\": " + std::to_string(s.finalBytes) + "}";
}

int compareCommand(int argc, char** argv) {
  bool json = false, showTwin = false;
  std::string path;
  ys::SessionOptions options;
  options.budgets.maxSteps = 50'000'000;
  options.budgets.maxMemoryBytes = int64_t(1) << 30;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--json")) json = true;
    else if (!std::strcmp(argv[i], "--show-twin")) showTwin = true;
    else if (!std::strcmp(argv[i], "--max-steps") && i + 1 < argc) {
      const auto n = parseCount(argv[++i]);
      if (!n) return 2;
      options.budgets.maxSteps = *n;
    } else if (path.empty()) path = argv[i];
    else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const auto source = readProgram(path);
  if (!source) return 2;
  ys::Session session(options);
  if (!session.load(*source, path)) {
    std::fputs(session.runResult().stderrText.c_str(), stderr);
    return 1;
  }
  const ys::MemorySeries& lazy = session.lazyMemory();
  const ys::MemorySeries* eager = session.eagerMemory();
  const std::string reason = session.twinReason();
  const bool haveRatio = eager && reason.empty() && lazy.peakBytes > 0;
  const double ratio = haveRatio ? double(eager->peakBytes) / double(lazy.peakBytes) : 0.0;
  if (showTwin) {
    if (session.twinSource().empty()) std::printf("# no eager twin: %s\n", reason.c_str());
    else std::fputs(session.twinSource().c_str(), stdout);
    return 0;
  }
  if (json) {
    std::string out = "{\"lazy\": " + jsonSide(lazy) + ", \"eager\": " + (eager ? jsonSide(*eager) : "null") +
                      ", \"twin_reason\": " + (reason.empty() ? "null" : ys::jsonQuote(reason)) +
                      ", \"ratio\": " + (haveRatio ? std::to_string(ratio) : "null") + "}\n";
    std::fputs(out.c_str(), stdout);
    return 0;
  }
  std::printf("%-6s %12s %14s %14s\n", "", "steps", "peak bytes", "final bytes");
  std::printf("%-6s %12llu %14lld %14lld\n", "lazy", static_cast<unsigned long long>(lazy.steps),
              static_cast<long long>(lazy.peakBytes), static_cast<long long>(lazy.finalBytes));
  if (eager)
    std::printf("%-6s %12llu %14lld %14lld\n", "eager", static_cast<unsigned long long>(eager->steps),
                static_cast<long long>(eager->peakBytes), static_cast<long long>(eager->finalBytes));
  if (haveRatio) std::printf("eager peak / lazy peak = %.1f\n", ratio);
  if (!reason.empty()) std::printf("%s\n", reason.c_str());
  if (!session.endMessage().empty()) std::printf("%s\n", session.endMessage().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "run") return runCommand(argc, argv);
  if (command == "trace") return traceCommand(argc, argv);
  if (command == "compare") return compareCommand(argc, argv);
  if (command == "-h" || command == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
#if YS_HAVE_UI
  return ys::ui::runGui(argc, argv, argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
#else
  std::fputs("yieldscope: this build has no window (configured with YS_BUILD_UI=OFF)\n", stderr);
  std::fputs(kUsage, stderr);
  return 2;
#endif
}
