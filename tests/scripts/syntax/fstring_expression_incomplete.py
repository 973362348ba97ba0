print(f"{x + }")
