# Counter.most_common(n) takes the steps of heapq.nlargest: n == 1 is max() (first maximum, compared with >), n >= len slices the sorted items, smaller n goes through range(), so its errors and results match.
from collections import Counter, OrderedDict, deque, defaultdict
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
t(lambda: Counter('abc').most_common('x'))
t(lambda: Counter('abc').most_common(1.5))
t(lambda: Counter('abc').most_common(-2))
t(lambda: Counter('abc').most_common(True))
t(lambda: Counter('aabc').most_common(1.0))
t(lambda: Counter().most_common(1))
t(lambda: Counter('abc').most_common(5))
t(lambda: Counter('abc').most_common(2**70))
t(lambda: Counter(a=None, b=1).most_common())
t(lambda: Counter(a=None, b=1).most_common(1))
t(lambda: Counter(a=None, b=1).most_common(5))
t(lambda: Counter('abbcc').most_common(1))
t(lambda: Counter('abbcc').most_common(2))
t(lambda: Counter(a=2, b=2, c=3).most_common(n=2))
