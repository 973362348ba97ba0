d = {'a': 1}
d['b'] = 2
del d['a']
s = {3, 1, 2}
print(d, s | {5}, s & {1, 9}, s - {1}, {1, 2} ^ {2, 3}, 2 in s, 'b' in d)
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
