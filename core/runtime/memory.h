// memory.h — sizes as 64-bit CPython 3.11 has them, and the footprint of a step.
//
// Two numbers, two uses:
//  * getsizeof(v): what `sys.getsizeof(v)` prints in python3 (formulas and
//    measurements of CPython 3.11 in tests/data/memory, reproduced exactly).
//  * footprint(vm), in core/debug/footprint.h: the bytes of everything reachable from the live frames,
//    generator objects and module globals at this moment, each object counted
//    once, by the rule written in docs/MEMORY.md (shared objects — small ints,
//    interned strings, None/True/False, code constants, functions, classes,
//    modules — are not counted). Inline ints and floats are counted per slot
//    (the engine does not box them): ints outside -5..256 as CPython allocates
//    them (32 B up to 2 digits, then +4 per digit: tracemalloc sees a 1-digit
//    int as 32 B, not getsizeof's 28), 24 B per float; an int or float equal to
//    a constant of the program's code counts as that shared constant.
//
// getsizeofObject(GeneratorObj) reads `code` (or the frame's code): a VM that
// fills them in after make<GeneratorObj>() should call
// gen->setAccounted(getsizeofObject(*gen)) afterwards.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/runtime/object.h"

namespace ys {

int64_t getsizeof(const Value& v);

// CPython list_resize: the allocated slot count after resizing a list whose
// allocation is `allocated` to `newSize` items.
size_t cpythonListResize(size_t allocated, size_t size, size_t newSize);
// sys.getsizeof of a generator (or a frame-owning code) from its code object.
int64_t generatorSize(const CodeObj& code);
// CPython 3.11's co_stacksize for the same code, derived from our bytecode
// (which keeps one stack slot per callee where CPython keeps two). Exact for
// typical generator and function bodies, not guaranteed for every construct.
// generatorSize() uses it (cached in CodeObj::cpyStacksize).
int32_t cpythonStacksize(const CodeObj& code);

// The getsizeof of a heap object, not clamped to 32 bits (getsizeofObject is).
int64_t getsizeofObjectBytes(const Object& o);

// Sizes of CPython 3.11 structures that the footprint walk
// (core/debug/footprint.h) adds to getsizeof's.
struct CpythonSizes {
  static constexpr int64_t tupleBase = 40;         // a tuple's header (+8 per item)
  static constexpr int64_t frameBase = 72;         // _PyInterpreterFrame before localsplus
  static constexpr int64_t genexprFunction = 152;  // the function a genexpr is made from
};

}  // namespace ys
