# product, permutations and combinations.
from itertools import product, permutations, combinations

print(list(product("ab", [0, 1])))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)))
