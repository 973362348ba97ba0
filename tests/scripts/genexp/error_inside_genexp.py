# An error raised while computing an item surfaces at the consumer.
items = [2, 1, 0]
print(sum(6 // x for x in items))
