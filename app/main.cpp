// main.cpp — the `yieldscope` command: the window by default, plus the
// headless sub-commands run, trace, eval and compare. Thin by design: the engine is
// core/ (yscore) and the window is ui/ (ysui).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/debug/plain_run.h"
#include "core/debug/session.h"
#include "core/debug/trace_json.h"

#include "app/help.h"

#if YS_HAVE_UI
#include "ui/app_entry.h"
#endif

namespace {

constexpr size_t kMaxSourceBytes = 16u << 20;

void usageError(const char* what) {
  if (what && *what) std::fprintf(stderr, "yieldscope: %s\n", what);
  std::fputs(ys::cli::usage().c_str(), stderr);
}

// `COMMAND --help` anywhere among its arguments.
bool wantsHelp(int argc, char** argv) {
  for (int i = 2; i < argc; ++i)
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return true;
  return false;
}

// A program file as python3 names it in tracebacks and __file__: the path as
// given, after the working folder when it is relative, not normalised
// (`python3 tb/../f.py` is "/cwd/tb/../f.py"). sys.argv[0] keeps it as given.
std::string scriptPath(const std::string& path) {
  const bool pseudo = path.size() > 1 && path.front() == '<' && path.back() == '>';  // <string>, <stdin>
  if (path.empty() || path.front() == '/' || pseudo) return path;
  std::error_code failed;
  const std::filesystem::path cwd = std::filesystem::current_path(failed);
  return failed ? path : cwd.string() + "/" + path;
}

// Reads a program file, or explains (as python3 does) why it cannot.
std::optional<std::string> readProgram(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "yieldscope: can't open file '%s': [Errno 2] No such file or directory\n",
                 scriptPath(path).c_str());
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

// A word of `command`'s line that is no option: its FILE, once.
bool takeFileArgument(const char* command, const char* word, std::string& path) {
  if (path.empty() && word[0] != '-') {
    path = word;
    return true;
  }
  usageError((std::string(command) + ": unexpected argument '" + word + "'").c_str());
  return false;
}

// The program `command` was given, or nothing after saying why.
std::optional<std::string> fileOfCommand(const char* command, const std::string& path) {
  if (path.empty()) {
    usageError((std::string(command) + " needs a FILE").c_str());
    return std::nullopt;
  }
  return readProgram(path);
}

std::optional<uint64_t> parseCount(const char* text) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(text, &end, 10);
  if (!end || *end != '\0' || end == text) return std::nullopt;
  return n;
}

int runCommand(int argc, char** argv) {
  // `run --traced FILE` (hidden, for the tests): see PlainRun::traced.
  const bool traced = argc >= 3 && !std::strcmp(argv[2], "--traced");
  if (traced) {
    --argc;
    ++argv;
  }
  if (argc < 3) {
    usageError("run needs a program: FILE, - (standard input) or -c CODE");
    return 2;
  }
  // As python3: FILE, '-' (the program on standard input) or -c CODE; the
  // rest are the program's sys.argv[1:].
  std::optional<std::string> source;
  std::string path = argv[2];
  std::vector<std::string> args;
  int rest = 3;
  if (path == "-c") {
    if (argc < 4) {
      std::fputs("Argument expected for the -c option\n", stderr);
      usageError(nullptr);
      return 2;
    }
    source = std::string(argv[3]);
    path = "<string>";
    args.push_back("-c");
    rest = 4;
  } else if (path == "-") {
    source = std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    path = "<stdin>";
    args.push_back("-");
  } else {
    source = readProgram(path);
    if (!source) return 2;
    args.push_back(path);
  }
  for (int i = rest; i < argc; ++i) args.emplace_back(argv[i]);
  // What the program prints, written out in large pieces as python3's
  // buffered stdout is, and before input() waits.
  std::string out;
  auto flushOut = [&out] {
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    std::fflush(stdout);
  };
  ys::PlainRun run;
  run.source = std::move(*source);
  run.filename = scriptPath(path);
  run.argv = std::move(args);
  // An unseeded `random` differs from run to run, as in python3.
  run.randomSeed = uint64_t(std::chrono::system_clock::now().time_since_epoch().count());
  run.traced = traced;
  // input() reads standard input line by line, as python3 does; what was
  // printed so far (the prompt included) is flushed first.
  run.input = [&flushOut]() -> std::optional<std::string> {
    flushOut();
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n') line.push_back(char(c));
    if (c == EOF && line.empty()) return std::nullopt;
    return line;
  };
  run.output = [&out, &flushOut](std::string_view text) {
    out.append(text);
    if (out.size() >= (1u << 16)) flushOut();
  };
  // python3 prints the traceback, then exits: what the exit's finalisers
  // print comes after it.
  run.beforeExit = [&flushOut](ys::RunOutcome& result) {
    flushOut();
    std::fputs(result.stderrText.c_str(), stderr);
    std::fflush(stderr);
    result.stderrText.clear();
  };
  const ys::RunOutcome result = ys::runPlain(run);
  flushOut();
  std::fputs(result.stderrText.c_str(), stderr);
  if (result.status == ys::RunStatus::StepBudget) {
    std::fprintf(stderr, "yieldscope: stopped after %llu steps: the program seems to run forever\n",
                 static_cast<unsigned long long>(result.steps));
    return 124;
  }
  return result.exitCode;
}

