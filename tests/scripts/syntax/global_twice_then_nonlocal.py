def o():
    global q
    global q
    nonlocal q
