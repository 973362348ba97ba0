// opcodes.h — the instruction set (owned by the compiler/VM; see compiler.h).
//
// One table, in the style of Wren's wren_opcodes.h: each row names an opcode
// and the comment says what it does to the value stack. The set follows
// CPython 3.11 closely (exception table instead of a block stack, LOAD_METHOD
// pairs, BINARY_OP with the operator as argument, SEND for `yield from`) so a
// reader who knows `dis` can read our disassembly. Stack effects live in the
// compiler's stackEffect(), next to the code that emits them.
#pragma once

#include <cstdint>

namespace ys {

#define YS_OPCODES(X)                                                                      \
  X(NOP)                /* nothing */                                                      \
  X(POP_TOP)            /* a -> */                                                         \
  X(COPY)               /* copies the arg-th item (1 = top) onto the top */                \
  X(SWAP)               /* swaps top with the arg-th item */                               \
  X(LOAD_CONST)         /* -> consts[arg] */                                               \
  X(LOAD_FAST)          /* -> locals[arg] (UnboundLocalError when unset) */                \
  X(STORE_FAST)         /* v -> ; locals[arg] = v */                                       \
  X(DELETE_FAST)        /* locals[arg] unset */                                            \
  X(LOAD_DEREF)         /* -> cell(locals[arg]).value */                                   \
  X(STORE_DEREF)        /* v -> */                                                         \
  X(DELETE_DEREF)       /* cell unset */                                                   \
  X(LOAD_CLOSURE)       /* -> the cell object in locals[arg] */                            \
  X(MAKE_CELL)          /* locals[arg] = new cell holding the old value (if any) */        \
  X(LOAD_GLOBAL)        /* -> globals/builtins[names[arg]] */                              \
  X(STORE_GLOBAL)       /* v -> */                                                         \
  X(DELETE_GLOBAL)      /* */                                                              \
  X(LOAD_NAME)          /* -> locals dict / globals / builtins (module and class bodies) */\
  X(STORE_NAME)         /* v -> */                                                         \
  X(DELETE_NAME)        /* */                                                              \
  X(LOAD_CLASSDEREF)    /* class body: locals dict, else the cell locals[arg] */           \
  X(LOAD_ATTR)          /* obj -> obj.names[arg] */                                        \
  X(STORE_ATTR)         /* v obj -> ; obj.names[arg] = v */                                \
  X(DELETE_ATTR)        /* obj -> */                                                       \
  X(LOAD_METHOD)        /* obj -> meth self | NULL attr (no bound-method allocation) */   \
  X(CALL)               /* f a1..an [kwnames] -> r; arg = n | KW flag | METHOD flag */     \
  X(CALL_EX)            /* f argstuple [kwargsdict] -> r; arg&1: has kwargs */             \
  X(BINARY_OP)          /* a b -> a op b; arg = ast::OpKind (+ INPLACE flag) */            \
  X(UNARY_NEGATIVE)     /* a -> -a */                                                      \
  X(UNARY_POSITIVE)     /* a -> +a */                                                      \
  X(UNARY_NOT)          /* a -> not a */                                                   \
  X(UNARY_INVERT)       /* a -> ~a */                                                      \
  X(COMPARE_OP)         /* a b -> a cmp b; arg = ast::CmpOpKind (Eq..GtE) */               \
  X(IS_OP)              /* a b -> a is b (arg 1: is not) */                                \
  X(CONTAINS_OP)        /* a b -> a in b (arg 1: not in) */                                \
  X(BINARY_SUBSCR)      /* o k -> o[k] */                                                  \
  X(STORE_SUBSCR)       /* v o k -> ; o[k] = v */                                          \
  X(DELETE_SUBSCR)      /* o k -> */                                                       \
  X(BUILD_SLICE)        /* a b [c] -> slice; arg = 2 or 3 */                               \
  X(BUILD_TUPLE)        /* n items -> tuple */                                             \
  X(BUILD_LIST)         /* n items -> list */                                              \
  X(BUILD_SET)          /* n items -> set */                                               \
  X(BUILD_MAP)          /* 2n items -> dict */                                             \
  X(BUILD_STRING)       /* n strs -> joined str */                                         \
  X(LIST_APPEND)        /* list(at arg) ... v -> ... */                                    \
  X(SET_ADD)            /* */                                                              \
  X(MAP_ADD)            /* dict(at arg) ... k v -> ... */                                  \
  X(LIST_EXTEND)        /* list(at arg) ... it -> ... */                                   \
  X(SET_UPDATE)         /* */                                                              \
  X(DICT_UPDATE)        /* dict(at arg) ... m -> ... (dict display **m) */                 \
  X(DICT_MERGE)         /* as DICT_UPDATE, duplicate keys are an error (f(**m)) */         \
  X(LIST_TO_TUPLE)      /* list -> tuple */                                                \
  X(UNPACK_SEQUENCE)    /* seq -> v_n .. v_1 (v_1 on top) */                               \
  X(UNPACK_EX)          /* seq -> ...; arg = before | after << 8 */                        \
  X(GET_ITER)           /* o -> iter(o) */                                                 \
  X(FOR_ITER)           /* it -> it next | (exhausted: pop it, jump to arg) */             \
  X(JUMP)               /* ip = arg */                                                     \
  X(POP_JUMP_IF_FALSE)  /* v -> */                                                         \
  X(POP_JUMP_IF_TRUE)   /* v -> */                                                         \
  X(JUMP_IF_FALSE_OR_POP) /* v -> v (jumps) | -> (falls through) */                       \
  X(JUMP_IF_TRUE_OR_POP)  /* */                                                            \
  X(RETURN_VALUE)       /* v -> (frame returns v) */                                       \
  X(YIELD_VALUE)        /* v -> sent (the frame suspends in between) */                    \
  X(GET_YIELD_FROM_ITER) /* o -> iter(o) (a generator stays itself) */                     \
  X(SEND)               /* it v -> it r | (it returned: -> value, jump to arg) */          \
  X(MAKE_FUNCTION)      /* [defaults] [kwdefaults] [closure] code -> f; arg = flags */     \
  X(BUILD_CLASS)        /* bodyfn name bases -> class */                                   \
  X(RAISE_VARARGS)      /* [exc [cause]] -> ; arg = 0, 1, 2 */                             \
  X(RERAISE)            /* [lasti] exc -> raise exc again (no new traceback entry) */      \
  X(PUSH_EXC_INFO)      /* exc -> prev exc (frame's handled exception becomes exc) */      \
  X(POP_EXCEPT)         /* prev -> (frame's handled exception becomes prev) */             \
  X(CHECK_EXC_MATCH)    /* exc type -> exc bool */                                         \
  X(BEFORE_WITH)        /* mgr -> exit enter_result */                                     \
  X(WITH_EXIT)          /* exit -> ; calls exit(None, None, None) */                       \
  X(WITH_EXCEPT_START)  /* exit lasti prev exc -> ... exc exit(type, exc, tb) */           \
  X(LOAD_ASSERTION_ERROR) /* -> AssertionError */                                          \
  X(IMPORT_NAME)        /* -> module names[arg] */                                         \
  X(IMPORT_FROM)        /* mod -> mod mod.names[arg] (ImportError when missing) */         \
  X(FORMAT_VALUE)       /* v [spec] -> str; arg = conversion | HAS_SPEC */                 \
  X(LOAD_NULL)          /* -> NULL (the method-call marker) */                             \
  X(DELETE_NAME_IF)     /* except-name cleanup: unset locals/name when bound */            \
  X(GET_LEN)           /* o -> o len(o) (match: sequence and mapping lengths) */         \
  X(MATCH_SEQUENCE)     /* s -> s bool (list, tuple, range, deque...; not str) */         \
  X(MATCH_MAPPING)      /* s -> s bool (dict and the collections dicts) */                \
  X(MATCH_KEYS)         /* s keys -> s keys values-tuple | None (via s.get) */             \
  X(MATCH_CLASS)        /* s cls names -> attrs-tuple | None; arg = positional count */   \
  X(COPY_DICT_WITHOUT_KEYS) /* s keys -> dict(s) without keys (a mapping's **rest) */

enum Op : uint16_t {
#define YS_OP_ENUM(name) name,
  YS_OPCODES(YS_OP_ENUM)
#undef YS_OP_ENUM
  OP_COUNT
};

const char* opName(int op);

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
