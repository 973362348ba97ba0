def gen(tag, n):
    for i in range(n):
        print(f"[{tag} yields {i}]", end=" ")
        yield i
    print(f"[{tag} done]", end=" ")

def show(label, value):
    print("->", label, value)

show("sum", sum(gen("s", 3)))
show("max", max(gen("m", 3)))
show("sorted", sorted(gen("o", 3), reverse=True))
show("any", any(x > 0 for x in gen("a", 5)))
show("all", all(x < 1 for x in gen("l", 5)))
show("zip", list(zip(gen("z1", 3), gen("z2", 2))))
show("dict", dict(zip("ab", gen("d", 5))))
show("join", "".join(str(x) for x in gen("j", 3)))
def double(x):
    print(f"(double {x})", end=" ")
    return 2 * x
show("map", list(map(double, gen("p", 3))))
show("filter", list(filter(lambda x: x % 2, gen("f", 4))))
show("enumerate", list(enumerate(gen("e", 2))))
import itertools
show("chain", list(itertools.chain(gen("c1", 2), gen("c2", 1))))
show("takewhile", list(itertools.takewhile(lambda x: x < 2, gen("t", 10))))
show("accumulate", list(itertools.accumulate(gen("acc", 4))))
g = gen("partial", 5)
show("islice", list(itertools.islice(g, 2)))
show("rest", list(g))
show("min-key", min(gen("k", 4), key=lambda x: -x))
show("set", sorted(set(gen("st", 3))))
show("tuple", tuple(gen("tu", 2)))
show("list.extend", [9] + list(gen("ex", 2)))
