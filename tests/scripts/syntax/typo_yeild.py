def f():
    for i in range(3):
        yeild i
