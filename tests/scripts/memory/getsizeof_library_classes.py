# sys.getsizeof of library classes: CPython's static types are 424 B; the ones
# it builds at run time are heap types (920 B), with their instances' shared
# keys when those have a __dict__ (1688 B).
import sys, collections, collections.abc, dataclasses, random, contextlib, functools, itertools, typing

@contextlib.contextmanager
def managed():
    yield 1

@functools.lru_cache
def cached(n):
    return n

for c in (collections.Counter, collections.OrderedDict, collections.defaultdict, collections.deque,
          collections.abc.Iterable, collections.abc.Iterator, collections.abc.Generator,
          dataclasses.Field, dataclasses.InitVar, dataclasses.FrozenInstanceError, random.Random,
          contextlib.nullcontext, contextlib.suppress, functools.partial, itertools.chain,
          type(managed()), type(cached), type(typing.List[int]), type(typing.Optional),
          type(functools.cmp_to_key(lambda a, b: 0)(1)), super, complex, tuple):
    print(c.__name__, sys.getsizeof(c))
