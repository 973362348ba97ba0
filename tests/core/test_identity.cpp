// Determinism of identity: hashes of user objects (and so the iteration order
// of a set of them) must depend only on the program, never on heap addresses
// or on what else was allocated. The same VM program run twice in one
// process, with unrelated allocations between the runs, and under a reader
// that makes objects at every step (as the debugger's snapshots do), must
// print the same text. The order itself is the engine's (CPython's depends on
// its addresses), so the test compares runs with each other, not with python3.
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

#include "core/vm/vm.h"

namespace {

const char* kSetOfInstances =
    "class Item:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "\n"
    "items = set()\n"
    "for i in range(50):\n"
    "    items.add(Item(i))\n"
    "print([it.n for it in items])\n"
    "marks = {object(), object(), object(), len, print, Item}\n"
    "print(len(marks))\n"
    "print(sorted(hash(f) % 1000 for f in [Item, len, print]))\n";

std::string runProgram(ys::Tracer* tracer = nullptr) {
  std::string out;
  ys::VM vm;
  vm.setOutput([&out](std::string_view s) { out.append(s); });
  vm.setTracer(tracer);
  vm.runSource(kSetOfInstances, "set_order.py");
  vm.setTracer(nullptr);
  return out;
}

// Allocations the program knows nothing of, of varied sizes, kept alive so
// that the next run's objects land at other addresses.
std::vector<std::unique_ptr<char[]>> churn(int n) {
  std::vector<std::unique_ptr<char[]>> keep;
  for (int i = 0; i < n; ++i) keep.emplace_back(new char[size_t(16 + (i * 37) % 400)]);
  return keep;
}

// A reader at every step, as the debugger's snapshot code: it makes objects
// in the program's heap account (a repr's strings, a list) inside a
// ReaderScope, which must leave the program's creation numbers alone.
class ObjectMakingReader : public ys::Tracer {
 public:
  void onEvent(ys::VM&, const ys::TraceEvent&) override {
    ys::ReaderScope reading;
    ys::Value scratch = ys::newStr("snapshot text " + std::to_string(++m_steps));
    ys::Value list = ys::newList({scratch, scratch});
    (void)list;
  }

 private:
  int m_steps = 0;
};

TEST(Identity, SetOfInstancesIteratesAlikeAfterUnrelatedAllocations) {
  const std::string first = runProgram();
  auto keep = churn(5000);
  ys::VM other;  // a whole other run in between, as a second session would
  other.setOutput([](std::string_view) {});
  other.runSource("data = [object() for _ in range(3000)]\nd = {i: str(i) for i in range(500)}\n", "other.py");
  auto keepMore = churn(777);
  const std::string second = runProgram();
  EXPECT_EQ(first, second);
  EXPECT_NE(first.find("["), std::string::npos);
}

TEST(Identity, ReadersMakingObjectsDoNotChangeTheProgramsHashes) {
  const std::string plain = runProgram();
  ObjectMakingReader reader;
  const std::string read = runProgram(&reader);
  EXPECT_EQ(plain, read);
}

}  // namespace