// "A:B" -> (A, B)
std::optional<std::pair<uint64_t, uint64_t>> parseStepWindow(const char* text) {
  const char* colon = std::strchr(text, ':');
  if (!colon) return std::nullopt;
  const auto a = parseCount(std::string(text, colon).c_str());
  const auto b = parseCount(colon + 1);
  if (!a || !b || *a > *b) return std::nullopt;
  return std::make_pair(*a, *b);
}

// Questions asked while a `trace --steps` window is stepped (hidden options
// for tests/cli/check_eval_untouched.py): at step `step`, evaluate `source`,
// or peek every generator not closed. The answers go to standard error; the
// trace on standard output must not change.
struct WindowQuestion {
  uint64_t step = 0;
  std::optional<std::string> source;  // nullopt: peek every generator
};

void askDuringWindow(ys::Session& session, const ys::Snapshot& s, const std::vector<WindowQuestion>& questions) {
  for (const WindowQuestion& q : questions) {
    if (q.step != s.step) continue;
    if (q.source) {
      const ys::EvalResult r = session.evaluate(s.step, 0, *q.source);
      std::fprintf(stderr, "# eval at %llu: %s\n", static_cast<unsigned long long>(s.step), r.headline().c_str());
      continue;
    }
    for (const ys::GeneratorView& g : s.generators) {
      if (g.state == ys::GenState::Closed) continue;
      const ys::EvalResult r = session.peek(s.step, g.id);
      std::fprintf(stderr, "# peek %s (generator %llu) at %llu: %s\n", g.name.c_str(),
                   static_cast<unsigned long long>(g.id), static_cast<unsigned long long>(s.step), r.peek.c_str());
    }
  }
}

