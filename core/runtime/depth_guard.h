// depth_guard.h — one level of a nesting count, held for a scope.
#pragma once

#include <string>
#include <string_view>

#include "core/runtime/object.h"

namespace ys {

// Counts one level of `depth` while in scope. At `limit` it raises
// RecursionError("<message><suffix>") instead, so deep nesting (a nested
// container's hash or ==, a __repr__ that calls repr(self)) ends as CPython's
// does rather than overflowing the C++ stack.
class DepthGuard {
 public:
  DepthGuard(int& depth, int limit, std::string_view message, std::string_view suffix = {}) : m_depth(depth) {
    if (m_depth >= limit) throwError(T().RecursionError, std::string(message) + std::string(suffix));
    ++m_depth;
  }
  ~DepthGuard() { --m_depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  int& m_depth;
};

}  // namespace ys
