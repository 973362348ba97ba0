// oracles.h — what "never crashes, never lies" means for each fuzz target,
// shared by the libFuzzer targets and tests/core/test_fuzz_regressions.cpp,
// which replays every input a fuzzer ever found (tests/fuzz-regressions/).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/base/bigstack.h"
#include "core/debug/session.h"
#include "core/frontend/parser.h"
#include "core/vm/vm.h"

namespace ys::fuzz {

// Parsing any bytes ends in a tree or in an error a user can act on: a
// SyntaxError-family error with a line, or one naming a construct Yieldscope
// does not support yet (a complex literal, say).
inline bool parseOutcomeIsAcceptable(const std::string& source) {
  ParseResult parsed = parse(source, "fuzz.py");
  if (!parsed.error) return true;
  const std::string& type = parsed.error->type;
  const bool syntax = type == "SyntaxError" || type == "IndentationError" || type == "TabError";
  const bool unsupported =
      type == "NotImplementedError" && parsed.error->message.starts_with("Yieldscope does not support");
  if (!syntax && !unsupported) return false;
  if (parsed.error->line < 0) return false;
  (void)parsed.error->format();
  return true;
}

// A program run under small budgets ends (the fuzzer's -timeout catches a
// hang), and an uncaught exception always comes with a traceback. Ints stop
// at 2^20 bits: a legitimate 2^23-bit power takes a second, under the
// sanitizers twenty.
inline bool runOutcomeIsAcceptable(const std::string& source) {
  RunResult result;
  runOnBigStack([&] {
    VM vm(Budgets{20'000, 16ll << 20, 200, int64_t(1) << 20});
    vm.setOutput([](std::string_view) {});
    result = vm.runSource(source, "fuzz.py");
  });
  return !(result.status == RunStatus::Raised && result.stderrText.empty());
}

// Everything a snapshot shows that a move could get wrong, as one string.
inline std::string snapshotText(const Snapshot& s) {
  std::string out = std::to_string(s.step) + eventName(s.event) + s.function + ":" + std::to_string(s.line) + "|" +
                    s.says + "|" + std::to_string(s.outputBytes) + "|" + std::to_string(s.memory.totalBytes);
  for (const auto& f : s.stack) {
    out += "\n" + f.function + ":" + std::to_string(f.line);
    for (const auto& v : f.locals) out += " " + v.name + "=" + v.value.repr;
  }
  for (const auto& g : s.generators)
    out += "\ng" + std::to_string(g.id) + genStateName(g.state) + std::to_string(g.line);
  return out;
}

// A recorded program, then a walk of Next (0), Back (1) and jumps (the
// byte's value modulo the step count): every snapshot equals the one reached
// by stepping from the start.
inline bool sessionWalkIsConsistent(const std::string& source, const std::vector<unsigned char>& walk) {
  SessionOptions options;
  options.budgets = Budgets{400, 16ll << 20, 100};
  options.snapshotCacheSize = 2;  // make moves replay instead of hitting the cache
  Session session(options);
  if (!session.load(source, "fuzz.py") || session.stepCount() == 0) return true;
  std::vector<std::string> byStepping;
  byStepping.push_back(snapshotText(session.goTo(0)));
  for (uint64_t k = 1; k < session.stepCount(); ++k) byStepping.push_back(snapshotText(session.next()));
  for (unsigned char b : walk) {
    const Snapshot* s;
    switch (b % 3) {
      case 0:
        s = &session.next();
        break;
      case 1:
        s = &session.back();
        break;
      default:
        s = &session.goTo(b % session.stepCount());
        break;
    }
    if (snapshotText(*s) != byStepping[s->step]) return false;
  }
  return true;
}

// A fuzz_session input: a program, then up to 8 bytes steering the walk.
inline bool sessionInputIsConsistent(const std::string& input) {
  if (input.size() < 4) return true;
  const size_t walkBytes = std::min<size_t>(8, input.size() / 4);
  const std::string source = input.substr(0, input.size() - walkBytes);
  const std::vector<unsigned char> walk(input.end() - static_cast<long>(walkBytes), input.end());
  return sessionWalkIsConsistent(source, walk);
}

}  // namespace ys::fuzz