// `trace --steps A:B`: records the run in a debugger session, jumps to step A
// and steps to B, writing each step exactly as the full trace writes it. The
// rows must equal the same rows of a full trace (tests check it): a step shows
// the same however it was reached.
int traceWindow(const std::string& source, const std::string& path, const ys::TraceOptions& options, uint64_t first,
                uint64_t last, const std::vector<WindowQuestion>& questions = {}) {
  ys::SessionOptions sessionOptions;
  sessionOptions.budgets = ys::Budgets{};
  sessionOptions.budgets.maxSteps = options.maxSteps;
  sessionOptions.reprLimit = options.reprLimit;
  sessionOptions.hideDefinitions = false;
  sessionOptions.eagerTwin = questions.empty();  // the questions' tests need no memory chart
  ys::Session session(sessionOptions);
  session.setRandomSeed(options.randomSeed);
  if (!session.load(source, path)) {
    std::fputs(session.runResult().stderrText.c_str(), stderr);
    return 1;
  }
  const uint64_t count = session.stepCount();
  if (count == 0 || first >= count) {
    std::fprintf(stderr, "yieldscope: the run has %llu steps\n", static_cast<unsigned long long>(count));
    return 2;
  }
  last = std::min<uint64_t>(last, count - 1);
  uint64_t printed = first > 0 ? session.goTo(first - 1).outputBytes : 0;
  const std::string& output = session.output();
  for (uint64_t step = first; step <= last; ++step) {
    const ys::Snapshot& s = step == first ? session.goTo(step) : session.next();
    // The end row also carries what Python printed as it exited, the tail of the output.
    const uint64_t upTo = s.event == ys::EventKind::End ? output.size() : s.outputBytes;
    const std::string_view text = std::string_view(output).substr(std::min<uint64_t>(printed, output.size()),
                                                                  upTo > printed ? upTo - printed : 0);
    std::fputs(ys::snapshotJson(s, options.withLocals, text).c_str(), stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    printed = s.outputBytes;
    askDuringWindow(session, s, questions);
  }
  std::fflush(stdout);
  return 0;
}

int traceCommand(int argc, char** argv) {
  if (argc < 3) {
    usageError("trace needs a FILE");
    return 2;
  }
  ys::TraceOptions options;
  std::string path;
  std::optional<std::pair<uint64_t, uint64_t>> window;
  std::vector<WindowQuestion> questions;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--locals")) {
      options.withLocals = true;
    } else if ((!std::strcmp(argv[i], "--eval-at") && i + 2 < argc) ||
               (!std::strcmp(argv[i], "--peek-at") && i + 1 < argc)) {
      const bool peek = !std::strcmp(argv[i], "--peek-at");
      const auto n = parseCount(argv[++i]);
      if (!n) {
        std::fprintf(stderr, "yieldscope: %s needs a step number\n", peek ? "--peek-at" : "--eval-at");
        return 2;
      }
      questions.push_back(WindowQuestion{*n, peek ? std::nullopt : std::optional<std::string>(argv[++i])});
    } else if (!std::strcmp(argv[i], "--steps") && i + 1 < argc) {
      window = parseStepWindow(argv[++i]);
      if (!window) {
        std::fputs("yieldscope: --steps needs A:B, two step numbers with A <= B\n", stderr);
        return 2;
      }
    } else if (!std::strcmp(argv[i], "--max-steps") && i + 1 < argc) {
      const auto n = parseCount(argv[++i]);
      if (!n) {
        std::fputs("yieldscope: --max-steps needs a number\n", stderr);
        return 2;
      }
      options.maxSteps = *n;
    } else if (!takeFileArgument("trace", argv[i], path)) {
      return 2;
    }
  }
  const auto source = fileOfCommand("trace", path);
  if (!source) return 2;
  if (!questions.empty() && !window) {
    std::fputs("yieldscope: --eval-at and --peek-at need --steps A:B\n", stderr);
    return 2;
  }
  if (window) return traceWindow(*source, scriptPath(path), options, window->first, window->second, questions);
  // Like cpython_trace.py: the trace on stdout, the program's own output on stderr.
  const ys::RunOutcome result = ys::writeTrace(
      *source, scriptPath(path), options,
      [](std::string_view line) { std::fwrite(line.data(), 1, line.size(), stdout); },
      [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); });
  std::fflush(stdout);
  std::fputs(result.stderrText.c_str(), stderr);
  if (result.status == ys::RunStatus::StepBudget)
    std::fprintf(stderr, "yieldscope: trace stopped at the step budget (%llu steps)\n",
                 static_cast<unsigned long long>(options.maxSteps));
  return result.exitCode;
}

// `eval FILE --at STEP EXPR`: the program recorded as `trace` records it
// (same step numbers, same seed for an unseeded random), then EXPR evaluated
// at STEP on a throwaway copy of the run. Standard output gets what EXPR
// printed, then the repr of its value; an exception's last traceback line
// goes to standard error (status 1), as python3 would print it.
struct EvalArgs {
  std::string path, expression;
  std::optional<uint64_t> at;
  ys::EvalRequest request;
  bool showSteps = false;
  uint64_t maxSteps = ys::TraceOptions{}.maxSteps;
};

