word = 3.encode()
