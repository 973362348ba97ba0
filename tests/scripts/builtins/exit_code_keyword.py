# exit() and quit() take the exit status as `code`, by position or by
# keyword; sys.exit takes it by position only.
import sys


def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "returned")
    except SystemExit as e:
        print(label, "SystemExit", repr(e.code), e.args)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("exit(code=7):", exit, code=7)
attempt("quit(code=7):", quit, code=7)
attempt("exit(code=None):", exit, code=None)
attempt("exit(code='bye'):", exit, code="bye")
attempt("exit():", exit)
attempt("exit(3):", exit, 3)
attempt("quit(3):", quit, 3)
attempt("exit(1, 2):", exit, 1, 2)
attempt("exit(2, code=1):", exit, 2, code=1)
attempt("exit(status=1):", exit, status=1)
attempt("sys.exit():", sys.exit)
attempt("sys.exit(4):", sys.exit, 4)
attempt("sys.exit(code=1):", sys.exit, code=1)
attempt("sys.exit(1, 2):", sys.exit, 1, 2)
print("now exit(code=3)")
exit(code=3)
print("not reached")
