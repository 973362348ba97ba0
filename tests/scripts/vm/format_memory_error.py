# A format width too large to allocate raises MemoryError() (no args) in an
# f-string, as CPython does, not ValueError.
try:
    f"{1:{10**18}}"
except MemoryError as e:
    print("f-string:", type(e).__name__, e.args)
try:
    f"{'abc':>{2 * 10**12}}"
except MemoryError as e:
    print("f-string str:", type(e).__name__, e.args)
