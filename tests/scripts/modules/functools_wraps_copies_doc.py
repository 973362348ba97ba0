# functools.wraps copies __name__, __qualname__, __doc__ and __dict__ and sets
# __wrapped__. Regression: __doc__ was not copied.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper

@logged
def square(x):
    """Return x squared."""
    return x * x

square_attr = square
print(square.__name__, square.__qualname__)
print(square.__doc__)
print(square(5))
print(square.__wrapped__.__name__)

def plain(x):
    return x

plain.tag = "kept"
wrapped = logged(plain)
print(wrapped.__doc__)
print(wrapped.tag)
