# Deleting a key and adding another keeps a dict's size, so only CPython's
# count of entries still expected catches it: "dictionary keys changed during
# iteration" (the engine used to go on and yield the new key).
def attempt(label, make_iter, change):
    d = {"a": 1}
    seen = []
    try:
        for item in make_iter(d):
            seen.append(item)
            change(d, item)
        print(label, "finished", seen, d)
    except RuntimeError as e:
        print(label, "RuntimeError:", e, seen, d)

def replace_key(d, item):
    key = item[0] if isinstance(item, tuple) else "a"
    if key in d:
        del d[key]
        d["b"] = 2

attempt("keys", lambda d: d, replace_key)
attempt("keys()", lambda d: d.keys(), replace_key)
attempt("values()", lambda d: d.values(), replace_key)
attempt("items()", lambda d: d.items(), replace_key)

# Five keys fill a table of 8; the sixth insert compacts it, so the iterator
# skips an entry and meets the new key as the last one it expected.
d = dict.fromkeys("abcde", 0)
seen = []
for k in d:
    seen.append(k)
    if k == "a":
        del d["a"]
        d["f"] = 1
print(seen, d)

# A resize that changes nothing keeps the iteration going.
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 3
print(d)

d2 = {"x": 0}
it = iter(d2)
next(it)
del d2["x"]
d2["y"] = 1
for attempt_no in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
    except StopIteration:
        print("StopIteration")
