yield = 3
