# The traceback of a failing attribute on its own line shows that line.
t = "x"
y = (t
     .upper()
     .nope())
