// bigstack.h — run a function on a thread with a large stack.
//
// Python-to-Python calls never recurse in C++, but native code calling back
// into Python (sorted with a key, map, a generator driven by sum, a user
// __repr__) runs a nested dispatch loop. A run is given a 512 MiB stack
// (reserved address space, only touched pages cost memory) so that such
// nesting ends in RecursionError at the budget, never in a stack overflow.
#pragma once

#include <functional>

namespace ys {

// Runs `fn` on a new thread with a big stack and waits for it.
void runOnBigStack(const std::function<void()>& fn);

// Starts `fn` on a new big-stack thread and returns at once; join with the
// returned handle's join(). Used by the session's replay cursor.
class BigStackThread {
 public:
  explicit BigStackThread(std::function<void()> fn);
  ~BigStackThread();  // joins
  BigStackThread(const BigStackThread&) = delete;
  BigStackThread& operator=(const BigStackThread&) = delete;
  void join();

 private:
  struct State;
  State* m_state;
};

}  // namespace ys
