def f():
    return
  yield
