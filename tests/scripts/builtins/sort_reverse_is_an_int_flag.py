# sort(reverse=...) and sorted(..., reverse=...) and splitlines(keepends) take an int (or __index__), as CPython's C int flag.
class Two:
    def __index__(self):
        return 2
for r in (None, 1.5, "", 2**40, 2**70, [], True, 0, -3, Two()):
    try:
        print(sorted([2, 1, 3], reverse=r))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        items = [2, 1, 3]
        items.sort(reverse=r)
        print(items)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print("a\nb".splitlines(r))
    except Exception as e:
        print(type(e).__name__, e)
