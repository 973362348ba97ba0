// gen_state.h — a generator's state (inspect.getgeneratorstate), in a header
// of its own so the debugger's snapshots can carry it without the object model.
#pragma once

#include <cstdint>

namespace ys {

enum class GenState : uint8_t { Created, Running, Suspended, Closed };
const char* genStateName(GenState s);  // "GEN_CREATED", ...
const char* genStateWord(GenState s);  // "created", ...: the debugger's word for it

}  // namespace ys
