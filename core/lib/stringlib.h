// stringlib.h — the method families str, bytes and bytearray share, written
// once as CPython's Objects/stringlib writes them once for its string types.
//
// What a family's names mean (rfind searches from the right, index raises
// where find answers -1, lstrip strips only the left) is the same for every
// such type; only the body differs (str counts code points, bytes bytes). A
// type passes its bodies as `Text`, a struct of static functions:
//   find(args, name, reverse, raise)   find, rfind, index, rindex
//   affix(args, name, atEnd)           startswith, endswith
//   changeCase(args, name, upper)      upper, lower
//   strip(args, name, left, right)     strip, lstrip, rstrip
#pragma once

#include "core/lib/builtins_util.h"

namespace ys {

// The list split and rsplit return (of str, bytes and bytearray), allocated
// as CPython's stringlib/split.h makes it: PyList_New(PREALLOC_SIZE) with
// min(maxsplit + 1, 12) slots (12 when maxsplit is -1), filled in place, then
// grown by append past 12, and its size trimmed at the end but not its
// allocation, so "a b".split() is 152 bytes. Defined in methods_str.cpp.
Value splitResultList(std::vector<Value> parts, int64_t maxsplit);

// The rows of these families for Text's method table.
template <class Text>
inline constexpr NativeEntry kStringlibMethods[] = {
    {"find", [](Interpreter&, Args a, const Value&) { return Text::find(a, "find", false, false); }},
    {"rfind", [](Interpreter&, Args a, const Value&) { return Text::find(a, "rfind", true, false); }},
    {"index", [](Interpreter&, Args a, const Value&) { return Text::find(a, "index", false, true); }},
    {"rindex", [](Interpreter&, Args a, const Value&) { return Text::find(a, "rindex", true, true); }},
    {"startswith", [](Interpreter&, Args a, const Value&) { return Text::affix(a, "startswith", false); }},
    {"endswith", [](Interpreter&, Args a, const Value&) { return Text::affix(a, "endswith", true); }},
    {"upper", [](Interpreter&, Args a, const Value&) { return Text::changeCase(a, "upper", true); }},
    {"lower", [](Interpreter&, Args a, const Value&) { return Text::changeCase(a, "lower", false); }},
    {"strip", [](Interpreter&, Args a, const Value&) { return Text::strip(a, "strip", true, true); }},
    {"lstrip", [](Interpreter&, Args a, const Value&) { return Text::strip(a, "lstrip", true, false); }},
    {"rstrip", [](Interpreter&, Args a, const Value&) { return Text::strip(a, "rstrip", false, true); }},
};

}  // namespace ys
