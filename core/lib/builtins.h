// builtins.h — the builtins module, methods of built-in types, and the
// importable modules (itertools, functools, math, sys, collections).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/runtime/object.h"

namespace ys {

class Interpreter;

// Conventions between these natives and the VM:
//  * A BuiltinObj whose `ownerType` is set is a method of that type (like a
//    CPython method descriptor): found through an instance, the VM binds it
//    and calls it with self as args[0]. Module functions leave ownerType null.
//  * ClassObj::construct is called as construct(vm, args, Value::object(cls)),
//    cls being the class actually called: `ValueError("x")` passes ValueError,
//    `class MyErr(ValueError)` passes MyErr (the VM then runs a user __init__
//    if the class defines one). `object`'s construct makes a plain InstanceObj
//    of cls, so the VM may use it for every user class.
//  * Exceptions: BaseException has __init__ (sets args), __str__, __repr__
//    and the properties args / value (StopIteration) / code (SystemExit).

// Fills the dicts of the built-in type objects (builtinTypes(), made by the
// runtime) with their methods: str.upper, list.append, dict.items, ... Once
// per process; every VM calls it before it runs anything.
void installTypeMethodsOnce();

// Fills `builtins` with print, len, range, ... and the type names. Called once
// per VM before the program runs.
void installBuiltins(Interpreter& vm, DictObj& builtins);

// iter(d) of a dict: the iterator of its keys (dict_keyiterator), the same
// one `iter(d.keys())` gives.
Value newDictKeyIterator(const Value& dict);

// OrderedDict's view classes (0 odict_keys, 1 odict_values, 2 odict_items):
// subclasses of the dict views whose instance holds the inner dict in `args`,
// as a dict view does; collections gives them odict_iterator.
ClassObj* odictViewClass(int kind);

// `import name`: a fresh module object for this VM, or throws
// ModuleNotFoundError ("No module named 'os'") — programs reach no file,
// process or network, so only the pure modules exist.
Value importModule(Interpreter& vm, std::string_view name);

// A name that `module` (one the engine provides) has in CPython 3.11 but not
// here: throws NotImplementedError naming it ("Yieldscope does not support
// random.triangular yet"), as a missing attribute would be a wrong answer.
// Returns for any other name, for the caller's own error.
void refuseMissingModuleName(std::string_view module, std::string_view name);

// The same for an attribute of a value (or a class) whose type is built in:
// `gen.gi_frame` is refused as "generator.gi_frame", `5 .__reduce__` as
// "int.__reduce__".
void refuseMissingTypeName(const Value& obj, std::string_view name);

// dir(v) of anything but a module, sorted: its own attributes, then for each
// class of its type's MRO that class's names — CPython 3.11's dir() of the
// type for a built-in one, so dir(gen) lists __next__, send, gi_frame...
std::vector<std::string> dirOfValue(const Value& v);

// The parts of a complex number (mod_complex.cpp); false for any other value.
bool complexParts(const Value& v, double& re, double& im);
// x ** y for floats x < 0 and a fractional y: float_pow hands it to
// complex_pow, whose complex result (or OverflowError) this is.
Value negativeFloatPow(double x, double y);

// A generator's gi_frame: a frame object reading the generator's line,
// locals and code (mod_inspect.cpp).
Value generatorFrame(const Value& generator);

// str.isidentifier: a letter or '_', then letters, digits and '_'.
bool isIdentifier(std::string_view utf8);

// The member descriptor a __slots__ name puts in its class: reads, writes
// and deletes that attribute of an instance (held in the instance's dict,
// which a slotted instance does not show).
Value newSlotDescriptor(const ClassObj& owner, const std::string& name);

}  // namespace ys
