// fib_program.h — the endless Fibonacci generator that the what-if tests
// (tests/core/test_whatif.cpp) and the window tests (tests/ui/uitest.h) start
// their programs with: a string literal, so each adds its own lines after it.
#pragma once

#define YS_TEST_FIB_DEF \
  "def fib():\n"        \
  "    a, b = 0, 1\n"   \
  "    while True:\n"   \
  "        yield a\n"   \
  "        a, b = b, a + b\n"
