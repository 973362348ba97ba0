// opcodes.h — the instruction set of code objects: the compiler emits it
// (core/frontend/compiler.h), the VM runs it (core/vm/vm.cpp).
//
// One table, in the style of Wren's wren_opcodes.h: each row names an opcode
// and the comment says what it does to the value stack. The set follows
// CPython 3.11 closely (exception table instead of a block stack, LOAD_METHOD
// pairs, BINARY_OP with the operator as argument, SEND for `yield from`) so a
// reader who knows `dis` can read our disassembly. The number after each name
// is what the instruction does to the stack's depth; kVaries marks the ones
// where that depends on the argument, which stackEffect()
// (opcodes.cpp) computes.
#pragma once

#include <cstdint>

namespace ys {

// The stack effect of an opcode that depends on its argument (see stackEffect()).
constexpr int kVaries = -128;

#define YS_OPCODES(X)                                                                                  \
  X(NOP, 0)                        /* nothing */                                                       \
  X(POP_TOP, -1)                   /* a -> */                                                          \
  X(COPY, 1)                       /* copies the arg-th item (1 = top) onto the top */                 \
  X(SWAP, 0)                       /* swaps top with the arg-th item */                                \
  X(LOAD_CONST, 1)                 /* -> consts[arg] */                                                \
  X(LOAD_FAST, 1)                  /* -> locals[arg] (UnboundLocalError when unset) */                 \
  X(STORE_FAST, -1)                /* v -> ; locals[arg] = v */                                        \
  X(DELETE_FAST, 0)                /* locals[arg] unset */                                             \
  X(LOAD_DEREF, 1)                 /* -> cell(locals[arg]).value */                                    \
  X(STORE_DEREF, -1)               /* v -> */                                                          \
  X(DELETE_DEREF, 0)               /* cell unset */                                                    \
  X(LOAD_CLOSURE, 1)               /* -> the cell object in locals[arg] */                             \
  X(MAKE_CELL, 0)                  /* locals[arg] = new cell holding the old value (if any) */         \
  X(LOAD_GLOBAL, 1)                /* -> globals/builtins[names[arg]] */                               \
  X(STORE_GLOBAL, -1)              /* v -> */                                                          \
  X(DELETE_GLOBAL, 0)              /* */                                                               \
  X(LOAD_NAME, 1)                  /* -> locals dict / globals / builtins (module and class bodies) */ \
  X(STORE_NAME, -1)                /* v -> */                                                          \
  X(DELETE_NAME, 0)                /* */                                                               \
  X(LOAD_CLASSDEREF, 1)            /* class body: locals dict, else the cell locals[arg] */            \
  X(LOAD_ATTR, 0)                  /* obj -> obj.names[arg] */                                         \
  X(STORE_ATTR, -2)                /* v obj -> ; obj.names[arg] = v */                                 \
  X(DELETE_ATTR, -1)               /* obj -> */                                                        \
  X(LOAD_METHOD, 1)                /* obj -> meth self | NULL attr (no bound-method allocation) */     \
  X(CALL, kVaries)                 /* f a1..an [kwnames] -> r; arg = n | KW flag | METHOD flag */      \
  X(CALL_EX, kVaries)              /* f argstuple [kwargsdict] -> r; arg&1: has kwargs */              \
  X(BINARY_OP, -1)                 /* a b -> a op b; arg = ast::OpKind (+ INPLACE flag) */             \
  X(UNARY_NEGATIVE, 0)             /* a -> -a */                                                       \
  X(UNARY_POSITIVE, 0)             /* a -> +a */                                                       \
  X(UNARY_NOT, 0)                  /* a -> not a */                                                    \
  X(UNARY_INVERT, 0)               /* a -> ~a */                                                       \
  X(COMPARE_OP, -1)                /* a b -> a cmp b; arg = ast::CmpOpKind (Eq..GtE) */                \
  X(IS_OP, -1)                     /* a b -> a is b (arg 1: is not) */                                 \
  X(CONTAINS_OP, -1)               /* a b -> a in b (arg 1: not in) */                                 \
  X(BINARY_SUBSCR, -1)             /* o k -> o[k] */                                                   \
  X(STORE_SUBSCR, -3)              /* v o k -> ; o[k] = v */                                           \
  X(DELETE_SUBSCR, -2)             /* o k -> */                                                        \
  X(BUILD_SLICE, kVaries)          /* a b [c] -> slice; arg = 2 or 3 */                                \
  X(BUILD_TUPLE, kVaries)          /* n items -> tuple */                                              \
  X(BUILD_LIST, kVaries)           /* n items -> list */                                               \
  X(BUILD_SET, kVaries)            /* n items -> set */                                                \
  X(BUILD_MAP, kVaries)            /* 2n items -> dict */                                              \
  X(BUILD_CONST_KEY_MAP, kVaries)  /* n values, a tuple of n keys -> dict */                           \
  X(BUILD_STRING, kVaries)         /* n strs -> joined str */                                          \
  X(LIST_APPEND, -1)               /* list(at arg) ... v -> ... */                                     \
  X(SET_ADD, -1)                   /* */                                                               \
  X(MAP_ADD, -2)                   /* dict(at arg) ... k v -> ... */                                   \
  X(LIST_EXTEND, -1)               /* list(at arg) ... it -> ... */                                    \
  X(SET_UPDATE, -1)                /* */                                                               \
  X(DICT_UPDATE, -1)               /* dict(at arg) ... m -> ... (dict display **m) */                  \
  X(DICT_MERGE, -1)                /* as DICT_UPDATE, duplicate keys are an error (f(**m)) */          \
  X(LIST_TO_TUPLE, 0)              /* list -> tuple */                                                 \
  X(UNPACK_SEQUENCE, kVaries)      /* seq -> v_n .. v_1 (v_1 on top) */                                \
  X(UNPACK_EX, kVaries)            /* seq -> ...; arg = before | after << 8 */                         \
  X(GET_ITER, 0)                   /* o -> iter(o) */                                                  \
  X(FOR_ITER, kVaries)             /* it -> it next | (exhausted: pop it, jump to arg) */              \
  X(JUMP, 0)                       /* ip = arg */                                                      \
  X(POP_JUMP_IF_FALSE, -1)         /* v -> */                                                          \
  X(POP_JUMP_IF_TRUE, -1)          /* v -> */                                                          \
  X(JUMP_IF_FALSE_OR_POP, kVaries) /* v -> v (jumps) | -> (falls through) */                           \
  X(JUMP_IF_TRUE_OR_POP, kVaries)  /* */                                                               \
  X(RETURN_VALUE, -1)              /* v -> (frame returns v) */                                        \
  X(YIELD_VALUE, 0)                /* v -> sent (the frame suspends in between) */                     \
  X(GET_YIELD_FROM_ITER, 0)        /* o -> iter(o) (a generator stays itself) */                       \
  X(SEND, kVaries)                 /* it v -> it r | (it returned: -> value, jump to arg) */           \
  X(MAKE_FUNCTION, kVaries)        /* [defaults] [kwdefaults] [closure] code -> f; arg = flags */      \
  X(BUILD_CLASS, -2)               /* bodyfn name bases -> class */                                    \
  X(RAISE_VARARGS, kVaries)        /* [exc [cause]] -> ; arg = 0, 1, 2 */                              \
  X(RERAISE, -1)                   /* [lasti] exc -> raise exc again (no new traceback entry) */       \
  X(PUSH_EXC_INFO, 1)              /* exc -> prev exc (frame's handled exception becomes exc) */       \
  X(POP_EXCEPT, -1)                /* prev -> (frame's handled exception becomes prev) */              \
  X(CHECK_EXC_MATCH, 0)            /* exc type -> exc bool */                                          \
  X(BEFORE_WITH, 1)                /* mgr -> exit enter_result */                                      \
  X(WITH_EXIT, -1)                 /* exit -> ; calls exit(None, None, None) */                        \
  X(WITH_EXCEPT_START, 1)          /* exit lasti prev exc -> ... exc exit(type, exc, tb) */            \
  X(LOAD_ASSERTION_ERROR, 1)       /* -> AssertionError */                                             \
  X(IMPORT_NAME, 1)                /* -> module names[arg] */                                          \
  X(IMPORT_FROM, 1)                /* mod -> mod mod.names[arg] (ImportError when missing) */          \
  X(FORMAT_VALUE, kVaries)         /* v [spec] -> str; arg = conversion | HAS_SPEC */                  \
  X(LOAD_NULL, 1)                  /* -> NULL (the method-call marker) */                              \
  X(DELETE_NAME_IF, 0)             /* except-name cleanup: unset locals/name when bound */             \
  X(GET_LEN, 1)                    /* o -> o len(o) (match: sequence and mapping lengths) */           \
  X(MATCH_SEQUENCE, 1)             /* s -> s bool (list, tuple, range, deque...; not str) */           \
  X(MATCH_MAPPING, 1)              /* s -> s bool (dict and the collections dicts) */                  \
  X(MATCH_KEYS, 1)                 /* s keys -> s keys values-tuple | None (via s.get) */              \
  X(MATCH_CLASS, -2)               /* s cls names -> attrs-tuple | None; arg = positional count */     \
  X(COPY_DICT_WITHOUT_KEYS, -1)    /* s keys -> dict(s) without keys (a mapping's **rest) */

enum Op : uint16_t {
#define YS_OP_ENUM(name, effect) name,
  YS_OPCODES(YS_OP_ENUM)
#undef YS_OP_ENUM
      OP_COUNT
};

const char* opName(int op);

// Net stack effect of one instruction; `jump` selects the effect when the
// instruction's jump is taken (for FOR_ITER, SEND and conditional jumps).
int stackEffect(int op, int arg, bool jump);

// What each opcode does to the stack's depth, or kVaries.
inline constexpr int kStackEffect[] = {
#define YS_OP_EFFECT(name, effect) effect,
    YS_OPCODES(YS_OP_EFFECT)
#undef YS_OP_EFFECT
};
static_assert(sizeof(kStackEffect) / sizeof(kStackEffect[0]) == OP_COUNT);

// CALL argument layout.
constexpr int32_t CALL_ARGC_MASK = 0xffff;
constexpr int32_t CALL_KW = 1 << 16;      // a tuple of keyword names is on top
constexpr int32_t CALL_METHOD = 1 << 17;  // callee slot pair from LOAD_METHOD

// MAKE_FUNCTION flags.
constexpr int32_t MF_DEFAULTS = 1;
constexpr int32_t MF_KWDEFAULTS = 2;
constexpr int32_t MF_CLOSURE = 8;

// BINARY_OP: in-place variant flag (`+=` on a list extends it).
constexpr int32_t BINOP_INPLACE = 0x100;

// FORMAT_VALUE: a format spec is on the stack.
constexpr int32_t FV_HAS_SPEC = 0x100;

}  // namespace ys
