# A loop that never ends: `yieldscope run` must stop it with a clear message
# (its step budget), not hang. CPython would run forever, so there is no .out.
n = 0
while True:
    n += 1
