if x == 1 or == 2: pass
