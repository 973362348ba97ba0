def f():
    retutn 5
