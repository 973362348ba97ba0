# pow(base, -e, mod) raises the modular inverse of base to e; python3 refuses
# only a base that shares a factor with mod.
for args in [(3, -1, 7), (2, -3, 11), (-3, -1, 7), (3, -1, -7), (10**20 + 1, -2, 97), (4, -1, 8), (0, -1, 5), (3, -1, 1), (3, -1, -1), (5, -2, 10**30 + 7), (7, 0, -5), (7, 3, -5)]:
    try:
        print(args, pow(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
