def f():
    g(1,
      2
    return 3
