# Importing a real CPython stdlib module that Yieldscope lacks names it, while
# a name that is no stdlib module keeps CPython's "No module named" text.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import itertools.nothing
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError))
