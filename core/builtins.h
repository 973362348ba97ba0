// builtins.h — the builtins module, methods of built-in types, and the
// importable modules (itertools, functools, math, sys, collections).
#pragma once

#include <string_view>

#include "core/object.h"

namespace ys {

class VM;

// Fills the dicts of the built-in type objects with their methods
// (str.upper, list.append, dict.items, ...). Called once by builtinTypes().
void installTypeMethods(BuiltinTypes& types);

// Fills `builtins` with print, len, range, ... and the type names. Called once
// per VM before the program runs.
void installBuiltins(VM& vm, DictObj& builtins);

// `import name`: a fresh module object for this VM, or throws
// ModuleNotFoundError ("No module named 'os'") — programs reach no file,
// process or network, so only the pure modules exist.
Value importModule(VM& vm, std::string_view name);

}  // namespace ys
