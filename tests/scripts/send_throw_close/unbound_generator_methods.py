# generator methods called through the type on a non-generator, or with nothing: the method descriptors (send, throw, close) and the slot wrappers (__next__, __iter__) word it as CPython does
def gen(): yield
for m in ('send','throw','close','__next__','__iter__'):
    try: getattr(type(gen()), m)()
    except TypeError as e: print(e)
    try: getattr(type(gen()), m)(5)
    except TypeError as e: print(e)
