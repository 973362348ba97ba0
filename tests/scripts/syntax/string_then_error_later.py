def g():
    yeild 1
s = "abc
