// interpreter.cpp — the interpreter running on each thread (see interpreter.h).
#include "core/runtime/interpreter.h"

namespace ys {

namespace {
Interpreter*& runningHere() {
  thread_local Interpreter* interpreter = nullptr;
  return interpreter;
}
}  // namespace

Interpreter* Interpreter::current() {
  return runningHere();
}

Interpreter* Interpreter::setCurrent(Interpreter* interpreter) {
  Interpreter* before = runningHere();
  runningHere() = interpreter;
  return before;
}

}  // namespace ys
