// list.cpp — tuple and list: the empty tuple singleton, and the list's
// capacity, which grows and shrinks in the steps of CPython 3.11's
// list_resize (the sizes sys.getsizeof and the memory chart read).
#include <algorithm>

#include "core/runtime/memory.h"
#include "core/runtime/object.h"
#include "core/runtime/object_internal.h"

namespace ys {

void TupleObj::traverse(Visitor& visitor) const {
  for (const Value& v : items) visitor.visit(v);
}

Value emptyTuple() {
  static TupleObj* empty = makeImmortal<TupleObj>();
  return Value::object(empty);
}

Value newTuple(std::vector<Value> items) {
  if (items.empty()) return emptyTuple();
  return Value::adopt(make<TupleObj>(std::move(items)));
}

ListObj::ListObj(std::vector<Value> v) : Object(ObjKind::List), items(std::move(v)) {
  allocated = items.size();
  accountedSize = items.size();
  hasStorage = allocated > 0;
}

void ListObj::append(Value v) {
  const size_t n = items.size();
  items.push_back(std::move(v));
  accountedSize = n + 1;
  if (n < allocated) return;  // CPython's fast path: room left
  allocated = cpythonListResize(allocated, n, n + 1);
  hasStorage = true;
  setAccounted(getsizeofObject(*this));
}

void ListObj::resized() {
  const size_t n = items.size();
  size_t newAllocated;
  if (!hasStorage && n > accountedSize + 1) {
    newAllocated = (n + 1) & ~size_t(1);  // list_extend into a list without storage
  } else {
    newAllocated = cpythonListResize(allocated, accountedSize, n);
  }
  accountedSize = n;
  hasStorage = hasStorage || newAllocated > 0;
  if (newAllocated == allocated) return;
  allocated = newAllocated;
  setAccounted(getsizeofObject(*this));
}

void ListObj::presize(size_t n) {
  allocated = std::max((n + 1) & ~size_t(1), items.size());
  accountedSize = items.size();
  hasStorage = hasStorage || allocated > 0;
  setAccounted(getsizeofObject(*this));
}

void ListObj::extend(const std::vector<Value>& more) {
  if (more.empty()) return;
  const size_t m = items.size(), n = more.size();
  items.insert(items.end(), more.begin(), more.end());
  const size_t newAllocated = hasStorage ? cpythonListResize(allocated, m, m + n) : (n + 1) & ~size_t(1);
  accountedSize = m + n;
  hasStorage = true;
  if (newAllocated == allocated) return;
  allocated = newAllocated;
  setAccounted(getsizeofObject(*this));
}

void ListObj::traverse(Visitor& visitor) const {
  for (const Value& v : items) visitor.visit(v);
}

Value newList(std::vector<Value> items) {
  return Value::adopt(make<ListObj>(std::move(items)));
}

}  // namespace ys
