# groupby groups consecutive equal keys; zip_longest pads the shorter input.
from itertools import groupby, zip_longest

for key, group in groupby("aaabccdd"):
    print(key, list(group))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
