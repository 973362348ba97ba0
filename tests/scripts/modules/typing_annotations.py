# typing: the names lessons put in annotations exist, subscript and print as
# CPython prints them; nothing is checked at run time.
from typing import Iterator, Generator, Optional, List, Dict, ClassVar, Any, Tuple, Callable, Union
import typing

def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1

def echo() -> Generator[int, None, str]:
    got = yield 1
    return "done"

print(list(count_up(3)))
print(Iterator[int], Generator[int, None, str], Optional[str], List[int], Dict[str, int])
print(ClassVar[int], Any, Tuple[int, str], Union[int, str], Callable[[int], str])
print(typing.List, typing.cast(int, "not checked"), typing.TYPE_CHECKING)

class Box:
    size: ClassVar[int] = 3
    items: List[int]

print(Box.__annotations__)
