# sys.setrecursionlimit really changes the limit: a recursion deeper than the
# default 1000 works once it is raised, and fails past the new limit.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(4900))
try:
    depth(6000)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(50)
try:
    depth(60)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(40))

sys.setrecursionlimit(20000)
def walk(n):
    if n == 0:
        return [0]
    return walk(n - 1) + [n] if n % 5000 == 0 else walk(n - 1)
print(walk(15000))
