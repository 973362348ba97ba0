print("a" + 1 +)
