# str.format reads each replacement field as CPython does, and a bad one
# raises python3's ValueError: a lone brace, an unclosed field or spec, a
# bad conversion, specs nested too deep, an empty attribute or key.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for fmt in ["{", "x{", "{{{", "{0", "{:{}}", "{:{:{}}}", "{:{}}}", "{!r", "{0!}", "{0!rr}", "{:>{w}}", "a}}{{b", "{0:{1}{2}}", "{[}", "{0[}"]:
    attempt(fmt, lambda: fmt.format(7, 5, 3, w=4))

for fmt in ["{0!é}", "{0!\x01}", "{a{b}", "{0[a}b]}", "{0!r:}", "{0!r", "{0!rx}", "{0:", "{0:{", "{0:{}", "{0:}}", "{0.}", "{0[]}", "{0]}", "{0[0]x}", "{0:{1}}", "{ab!s:>5}", "{:{:}}"]:
    attempt(fmt, lambda: fmt.format({"a}b": 1, 0: 9}, 5, ab=1))
