#!/usr/bin/env python3
"""Generates tests/core/objects_data.inc for test_objects.cpp from CPython 3.11.

Every expected value in that file is what python3 computes: set iteration
orders after adds/discards, set table sizes (from sys.getsizeof), dict key
orders and table sizes, hashes. Run: python3 tests/core/gen_objects_data.py
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"
rng = random.Random(20261125)
out = []


def cint(v):
    if v == -2**63:
        return "(-9223372036854775807LL - 1)"
    assert -2**63 < v < 2**63
    return f"{v}LL"


def ilist(xs):
    return "{" + ", ".join(cint(x) for x in xs) + "}"


def set_table_size(s):
    n = sys.getsizeof(s)
    return 8 if n == 216 else (n - 216) // 16


# ---- set orders: ops are (+x add, discard encoded as (0, x)) -------------
cases = []
for _ in range(160):
    kind = rng.choice(["small", "wide", "neg", "huge", "mixed"])
    n = rng.choice([1, 2, 3, 4, 5, 6, 8, 12, 18, 19, 20, 40, 77, 100])
    def draw():
        if kind == "small":
            return rng.randrange(0, 64)
        if kind == "wide":
            return rng.randrange(0, 10**6)
        if kind == "neg":
            return rng.randrange(-500, 500)
        if kind == "huge":
            return rng.randrange(-2**62, 2**62)
        return rng.choice([rng.randrange(0, 40), rng.randrange(-2**40, 2**40), 8 * rng.randrange(0, 30)])
    ops = []
    s = set()
    for _ in range(n):
        if s and rng.random() < 0.25:
            x = rng.choice(sorted(s)) if rng.random() < 0.8 else draw()
            ops.append((0, x))
            s.discard(x)
        else:
            x = draw()
            ops.append((1, x))
            s.add(x)
    cases.append((ops, list(s), set_table_size(s)))
out.append("struct SetCase { std::vector<std::pair<int, long long>> ops; std::vector<long long> order; size_t table; };")
out.append("static const std::vector<SetCase> kSetCases = {")
for ops, order, table in cases:
    o = ", ".join("{%d, %s}" % (a, cint(x)) for a, x in ops)
    out.append("  {{%s}, %s, %d}," % (o, ilist(order), table))
out.append("};")

# ---- sets of tuples (tuple hash decides the order) ----------------------
tcases = []
for _ in range(60):
    n = rng.choice([2, 3, 5, 7, 10, 25])
    items = [(rng.randrange(-20, 20), rng.randrange(0, 5)) for _ in range(n)]
    s = set()
    for t in items:
        s.add(t)
    tcases.append((items, list(s)))
out.append("struct TupleSetCase { std::vector<std::pair<long long, long long>> adds; std::vector<std::pair<long long, long long>> order; };")
out.append("static const std::vector<TupleSetCase> kTupleSetCases = {")
for items, order in tcases:
    a = ", ".join("{%d, %d}" % t for t in items)
    b = ", ".join("{%d, %d}" % t for t in order)
    out.append("  {{%s}, {%s}}," % (a, b))
out.append("};")

# ---- set.pop order -------------------------------------------------------
pcases = []
for _ in range(30):
    items = [rng.randrange(0, 200) for _ in range(rng.choice([3, 6, 10, 30]))]
    s = set(items)
    s2 = set()
    for x in items:
        s2.add(x)
    pops = []
    k = rng.randrange(1, len(s2) + 1)
    adds = [rng.randrange(0, 200) for _ in range(3)]
    for _ in range(k):
        pops.append(s2.pop())
    for a in adds:
        s2.add(a)
    pops2 = []
    while s2:
        pops2.append(s2.pop())
    pcases.append((items, k, adds, pops + pops2))
out.append("struct PopCase { std::vector<long long> adds; int firstPops; std::vector<long long> laterAdds; std::vector<long long> pops; };")
out.append("static const std::vector<PopCase> kPopCases = {")
for items, k, adds, pops in pcases:
    out.append("  {%s, %d, %s, %s}," % (ilist(items), k, ilist(adds), ilist(pops)))
out.append("};")

# ---- set(other_set) / s |= t (set_merge) ---------------------------------
mcases = []
for _ in range(30):
    a = [rng.randrange(0, 1000) for _ in range(rng.choice([0, 2, 5, 9]))]
    b = [rng.randrange(0, 1000) for _ in range(rng.choice([1, 4, 5, 12, 40]))]
    sa = set()
    for x in a:
        sa.add(x)
    sb = set()
    for x in b:
        sb.add(x)
    sa |= sb
    mcases.append((a, b, list(sa), set_table_size(sa)))
out.append("struct MergeCase { std::vector<long long> a, b, order; size_t table; };")
out.append("static const std::vector<MergeCase> kMergeCases = {")
for a, b, order, table in mcases:
    out.append("  {%s, %s, %s, %d}," % (ilist(a), ilist(b), ilist(order), table))
out.append("};")

# ---- constant set displays: {1, 2, 3} goes through a compiler frozenset ----
lcases = []
for _ in range(60):
    n = rng.choice([3, 4, 5, 6, 9, 12, 19, 25])
    wide = rng.random() < 0.5
    items = [rng.randrange(-40, 400) if wide else rng.randrange(0, 64) for _ in range(n)]
    if rng.random() < 0.3:
        items = [(rng.randrange(-9, 9), rng.randrange(0, 4)) for _ in range(n)]
    s = eval("{" + ", ".join(repr(x) for x in items) + "}")
    lcases.append((items, list(s), set_table_size(s)))

def cval(x):
    return "tupleOf({I(%d), I(%d)})" % x if isinstance(x, tuple) else "I(%d)" % x

out.append("struct LiteralCase { std::vector<Value> items; std::vector<Value> order; size_t table; };")
out.append("static std::vector<LiteralCase> literalCases() {")
out.append("  return {")
for items, order, table in lcases:
    a = ", ".join(cval(x) for x in items)
    b = ", ".join(cval(x) for x in order)
    out.append("    {{%s}, {%s}, %d}," % (a, b, table))
out.append("  };")
out.append("}")

# ---- dict order and table size -------------------------------------------
def dict_log2(d):
    n = sys.getsizeof(d)
    if n == 64:
        return 0, None
    for k in range(3, 30):
        ib = 1 if k < 8 else 2 if k < 16 else 4
        for es, uni in ((16, 1), (24, 0)):
            if 96 + (1 << k) * ib + ((1 << (k + 1)) // 3) * es == n:
                return k, uni
    raise AssertionError(n)

dcases = []
for _ in range(120):
    strkeys = rng.random() < 0.4
    pool = [f"k{i}" for i in range(60)] if strkeys else list(range(-30, 90))
    d = {}
    ops = []
    for _ in range(rng.choice([0, 1, 3, 5, 6, 11, 22, 40, 90])):
        r = rng.random()
        if d and r < 0.3:
            k = rng.choice(list(d))
            ops.append((0, k))
            del d[k]
        elif strkeys and r > 0.97:
            k = rng.randrange(0, 5)  # an int key converts the str-only table
            ops.append((1, k))
            d[k] = len(ops)
        else:
            k = rng.choice(pool)
            ops.append((1, k))
            d[k] = len(ops)
    if rng.random() < 0.1:
        ops.append((2, 0))
        d.clear()
    log2, uni = dict_log2(d)
    dcases.append((ops, list(d.items()), log2, -1 if uni is None else uni))

def ckey(k):
    return f'K("{k}")' if isinstance(k, str) else f"K({k}LL)"

# dict copies: d.copy(), dict(d), {**d}, and e.update(d) on a small dict e
ccases = []
for ops, items, log2, uni in dcases[:80]:
    d = {}
    for op, k in ops:
        if op == 1:
            d[k] = 0
        elif op == 0:
            del d[k]
        else:
            d.clear()
    for k in d:
        d[k] = 1
    e = {"e0": 0, "e1": 1} if rng.random() < 0.5 else {100: 0}
    res = []
    for r in (d.copy(), dict(d), {**d}):
        res.append(dict_log2(r))
    e.update(d)
    res.append(dict_log2(e))
    ccases.append((ops, [list(x) for x in (d.copy(), dict(d), {**d}, e)], res, list(e.items())[:2] == [("e0", 0), ("e1", 1)]))

out.append("struct DictCase { std::vector<std::pair<int, K>> ops; std::vector<std::pair<K, long long>> items; int log2; int unicode; };")
out.append("static const std::vector<DictCase> kDictCases = {")
for ops, items, log2, uni in dcases:
    o = ", ".join("{%d, %s}" % (a, ckey(k)) for a, k in ops)
    it = ", ".join("{%s, %d}" % (ckey(k), v) for k, v in items)
    out.append("  {{%s}, {%s}, %d, %d}," % (o, it, log2, uni))
out.append("};")

out.append("struct DictCopyCase { std::vector<std::pair<int, K>> ops; bool strSeed; std::vector<std::pair<int, int>> sizes; };")
out.append("static const std::vector<DictCopyCase> kDictCopyCases = {")
for ops, orders, res, strseed in ccases:
    o = ", ".join("{%d, %s}" % (a, ckey(k)) for a, k in ops)
    z = ", ".join("{%d, %d}" % (l, -1 if u is None else u) for l, u in res)
    out.append("  {{%s}, %s, {%s}}," % (o, "true" if strseed else "false", z))
out.append("};")

# ---- hashes ---------------------------------------------------------------
ints = [0, 1, -1, -2, 2, 7, 1000, -1000, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 2**63 - 1, -2**63]
out.append("static const std::vector<std::pair<long long, long long>> kIntHashes = {")
out.extend("  {%s, %dLL}," % (cint(i), hash(i)) for i in ints)
out.append("};")
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 3.14, 0.1, 1e300, 1e-300, 123456.789, 2.0**61, 2.0**70, -2.5e-8,
          float("inf"), float("-inf")]
out.append("static const std::vector<std::pair<double, long long>> kFloatHashes = {")
out.extend("  {%s, %dLL}," % (repr(f).replace("inf", "INFINITY"), hash(f)) for f in floats)
out.append("};")
tuples = [(), (1,), (1, 2), (2, 1), (-1,), (1, 2, 3), (0, 0), (10**6, -7), (2**62, 5)]
out.append("static const std::vector<std::pair<std::vector<long long>, long long>> kTupleHashes = {")
out.extend("  {%s, %dLL}," % (ilist(t), hash(t)) for t in tuples)
out.append("};")
fsets = [[], [1], [1, 2, 3], [3, 2, 1], [0, -1, 2**40], list(range(20))]
out.append("static const std::vector<std::pair<std::vector<long long>, long long>> kFrozenHashes = {")
out.extend("  {%s, %dLL}," % (ilist(f), hash(frozenset(f))) for f in fsets)
out.append("};")

# ---- set algebra: | & - ^ and their in-place forms -------------------------
acases = []
for _ in range(80):
    def draws():
        n = rng.choice([0, 1, 3, 5, 8, 13, 30, 70])
        lo, hi = rng.choice([(0, 50), (-100, 100), (0, 5000), (-2**40, 2**40)])
        return [rng.randrange(lo, hi) for _ in range(n)]
    def build(xs):
        s = set()
        for x in xs:
            s.add(x)
        return s
    a_add, b_add = draws(), draws()
    if rng.random() < 0.3:
        b_add = a_add[: len(a_add) // 2] + [rng.randrange(0, 60) for _ in range(4)]
    a, b = build(a_add), build(b_add)
    res = []
    for op in ("|", "&", "-", "^"):
        r = eval("a %s b" % op)
        res.append((list(r), set_table_size(r)))
    for op in ("&=", "-=", "^="):
        c = set()
        for x in a_add:
            c.add(x)
        exec("c %s b" % op)
        res.append((list(c), set_table_size(c)))
    acases.append((a_add, b_add, res))
out.append("struct AlgebraCase { std::vector<long long> a, b; std::vector<std::pair<std::vector<long long>, size_t>> results; };")
out.append("static const std::vector<AlgebraCase> kAlgebraCases = {")
for a, b, res in acases:
    r = ", ".join("{%s, %d}" % (ilist(o), t) for o, t in res)
    out.append("  {%s, %s, {%s}}," % (ilist(a), ilist(b), r))
out.append("};")

# ---- repr of single code points (printability decides escaping) ---------
cps = [0, 9, 10, 13, 31, 32, 39, 92, 126, 127, 128, 159, 160, 161, 173, 255, 256, 0x378, 0x600, 0x2028,
       0x200B, 0x3000, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0xE0001, 0xF0000, 0x10FFFF]
cps += [rng.randrange(0, 0x30000) for _ in range(400)]
cps = [c for c in cps if not 0xD800 <= c <= 0xDFFF]
out.append("static const std::vector<std::pair<uint32_t, const char*>> kCodePointReprs = {")
for c in cps:
    r = repr(chr(c)).encode("utf-8")
    lit = "".join(chr(b) if 32 <= b < 127 and b not in (34, 92, 63) else "\\%03o" % b for b in r)
    out.append('  {0x%X, "%s"},' % (c, lit))
out.append("};")

sys.stdout.write("// Generated by tests/core/gen_objects_data.py from CPython %s. Do not edit.\n" % sys.version.split()[0])
sys.stdout.write("\n".join(out) + "\n")
