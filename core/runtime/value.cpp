// value.cpp — the heap account and object destruction.
//
// Destruction is where reference counting can hurt: freeing the head of a
// linked list of a million tuples releases the next tuple from inside the
// first one's destructor, and so on — a C++ recursion as deep as the chain.
// Like CPython's trashcan (Py_TRASHCAN_BEGIN), destroyObject runs nested
// destructors directly up to a small depth, and beyond it parks the object on
// a per-thread work list that the outermost call drains. Objects therefore
// still die as soon as their last reference goes (only very deep chains are
// delayed, and only until the outermost release returns), and the C++ stack
// stays shallow whatever the shape of the data.
#include <vector>

#include "core/runtime/finalize.h"
#include "core/runtime/interpreter.h"
#include "core/runtime/object.h"

namespace ys {

HeapAccount*& currentHeapAccount() {
  thread_local HeapAccount* account = nullptr;
  return account;
}

namespace {

// CPython's trashcan nests 50 deallocations before deferring.
constexpr int kMaxDestroyDepth = 50;

struct Trashcan {
  int depth = 0;
  std::vector<Object*> deferred;
};

Trashcan& trashcan() {
  thread_local Trashcan t;
  return t;
}

}  // namespace

bool hasPendingFinalizer(const Object* o, Value* del) {
  if (o->kind == ObjKind::Generator) {
    const GenState state = static_cast<const GeneratorObj*>(o)->state;
    return state == GenState::Suspended || state == GenState::Created;
  }
  if (o->kind != ObjKind::Instance) return false;
  const auto* inst = static_cast<const InstanceObj*>(o);
  Value method;
  return !inst->finalized && inst->cls && !inst->cls->isBuiltin && inst->cls->lookup("__del__", del ? *del : method);
}

// Python code that runs before an object is freed, as CPython's tp_finalize:
// - a generator that has a frame (created or suspended) is closed:
//   _PyGen_Finalize throws GeneratorExit into it, so a suspended one runs its
//   `finally` blocks and a never-started one reports call/exception/return to
//   a tracer;
// - an instance whose class defines __del__ has it called, once in its life
//   (PEP 442: not again if the finaliser resurrected it and it dies later).
// The finaliser may store a new reference to the object: then it lives on.
// Finalisers never throw: a release must not unwind (a stop or budget inside
// one is left pending for the dispatch loop).
void callFinalizer(Object* o) {
  Value del;
  if (!hasPendingFinalizer(o, &del)) return;
  if (o->kind == ObjKind::Generator) {
    auto* gen = static_cast<GeneratorObj*>(o);
    gen->finalizing = true;
    if (Interpreter* vm = Interpreter::current()) vm->finalizeGenerator(*gen);
    gen->finalizing = false;
    if (gen->state != GenState::Closed) {  // closed, or no interpreter to run it
      gen->state = GenState::Closed;
      gen->frame.reset();
    }
  } else {
    auto* inst = static_cast<InstanceObj*>(o);
    inst->finalized = true;
    if (Interpreter* vm = Interpreter::current()) vm->finalizeInstance(*inst, del);
  }
}

namespace {

// From a release: the finaliser runs with the object held, and false means it
// stored a new reference to the object, which then lives on.
bool finalize(Object* o) {
  if (o->kind != ObjKind::Generator && o->kind != ObjKind::Instance) return true;
  o->refcount = 1;  // alive while its finaliser runs
  callFinalizer(o);
  return --o->refcount == 0;
}

thread_local DeletionWatch* t_deletionWatch = nullptr;

void deleteNow(Object* o) {
  if (!finalize(o)) return;  // resurrected
  if (t_deletionWatch) t_deletionWatch->forget(o);
  if (HeapAccount* h = currentHeapAccount()) {
    h->liveBytes -= o->accounted;
    --h->liveObjects;
  }
  delete o;
}

}  // namespace

DeletionWatch::DeletionWatch() : m_saved(t_deletionWatch) {
  t_deletionWatch = this;
}

DeletionWatch::~DeletionWatch() {
  t_deletionWatch = m_saved;
}

void destroyObject(Object* o) {
  Trashcan& t = trashcan();
  if (t.depth >= kMaxDestroyDepth) {
    t.deferred.push_back(o);
    return;
  }
  ++t.depth;
  deleteNow(o);
  if (t.depth == 1) {
    // Outermost release: drain what deeper levels parked. Deleting one parked
    // object may park more; each is freed at depth 1 again.
    while (!t.deferred.empty()) {
      Object* next = t.deferred.back();
      t.deferred.pop_back();
      deleteNow(next);
    }
  }
  --t.depth;
}

}  // namespace ys
