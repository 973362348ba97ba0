a = [x for x in range(3) if]
