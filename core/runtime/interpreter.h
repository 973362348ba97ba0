// interpreter.h — what native code may ask of the interpreter running it.
//
// Builtins, the methods of the built-in types, the modules and the native
// iterators (core/lib, and the runtime's own iterators) call Python code,
// iterate, compare, print and raise through this interface, as CPython's C
// code goes through the abstract object API (PyObject_Call, PyIter_Next,
// PyObject_Repr). The VM (core/vm/vm.h) is its one implementation. So the
// library sits below the VM: it never sees the dispatch loop, the frames
// being run or the tracer, and each layer links against the ones below it.
//
// Every service may throw PyErr, as the Python code it runs may raise.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/budgets.h"
#include "core/runtime/object.h"

namespace ys {

struct RandomState;  // the random module's generator (core/lib/mod_random.cpp), one per run

class Interpreter {
 public:
  // ---- calling, iterating, attributes ----
  virtual Value call(const Value& callee, std::span<const Value> args, std::span<const KwArg> kw = {}) = 0;
  virtual Value getIter(const Value& v) = 0;                     // iter(v)
  virtual bool iterNext(const Value& iterator, Value& out) = 0;  // next(); false at StopIteration
  // With classHook false this is object.__getattribute__: the default lookup,
  // without the class's own __getattribute__ or __getattr__.
  virtual Value getAttr(const Value& obj, std::string_view name, bool classHook = true) = 0;
  virtual bool hasAttr(const Value& obj, std::string_view name) = 0;
  // With classHook false these are object.__setattr__/__delattr__: the
  // default, which a class's own __setattr__/__delattr__ calls to do the work.
  virtual void setAttr(const Value& obj, std::string_view name, Value value, bool classHook = true) = 0;
  virtual void delAttr(const Value& obj, std::string_view name, bool classHook = true) = 0;
  // The module an `import name` in the program gets: one object per run.
  virtual Value importName(const std::string& name) = 0;
  // Calls the special method `name` of obj's type (looked up on the type, as
  // CPython's slots are) with obj alone; false when the type has none.
  virtual bool callSpecial(const Value& obj, const char* name, Value& result) = 0;
  // type(name, bases, namespace): a new class, __init_subclass__ and all.
  virtual Value makeClass(const Value& name, const Value& bases, const DictObj& ns) = 0;
  virtual Value builtin(std::string_view name) = 0;  // a name of the builtins module (None when absent)

  // ---- operators, with the user's dunder methods ----
  virtual std::string repr(const Value& v) = 0;             // __repr__
  virtual std::string str(const Value& v) = 0;              // __str__
  virtual bool truthy(const Value& v) = 0;                  // __bool__ / __len__
  virtual bool equals(const Value& a, const Value& b) = 0;  // ==, with __eq__
  // Identity first, then ==: how `in`, index, count and remove compare, so
  // a NaN is found in a list that holds that very NaN.
  bool sameOrEquals(const Value& a, const Value& b) { return a.identical(b) || equals(a, b); }
  virtual bool lessThan(const Value& a, const Value& b) = 0;                  // <, with __lt__ (sorted, min, max)
  virtual Value add(const Value& a, const Value& b) = 0;                      // + (sum)
  virtual Value binaryOp(int astOpKind, const Value& a, const Value& b) = 0;  // ast::OpKind as int
  // == to >= (ast::CmpOpKind as int), reflected too
  virtual Value compare(int astCmpOp, const Value& a, const Value& b) = 0;
  virtual Value negative(const Value& v) = 0;                                        // -v, with __neg__
  virtual bool contains(const Value& container, const Value& item) = 0;              // item in container
  virtual int64_t length(const Value& v) = 0;                                        // len(), with __len__
  virtual Value getItem(const Value& obj, const Value& key) = 0;                     // obj[key], with __getitem__
  virtual void setItem(const Value& obj, const Value& key, const Value& value) = 0;  // obj[key] = value
  // A NaN of its own, for float('nan'): CPython makes a new object at each
  // call, so two are not `is` each other and are two keys of a dict. Floats
  // are held by value and identity compares their bits, so each gets its own
  // payload (counted per run, so a replay makes the same ones).
  virtual double newNaN() = 0;

  // ---- the program's streams ----
  virtual void write(std::string_view text) = 0;             // print's sink
  virtual void writeError(std::string_view text) = 0;        // sys.stderr's sink
  virtual std::optional<std::string> readInputLine() = 0;    // input()'s next line; nullopt at end of input
  virtual const std::vector<std::string>& argv() const = 0;  // sys.argv

  // ---- the state of the run ----
  // The StopIteration the latest iterNext() ended on, taken (None when it
  // carried nothing): map passes its source's on, as CPython's tp_iternext
  // leaves the exception set; chain and cycle clear it, as PyIter_Next does.
  virtual Value takeStopIteration() = 0;
  // sys.getrecursionlimit / setrecursionlimit, and the Python frames running now.
  virtual int64_t recursionLimit() const = 0;
  virtual void setRecursionLimit(int64_t limit) = 0;
  virtual int recursionDepth() const = 0;
  // One level of the recursion budget, held while native code calls back
  // into Python (RecursionUnit below).
  virtual void enterRecursion(const char* where) = 0;
  virtual void leaveRecursion() = 0;
  // The random module's state: made at its first use, swapped by Random
  // instances' methods; and the seed an unseeded program starts from.
  virtual std::shared_ptr<RandomState>& randomState() = 0;
  virtual uint64_t randomSeed() const = 0;
  virtual Frame* currentFrame() const = 0;  // innermost running frame (null when idle)
  virtual DictObj* mainGlobals() const = 0;
  virtual const Budgets& budgets() const = 0;

  // ---- finalisers, run when a last reference goes (value.cpp) ----
  // A suspended generator is closed (GeneratorExit thrown in, so `finally`
  // blocks run); an instance's __del__ (`del`) is called. Neither throws: a
  // Python error is reported as CPython's "Exception ignored in".
  virtual void finalizeGenerator(GeneratorObj& gen) noexcept = 0;
  virtual void finalizeInstance(InstanceObj& inst, const Value& del) noexcept = 0;

  // The interpreter running on this thread, if any: for code that is handed
  // none (a Value released far from any call, operator.index's __index__
  // inside a slice). The VM sets it while it runs and returns the one before.
  static Interpreter* current();
  static Interpreter* setCurrent(Interpreter* interpreter);

 protected:
  Interpreter() = default;
  ~Interpreter() = default;
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;
};

// One unit of the recursion budget, held while native code calls back into
// Python as one of CPython's C functions does: at the limit it raises
// RecursionError("maximum recursion depth exceeded<where>").
class RecursionUnit {
 public:
  RecursionUnit(Interpreter& vm, const char* where) : m_vm(vm) { vm.enterRecursion(where); }
  ~RecursionUnit() { m_vm.leaveRecursion(); }
  RecursionUnit(const RecursionUnit&) = delete;
  RecursionUnit& operator=(const RecursionUnit&) = delete;

 private:
  Interpreter& m_vm;
};

}  // namespace ys
