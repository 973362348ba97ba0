// inspect.h — reading engine state for the debugger without running user code.
//
// Snapshots are taken while the program is paused inside a trace hook, so
// nothing here may call back into Python (a user __repr__ would emit steps of
// its own): values are shown with the built-in reprs only, and containers are
// cut off as soon as the text passes the limit, so a 10^6-element list costs
// no more to show than a short one.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/runtime/object.h"

namespace ys {

// repr(v) as Python would show it for built-in values, shortened to at most
// `limit` characters (ending in "..." when cut). Instances of user classes
// show as <Name object>.
std::string shortRepr(const Value& v, size_t limit);

// The local variables of a frame in definition order, unbound ones left out,
// cells dereferenced. For the module frame: the program's globals, without
// dunder names.
std::vector<std::pair<std::string, Value>> frameLocals(const Frame& frame);

// The program's lines without their newlines (line n is element n-1).
std::vector<std::string> splitSourceLines(const std::string& source);

// "ZeroDivisionError: division by zero" for an exception instance.
std::string exceptionText(const Value& exc);
// "ZeroDivisionError"
std::string exceptionTypeName(const Value& exc);

}  // namespace ys
