x = 1.5e-y
