# repr() of strings picks quotes and escapes special characters.
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("line\n"))
print(["a", 'b'], ("x",))
print(str(12), str(1.0), str(None), str(True))
