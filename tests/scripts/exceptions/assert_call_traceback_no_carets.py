# A failed `assert is_sorted(xs)` points at the whole statement, as CPython 3.11's does,
# so its traceback line has no carets (only an assert on a comparison points at it).
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))


def merge(left, right):
    assert is_sorted(left), "left half must be sorted"
    assert len(left) >= 0 and is_sorted(right)
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right


for a, b in [([1, 4], [2, 3]), ([5], [])]:
    try:
        print(merge(a, b))
    except AssertionError as e:
        print("assertion:", e)
try:
    merge([1], [3, 2])
except AssertionError as e:
    print("assertion:", repr(e))
print(merge([3, 1], [2]))
