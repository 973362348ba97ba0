return 1
x = [(yield) for i in range(3)]
