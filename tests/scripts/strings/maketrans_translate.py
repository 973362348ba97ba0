# str.maketrans (one dict, two strings, three strings) and str.translate
# (delete with None, replace with str or code point), with their errors.
t = str.maketrans("abc", "xyz")
print(t)
print("aabbcc".translate(t))
print("hello".translate(str.maketrans("", "", "l")))
print("hello".translate({ord("h"): "J", ord("o"): None}))
print(str.maketrans({"a": "1", "b": None, 99: "C"}))
print("abc".translate(str.maketrans("ab", "AB", "c")))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print("héllo wörld".translate(str.maketrans("éö", "eo")))
class Shift:
    def __getitem__(self, c):
        if c == ord(" "):
            raise LookupError
        return c + 1
print("abc xyz".translate(Shift()))
print("abc".maketrans("a", "b"))
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError", e)
