x = f"{x:"
