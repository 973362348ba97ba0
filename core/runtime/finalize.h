// finalize.h — running finalisers outside a release, as CPython's collector
// does (value.cpp defines both).
#pragma once

#include <unordered_set>

#include "core/runtime/value.h"

namespace ys {

// True when o has a finaliser that has not run: a created or suspended
// generator, an instance whose class defines __del__ that was not called yet
// (then *del, when given, is that __del__).
bool hasPendingFinalizer(const Object* o, Value* del = nullptr);

// PyObject_CallFinalizer: runs o's finaliser now, if it has one that has not
// run (a created or suspended generator is closed, an instance's __del__ is
// called once). The caller holds a reference to o.
void callFinalizer(Object* o);

// The objects of a set that are still alive: while a watch exists, every
// object freed on its thread is first erased from it. The exit collection
// keeps one over the objects whose finalisers it calls, because a finaliser
// can free others (closing a pipeline's outer stage frees its inner ones).
class DeletionWatch {
 public:
  DeletionWatch();
  ~DeletionWatch();
  DeletionWatch(const DeletionWatch&) = delete;
  DeletionWatch& operator=(const DeletionWatch&) = delete;
  void add(const Object* o) { m_alive.insert(o); }
  bool alive(const Object* o) const { return m_alive.count(o) != 0; }
  void forget(const Object* o) { m_alive.erase(o); }

 private:
  std::unordered_set<const Object*> m_alive;
  DeletionWatch* m_saved;
};

}  // namespace ys
