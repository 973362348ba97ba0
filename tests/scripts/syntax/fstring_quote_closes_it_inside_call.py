# The 3.12 habit of reusing the f-string's quotes inside it is an error in 3.11, named by the bracket left open.
name = 'Ada'
print(f'{len('ab')} letters')
