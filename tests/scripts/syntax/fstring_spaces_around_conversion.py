print(f"{ x ! r}")
