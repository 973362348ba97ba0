# Lists from split and rsplit are allocated as CPython's stringlib makes them:
# min(maxsplit + 1, 12) slots up front (12 without maxsplit), kept when fewer
# are used, so "a b".split() is 152 bytes; past 12 items they grow by append.
# A separator longer than the text gives a one-slot list; splitlines appends
# to an empty list. A bare object() is 16 bytes (no GC header, no dict). The
# engine used to size them all exactly (72, 72) and object() as an instance (56).
import sys
class C: pass
class C: pass
class S:
    __slots__ = ("a",)
cases = {
 "object()": object(), "C()": C(), "S()": S(),
 "'a b'.split()": "a b".split(), "''.split()": "".split(), "'abc'.split()": "abc".split(), "'a,b'.split(',')": "a,b".split(","),
 "'a,b'.split(',', 1)": "a,b".split(",", 1), "'a,b,c'.split(',', 0)": "a,b,c".split(",", 0), "'a b c'.split(None, 1)": "a b c".split(None, 1),
 "'a b c'.split(maxsplit=20)": "a b c".split(maxsplit=20), "'a b c'.split(maxsplit=11)": "a b c".split(maxsplit=11), "'a b c'.split(maxsplit=10)": "a b c".split(maxsplit=10),
 "' '.join('x'*12).split()": " ".join("x"*12).split(), "' '.join('x'*13).split()": " ".join("x"*13).split(), "' '.join('x'*30).split()": " ".join("x"*30).split(),
 "'a--b'.split('--')": "a--b".split("--"), "'a b'.rsplit()": "a b".rsplit(), "'a,b'.rsplit(',')": "a,b".rsplit(","), "'a,b,c'.rsplit(',', 1)": "a,b,c".rsplit(",", 1),
 "' '.join('x'*13).rsplit()": " ".join("x"*13).rsplit(), "'a\\nb'.splitlines()": "a\nb".splitlines(), "''.splitlines()": "".splitlines(), "'a'.splitlines()": "a".splitlines(),
 "'\\n'.join('x'*5).splitlines()": "\n".join("x"*5).splitlines(), "'a\\nb'.splitlines(True)": "a\nb".splitlines(True),
 "b'a b'.split()": b"a b".split(), "b'a,b'.split(b',')": b"a,b".split(b","),
 "bytearray(b'a b').split()": bytearray(b"a b").split(), "'a\\u20acb c'.split()": "a\u20acb c".split(), "'abc'.split('x')": "abc".split("x"),
 "'a b'.split(' ')": "a b".split(" "), "'a  b'.split(' ', -1)": "a  b".split(" ", -1),
}
for k, v in cases.items():
    print(k, sys.getsizeof(v))
grown = "a b".split()
sizes = []
for i in range(12):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
print(sys.getsizeof("a".split("abc")), sys.getsizeof("".split("ab")), sys.getsizeof("\u20ac".rsplit("ab")),
      sys.getsizeof("ab".split("ab")), sys.getsizeof(b"a".split(b"abc")))
text = "x"
print("x".split("xyz")[0] is text, "x".split()[0] == text)
