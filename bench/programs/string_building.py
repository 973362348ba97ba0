# Building strings: concatenation, join, f-strings and methods.
parts = []
s = ""
for i in range(200000):
    parts.append(f"{i}:{i % 10}")
    if i % 1000 == 0:
        s += str(i)
joined = ",".join(parts)
print(len(joined), len(s), joined[:30], joined.count("9"), s.upper()[:10])
