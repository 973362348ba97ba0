# str.format with positional, numbered and named fields and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{22222222222222222222222222222222222222222222222222222222222221} before {0}".format("a", "b"))
print("{name:>6}|{value:.3f}|{value:08.2f}".format(name="pi", value=3.14159))
print("{:,} {:x} {:b} {:e}".format(1234567, 255, 5, 12345.678))
