// Every input a fuzzer found a crash or a wrong answer with, replayed through
// the same oracle the fuzzer used (fuzz/oracles.h), in every build: a bug the
// fuzzers found once cannot come back unnoticed. tests/fuzz-regressions/TARGET/
// holds the inputs, one file each, named for what they exercise.
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

#include "fuzz/oracles.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsOf(const std::string& target) {
  std::vector<fs::path> files;
  const fs::path dir = fs::path(YS_SOURCE_DIR) / "tests" / "fuzz-regressions" / target;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(FuzzRegressions, ParseInputsEndInAnErrorAUserCanActOn) {
  const auto inputs = inputsOf("parse");
  ASSERT_FALSE(inputs.empty());
  for (const auto& path : inputs) EXPECT_TRUE(ys::fuzz::parseOutcomeIsAcceptable(contents(path))) << path;
}

TEST(FuzzRegressions, RunInputsEndWithinTheirBudgets) {
  for (const auto& path : inputsOf("run")) EXPECT_TRUE(ys::fuzz::runOutcomeIsAcceptable(contents(path))) << path;
}

TEST(FuzzRegressions, SessionWalksSeeWhatSteppingSees) {
  for (const auto& path : inputsOf("session")) EXPECT_TRUE(ys::fuzz::sessionInputIsConsistent(contents(path))) << path;
}

}  // namespace
