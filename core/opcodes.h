// opcodes.h — the instruction set (owned by the compiler/VM; see compiler.h).
#pragma once
