# Exception methods name BaseException in their argument errors (with_traceback, add_note), also for subclasses, and __str__/__repr__ refuse an argument.
class E(ValueError):
    pass
for call in (lambda: ValueError().with_traceback(), lambda: E().with_traceback(), lambda: E().add_note(),
             lambda: KeyError().add_note(1, 2), lambda: KeyError().__str__(1), lambda: E().__repr__(1),
             lambda: OSError(2, 'x').__str__(None)):
    try:
        call()
    except TypeError as e:
        print(e)
print(str(E('a')), repr(E('a', 1)), KeyError('k').__str__(), E().with_traceback(None).__class__.__name__)
