# An exception that leaves a with-block and passes through the
# contextmanager's generator keeps the traceback it had: the generator's
# frame is not added (contextlib puts the traceback back).
from contextlib import contextmanager


@contextmanager
def announced(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("leave", name)


with announced("job"):
    raise ValueError("the job failed")
