# Only KeyboardInterrupt itself gives status 130: python3 checks the exact
# class, so a subclass ends with 1 like any other exception.
class Interrupted(KeyboardInterrupt):
    pass

raise Interrupted
