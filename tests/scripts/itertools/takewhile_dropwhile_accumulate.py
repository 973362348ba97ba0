# takewhile/dropwhile split at the first failure; accumulate keeps running totals.
import itertools

nums = [1, 3, 5, 2, 7]
print(list(itertools.takewhile(lambda x: x < 5, nums)))
print(list(itertools.dropwhile(lambda x: x < 5, nums)))
print(list(itertools.accumulate(nums)))
