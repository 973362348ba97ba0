try:
    print("{22222222222222222222222222222222222222222222222222222222222221} x".format(1))
except ValueError as e:
    print(e)
try:
    print("{0[22222222222222222222222222222]} x".format([1]))
except ValueError as e:
    print(e)
try:
    print("{99999999999} x".format(1))
except IndexError as e:
    print(e)
