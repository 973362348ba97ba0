# finally runs even when the try block returns; its own return would win.
def f():
    try:
        return "from try"
    finally:
        print("finally ran")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

print(f())
print(g())
