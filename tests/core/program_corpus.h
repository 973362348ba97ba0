// program_corpus.h — the Python programs that parser-wide tests walk over,
// where the checkout is, and reading a file of it.
//
// Every conformance program that python3 runs to the end without an error
// (each tests/scripts/**/NAME.py and resources/examples/NAME.py that has no
// NAME.err), so the tests that need "many real programs"
// never depend on anything outside the checkout. The shared corpus
// (../shared/corpus next to the checkout) is added when it is there.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ys::testing {

inline std::string readFile(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The checkout root: YS_SOURCE_DIR (CMake defines it), else found from this
// file's path (absolute under CMake) or, when compiled with a relative path,
// from the working directory upwards.
inline std::filesystem::path repoRoot() {
  namespace fs = std::filesystem;
#ifdef YS_SOURCE_DIR
  return fs::path(YS_SOURCE_DIR);
#endif
  fs::path self(__FILE__);
  if (self.is_absolute()) return self.parent_path().parent_path().parent_path();
  for (fs::path dir = fs::current_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / self)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return fs::current_path();
}

inline std::vector<std::filesystem::path> programCorpus(const std::filesystem::path& repoRoot) {
  namespace fs = std::filesystem;
  std::vector<fs::path> programs;
  auto addFolder = [&](const fs::path& dir, bool recursive) {
    if (!fs::exists(dir)) return;
    auto consider = [&](const fs::directory_entry& entry) {
      const fs::path& p = entry.path();
      if (p.extension() != ".py") return;
      fs::path err = p;
      if (!fs::exists(err.replace_extension(".err"))) programs.push_back(p);
    };
    if (recursive) {
      for (const auto& entry : fs::recursive_directory_iterator(dir)) consider(entry);
    } else {
      for (const auto& entry : fs::directory_iterator(dir)) consider(entry);
    }
  };
  addFolder(repoRoot / "tests" / "scripts", true);
  addFolder(repoRoot / "resources" / "examples", false);
  addFolder(repoRoot.parent_path() / "shared" / "corpus", false);
  std::sort(programs.begin(), programs.end());
  return programs;
}

}  // namespace ys::testing
