# `raise X from cause` with a cause that is neither an exception class nor instance is do_raise's own TypeError, "exception causes must derive from BaseException" (None, a class or an instance are taken); raising a class whose call gives a non-exception names that type by its repr
for cause in (5, int, "text", None, ValueError, KeyError("k")):
    try:
        raise RuntimeError("x") from cause
    except TypeError as e:
        print("TypeError:", e)
    except RuntimeError as e:
        print("RuntimeError", repr(e.__cause__), e.__suppress_context__)


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)


class NotReallyMade(Exception):
    def __new__(cls):
        return 5


try:
    raise NotReallyMade
except TypeError as e:
    print("TypeError:", e)
raise ValueError("final") from [1, 2]
