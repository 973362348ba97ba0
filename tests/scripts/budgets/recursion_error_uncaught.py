# An uncaught RecursionError prints a traceback that collapses the repeated lines.
def down(n):
    return down(n + 1)

down(0)
