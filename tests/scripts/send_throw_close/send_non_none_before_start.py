# A just-started generator can only be sent None.
def echo():
    while True:
        received = yield
        print("got", received)

g = echo()
print(g.send(None))
g.send("hello")
g2 = echo()
g2.send("too early")
