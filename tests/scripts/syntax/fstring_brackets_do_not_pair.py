# An f-string's replacement field whose brackets do not pair up.
scores = {'a': 1}
print(f'{scores["a")}')
