import sys
def g(n):
    yield from range(n)
for n in [0, 1, 2, 5, 9, 10, 17, 100]:
    print(n, sys.getsizeof(sorted(g(n))), sys.getsizeof(sorted([0]*n)), sys.getsizeof(list(g(n))), sys.getsizeof(list({i for i in range(n)})), sys.getsizeof(list({}.fromkeys(range(n)).items())), sys.getsizeof(list([0]*n)), sys.getsizeof(list(range(n)).copy()))
