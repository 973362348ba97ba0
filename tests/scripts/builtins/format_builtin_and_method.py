print(format(42), format(42, "5d"), format(42, "<5") + "|", format(3.14159, ".3f"), format(0.5, "%"))
print(format(1234567, ","), format(255, "x"), format(255, "#o"), format("hi", "^6"), format(True, "d"))
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:3d}".format(name="Ann", age=7))
print("{0[1]} {1[k]} {2.real}".format([10, 20], {"k": "v"}, 3))
print("{:>{w}}|".format("x", w=4), "{:*^9}".format("mid"), "{{literal}}".format())
print("{!r} {!s} {!a}".format("q", "q", "é"))
print(f"{3.14159:.2f} {42:08.3f} {-5:+d} {1e6:,.1f}")
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("}", ()), ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