// Parses eval's arguments; returns an exit status, or -1 to go on.
int parseEvalArgs(int argc, char** argv, EvalArgs& a) {
  std::vector<std::string> positional;
  bool onlyPositional = false;
  auto number = [&](int& i, const char* option) -> std::optional<uint64_t> {
    const auto n = i + 1 < argc ? parseCount(argv[++i]) : std::nullopt;
    if (!n) std::fprintf(stderr, "yieldscope: %s needs a number\n", option);
    return n;
  };
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    std::optional<uint64_t> n;
    if (onlyPositional || arg.empty() || arg[0] != '-' || arg == "-") {
      positional.push_back(arg);
      continue;
    }
    if (arg == "--")
      onlyPositional = true;
    else if (arg == "--trace")
      a.showSteps = true;
    else if (arg == "--at" || arg == "--frame" || arg == "--in-generator" || arg == "--peek" || arg == "--max-steps" ||
             arg == "--eval-steps" || arg == "--timeout") {
      if (!(n = number(i, arg.c_str()))) return 2;
      if (arg == "--at")
        a.at = *n;
      else if (arg == "--frame")
        a.request.frameIndex = int(std::min<uint64_t>(*n, 1u << 20));
      else if (arg == "--in-generator")
        a.request.frameOfGenerator = *n;
      else if (arg == "--peek")
        a.request.peekGenerator = *n;
      else if (arg == "--max-steps")
        a.maxSteps = *n;
      else if (arg == "--eval-steps")
        a.request.limits.maxSteps = *n;
      else
        a.request.limits.maxMillis = int64_t(std::min<uint64_t>(*n, 600'000));
    } else {
      positional.push_back(arg);  // an expression such as -x
    }
  }
  const size_t wanted = a.request.peekGenerator ? 1 : 2;
  if (positional.size() != wanted) {
    usageError(a.request.peekGenerator ? "eval --peek ID needs a FILE and no EXPR" : "eval needs a FILE and an EXPR");
    return 2;
  }
  a.path = positional[0];
  if (wanted == 2) a.request.source = positional[1];
  a.request.limits.reprLimit = 0;  // the whole repr, as python3 prints it
  return -1;
}

int evalCommand(int argc, char** argv) {
  EvalArgs a;
  if (const int status = parseEvalArgs(argc, argv, a); status >= 0) return status;
  const auto source = readProgram(a.path);
  if (!source) return 2;
  ys::SessionOptions sessionOptions;
  sessionOptions.budgets = ys::Budgets{};
  sessionOptions.budgets.maxSteps = a.maxSteps;
  sessionOptions.hideDefinitions = false;
  sessionOptions.eagerTwin = false;  // no memory chart here
  ys::Session session(sessionOptions);
  session.setRandomSeed(ys::TraceOptions{}.randomSeed);
  if (!session.load(*source, scriptPath(a.path))) {
    std::fputs(session.runResult().stderrText.c_str(), stderr);
    return 1;
  }
  const uint64_t count = session.stepCount();
  const uint64_t step = a.at ? *a.at : (count ? count - 1 : 0);
  if (count == 0 || step >= count) {
    std::fprintf(stderr, "yieldscope: the run has %llu steps (0 to %llu)\n", static_cast<unsigned long long>(count),
                 static_cast<unsigned long long>(count ? count - 1 : 0));
    return 2;
  }
  const ys::EvalResult r = session.evaluate(step, a.request);
  std::fwrite(r.output.data(), 1, r.output.size(), stdout);
  if (a.request.peekGenerator && (r.status == ys::EvalStatus::Value || r.status == ys::EvalStatus::Raised))
    std::printf("%s\n", r.peek.c_str());
  else if (r.status == ys::EvalStatus::Value)
    std::printf("%s\n", r.repr.c_str());
  std::fflush(stdout);
  if (a.showSteps) {
    for (const ys::EvalStep& s : r.steps) std::fprintf(stderr, "# %s\n", s.text.c_str());
    if (r.moreSteps) std::fprintf(stderr, "# ... and %llu more\n", static_cast<unsigned long long>(r.moreSteps));
  }
  switch (r.status) {
    case ys::EvalStatus::Value:
    case ys::EvalStatus::NoValue:
      return 0;
    case ys::EvalStatus::Raised:
      if (a.request.peekGenerator) return 0;  // finishing or raising is the answer
      [[fallthrough]];
    case ys::EvalStatus::SyntaxError:
      std::fprintf(stderr, "%s\n", r.exception.c_str());
      return 1;
    case ys::EvalStatus::Stopped:
      std::fprintf(stderr, "yieldscope: %s\n", r.message.c_str());
      return 124;
    case ys::EvalStatus::Failed:
      std::fprintf(stderr, "yieldscope: %s\n", r.message.c_str());
      return 2;
  }
  return 2;
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
    if (!std::strcmp(argv[i], "--json"))
      json = true;
    else if (!std::strcmp(argv[i], "--show-twin"))
      showTwin = true;
    else if (!std::strcmp(argv[i], "--max-steps") && i + 1 < argc) {
      const auto n = parseCount(argv[++i]);
      if (!n) return 2;
      options.budgets.maxSteps = *n;
    } else if (!takeFileArgument("compare", argv[i], path)) {
      return 2;
    }
  }
  const auto source = fileOfCommand("compare", path);
  if (!source) return 2;
  ys::Session session(options);
  if (!session.load(*source, scriptPath(path))) {
    std::fputs(session.runResult().stderrText.c_str(), stderr);
    return 1;
  }
  const ys::MemorySeries& lazy = session.lazyMemory();
  const ys::MemorySeries* eager = session.eagerMemory();
  const std::string reason = session.twinReason();
  const bool haveRatio = eager && reason.empty() && lazy.peakBytes > 0;
  const double ratio = haveRatio ? double(eager->peakBytes) / double(lazy.peakBytes) : 0.0;
  if (showTwin) {
    if (session.twinSource().empty())
      std::printf("# no eager twin: %s\n", reason.c_str());
    else
      std::fputs(session.twinSource().c_str(), stdout);
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

// Does `word` name a program to open in the window (rather than a mistyped command)?
bool looksLikeProgram(const std::string& word) {
  if (word.size() > 3 && word.compare(word.size() - 3, 3, ".py") == 0) return true;
  std::ifstream in(word);
  return bool(in);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "-h" || command == "--help") {
    std::fputs(ys::cli::usage().c_str(), stdout);
    return 0;
  }
  if (command == "--version" || command == "-V") {
    std::printf("yieldscope %s\n", YS_VERSION);
    return 0;
  }
  if (command == "help") {
    if (argc > 2 && !std::strcmp(argv[2], "--man")) {
      std::fputs(ys::cli::manPage(YS_VERSION).c_str(), stdout);
      return 0;
    }
    if (argc > 2 && !ys::cli::isCommand(argv[2])) {
      usageError((std::string("no command '") + argv[2] + "'").c_str());
      return 2;
    }
    std::fputs((argc > 2 ? ys::cli::commandHelp(argv[2]) : ys::cli::usage()).c_str(), stdout);
    return 0;
  }
  if (ys::cli::isCommand(command) && wantsHelp(argc, argv)) {
    std::fputs(ys::cli::commandHelp(command).c_str(), stdout);
    return 0;
  }
  if (command == "run") return runCommand(argc, argv);
  if (command == "trace") return traceCommand(argc, argv);
  if (command == "eval") return evalCommand(argc, argv);
  if (command == "compare") return compareCommand(argc, argv);
  // Anything else must be a program for the window; a typo of a command must
  // get a usage message here, before Qt is touched (it may have no display).
  if (!command.empty() && (command[0] == '-' || !looksLikeProgram(command) || argc > 2)) {
    usageError(command[0] == '-' ? ("unknown option '" + command + "'").c_str()
                                 : ("'" + command + "' is neither a command nor a Python file").c_str());
    return 2;
  }
#if YS_HAVE_UI
  return ys::ui::runGui(argc, argv, argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
#else
  usageError("this build has no window (configured with YS_BUILD_UI=OFF)");
  return 2;
#endif
}
