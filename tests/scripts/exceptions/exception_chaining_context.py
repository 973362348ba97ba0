# An exception raised while handling another is chained in the traceback.
try:
    {}["missing"]
except KeyError:
    raise ValueError("lookup failed")
