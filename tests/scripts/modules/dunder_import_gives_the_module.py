# __import__ gives the same module object `import` binds, and checks its arguments as CPython does.
import functools
import itertools

print(__import__("functools") is functools, __import__("itertools").count is itertools.count)
fresh = __import__("collections")
import collections
print(fresh is collections, __import__("collections", fromlist=["deque"]) is collections)
math = __import__("math", globals(), locals(), [], 0)
print(math.sqrt(16))
for args, kwargs in [((), {}), ((5,), {}), (("",), {}), (("nosuch",), {}), (("math",), {"foo": 1}),
                     (("a", 1, 2, 3, 4, 5), {})]:
    try:
        __import__(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
