# A misspelled name is a NameError, with a suggestion.
values = [1, 2, 3]
print(len(valuse))
