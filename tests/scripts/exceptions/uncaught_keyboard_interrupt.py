# An uncaught KeyboardInterrupt ends python3 with status 130 (it kills itself
# with SIGINT), after the finally blocks and the usual traceback; the engine
# used to exit with 1.
def work():
    try:
        raise KeyboardInterrupt("stop here")
    finally:
        print("finally runs first")

print("before")
work()
