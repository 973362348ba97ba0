# Lists and dicts: appends, indexing, counting words, sorting.
counts = {}
values = []
for i in range(300000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
    values.append(i * 7 % 1009)
values.sort()
print(len(counts), counts[7], values[0], values[-1], sum(values[:100]))
print(sorted(counts.items(), key=lambda kv: -kv[0])[:3])
