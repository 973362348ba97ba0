print(x y z)
