# await belongs to async functions; at module level CPython says so.
def fetch():
    return 1


value = await fetch()
print(value)
