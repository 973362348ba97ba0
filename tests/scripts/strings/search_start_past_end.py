# A start beyond the end finds nothing, even the empty needle: CPython leaves
# start above len (only end is clamped), so "abc".find("", 10) is -1. Str used
# to clamp start to len and answer 3 (and count 1, startswith True).
def outcome(thunk):
    try:
        return repr(thunk())
    except ValueError as e:
        return f"ValueError: {e}"

for text in ("abc", b"abc", bytearray(b"abc"), "h\u00e9\u20ac", ""):
    empty = text[:0]
    if isinstance(text, bytearray):
        empty = b""
    for start in (0, 2, 3, 4, 10, -1, -10, 2**70, None):
        row = [
            text.find(empty, start), text.rfind(empty, start),
            text.count(empty, start),
            text.startswith(empty, start), text.endswith(empty, start),
            text.startswith((text[:1], empty), start),
            outcome(lambda: text.index(empty, start)), outcome(lambda: text.rindex(empty, start)),
        ]
        print(type(text).__name__, start, *row)
    for start, end in ((2, 1), (3, 3), (4, 2), (1, 10), (-2, -1), (5, -10)):
        print(type(text).__name__, start, end, text.find(empty, start, end), text.count(empty, start, end),
              text.startswith(empty, start, end), text.endswith(text[-1:], start, end),
              text.count(text[:1], start, end), text.rfind(text[-1:], start, end))
