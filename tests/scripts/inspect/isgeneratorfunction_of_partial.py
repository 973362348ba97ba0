# inspect.isgeneratorfunction unwraps functools.partial (inspect._has_code_flag calls functools._unwrap_partial before and after unwrapping methods); a partial of a generator function said False
import inspect
from functools import partial
def gen(a, b):
    yield a + b
class K:
    def m(self): yield 1
print(inspect.isgeneratorfunction(partial(gen, 1)), inspect.isgeneratorfunction(partial(partial(gen, 1), 2)))
print(inspect.isgeneratorfunction(partial(K().m)), inspect.isgeneratorfunction(partial(print)))
print(list(partial(gen, 1)(2)))
