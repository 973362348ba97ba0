def f(n):
  yield n
    return
