# close() raises GeneratorExit at the paused yield, so finally blocks run.
def reader():
    try:
        yield "line 1"
        yield "line 2"
    finally:
        print("cleanup")

g = reader()
print(next(g))
g.close()
print("closed")
print(next(g, "nothing more"))
g.close()
