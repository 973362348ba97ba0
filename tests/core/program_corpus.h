// program_corpus.h — the Python programs that parser-wide tests walk over.
//
// Every conformance program that python3 runs to the end without an error
// (each tests/scripts/**/NAME.py and resources/examples/NAME.py that has no
// NAME.err), so the tests that need "many real programs"
// never depend on anything outside the checkout. The shared corpus
// (../shared/corpus next to the checkout) is added when it is there.
#pragma once

#include <algorithm>
#include <filesystem>
#include <vector>

namespace ys::testing {

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
