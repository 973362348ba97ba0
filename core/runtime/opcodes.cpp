// opcodes.cpp — opcode names and stack effects (see opcodes.h): what the
// compiler needs to emit code and the runtime to measure it (co_stacksize
// for sys.getsizeof of a generator), from the one table.
#include "core/runtime/opcodes.h"

namespace ys {

const char* opName(int op) {
  static const char* names[] = {
#define YS_OP_NAME(name, effect) #name,
      YS_OPCODES(YS_OP_NAME)
#undef YS_OP_NAME
  };
  return op >= 0 && op < OP_COUNT ? names[op] : "?";
}

int stackEffect(int op, int arg, bool jump) {
  if (op >= 0 && op < OP_COUNT && kStackEffect[op] != kVaries) return kStackEffect[op];
  switch (op) {
    case CALL: {
      int n = arg & CALL_ARGC_MASK;
      int eff = -n;
      if (arg & CALL_KW) eff -= 1;
      if (arg & CALL_METHOD) eff -= 1;
      return eff;
    }
    case CALL_EX:
      return (arg & 1) ? -2 : -1;
    case BUILD_SLICE:
      return arg == 3 ? -2 : -1;
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
      return 1 - arg;
    case BUILD_MAP:
      return 1 - 2 * arg;
    case BUILD_CONST_KEY_MAP:
      return -arg;
    case UNPACK_SEQUENCE:
      return arg - 1;
    case UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case FOR_ITER:
      return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case SEND:
      return jump ? -1 : 0;
    case MAKE_FUNCTION: {
      int eff = 0;
      if (arg & MF_DEFAULTS) --eff;
      if (arg & MF_KWDEFAULTS) --eff;
      if (arg & MF_CLOSURE) --eff;
      return eff;
    }
    case RAISE_VARARGS:
      return -arg;
    case FORMAT_VALUE:
      return (arg & FV_HAS_SPEC) ? -1 : 0;
    default:
      return 0;
  }
}

}  // namespace ys
