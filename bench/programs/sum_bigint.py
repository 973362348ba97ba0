# sum() over a generator of 10^6 small ints whose total passes 2**63 halfway.
def big_items(n):
    for i in range(n):
        yield (1 << 44) + i

print(sum(big_items(1000000)))
