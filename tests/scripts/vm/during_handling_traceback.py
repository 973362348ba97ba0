try:
    [1][5]
except IndexError:
    x = undefined_name
