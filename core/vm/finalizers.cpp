// finalizers.cpp — the Python code that runs when an object's last reference
// goes: a suspended generator's close(), an instance's __del__.
//
// Both run inside a release (a Value's destructor, called by destroyObject),
// so nothing may escape them:
// - a Python error is reported on stderr as CPython's "Exception ignored in"
//   (sys.unraisablehook's default text) and the program goes on;
// - a stop or step budget reached inside is recorded in pendingAbort for the
//   dispatch loop to raise at its next instruction, where unwinding is safe
//   (throwing here would unwind through the release into a frame that may
//   already be gone).
#include "core/vm/vm_internal.h"

namespace ys {

namespace {

// CPython 3.11's PyErr_WriteUnraisable: the object whose finaliser failed,
// then the exception's traceback, without its __context__ chain. An exception
// that has no traceback (raised by close() itself: "generator ignored
// GeneratorExit") is shown at the line whose release ran the finaliser.
void reportIgnored(VM::Impl& vm, const Value& exc, const Value& where) {
  std::string text = "Exception ignored in: ";
  try {
    text += vm.repr(where);
  } catch (PyErr&) {
    text += "<object repr() failed>";
  }
  if (exc.is(ObjKind::Instance) && exc.as<InstanceObj>()->traceback.empty() && vm.current && vm.current->code)
    addTracebackEntry(vm, exc, vm.current, vm.current->ip - 1);
  text += "\n" + formatException(vm, exc, false);
  vm.writeErr(text);
}

template <class Body>
void runFinalizer(VM::Impl* vm, const Value& where, Body body) noexcept {
  if (!vm || vm->aborting) return;
  try {
    try {
      body();
    } catch (PyErr& e) {
      reportIgnored(*vm, e.exc, where);
    }
  } catch (VMAbort& a) {
    vm->setPendingAbort(std::move(a));
  } catch (...) {
    // bad_alloc and the like: the object is finalised all the same.
  }
}

}  // namespace

// A created or suspended generator is closed: CPython's _PyGen_Finalize
// throws GeneratorExit in, so `finally` blocks run.
void VM::finalizeGenerator(GeneratorObj& gen) noexcept {
  if (m_impl->exiting) m_impl->closedAtExit.push_back(gen.id);
  runFinalizer(m_impl.get(), Value::object(&gen), [&] { m_impl->genClose(&gen); });
}

// An instance whose class defines __del__ (found on the type, as CPython's
// slot_tp_finalize looks it up): it is called bound to the instance.
void VM::finalizeInstance(InstanceObj& inst, const Value& del) noexcept {
  runFinalizer(m_impl.get(), del, [&] { m_impl->callMethod(Value::object(&inst), del, {}); });
}

}  // namespace ys
