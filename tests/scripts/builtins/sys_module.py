import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**40), sys.getsizeof(1.5), sys.getsizeof(""), sys.getsizeof("abc"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(range(10)))
def g():
    yield 1
print(sys.getsizeof(g()) > 0, sys.maxsize, sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.exit(2)
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.argv[0].endswith("sys_module.py"))
