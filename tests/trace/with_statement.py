class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit", typ)
        return True

with Ctx() as c:
    print("body")
with Ctx():
    raise KeyError("k")
print("after")
