for name, call in [("open", lambda: open("x.txt")), ("eval", lambda: eval("1+1")), ("exec", lambda: exec("x=1"))]:
    try:
        call()
        print(name, "ran")
    except Exception as e:
        print(name, "refused:", type(e).__name__)
try:
    import os
except ImportError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
