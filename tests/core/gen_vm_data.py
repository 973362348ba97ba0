#!/usr/bin/env python3
"""Regenerates vm_data.inc for test_vm.cpp: small programs with the exact
stdout, stderr and exit status python3 (CPython 3.11) gives for them.

    python3 tests/core/gen_vm_data.py
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CASES = {
"int_bigint_arithmetic": "print(2**100, -7 // 2, -7 % 2, 7 // -2, 2**-1, 10**20 // 3, (1 << 70) >> 68, ~5, -2**63 - 1)\n",
"float_arithmetic": "print(1/3, 7.5 // 2, -7.5 % 2, 2 ** 0.5, 1e300 * 10, 0.1 + 0.2, round(2.675, 2))\n",
"int_division_by_zero": "def f(x):\n    return 1 // x\nf(0)\n",
"chained_comparison": "x = 5\nprint(1 < x < 10, 1 < x > 10, 'a' < 'b' <= 'b', [1, 2] < [1, 3], (1, 2) == (1, 2))\n",
"unpacking_messages": "try:\n    a, b = [1, 2, 3]\nexcept ValueError as e:\n    print(e)\ntry:\n    a, b, c = (1, 2)\nexcept ValueError as e:\n    print(e)\na, *b, c = range(5)\nprint(a, b, c)\n",
"call_argument_errors": "def f(a, b=2, *, c):\n    return a + b + c\nfor args in [(), (1, 2, 3)]:\n    try:\n        f(*args, c=1)\n    except TypeError as e:\n        print(e)\ntry:\n    f(1, c=1, d=2)\nexcept TypeError as e:\n    print(e)\ntry:\n    f(1)\nexcept TypeError as e:\n    print(e)\nprint(f(1, c=3), f(1, 1, c=1))\n",
"closures_nonlocal_global": "count = 0\ndef make():\n    n = 0\n    def inc():\n        global count\n        nonlocal n\n        n += 1\n        count += 10\n        return n\n    return inc\ni = make()\ni(); i()\nprint(i(), count)\n",
"classes_inheritance_dunders": "class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x)\n    def __repr__(self):\n        return f'V({self.x})'\n    def __eq__(self, o):\n        return self.x == o.x\n    def __len__(self):\n        return self.x\nclass W(V):\n    def __repr__(self):\n        return 'W' + super().__repr__()\nprint(V(1) + V(2), W(3), V(1) == V(1), len(V(4)), bool(V(0)), [V(1)])\n",
"properties_static_class_methods": "class C:\n    n = 0\n    def __init__(self):\n        self._v = 1\n    @property\n    def v(self):\n        return self._v * 10\n    @v.setter\n    def v(self, x):\n        self._v = x\n    @staticmethod\n    def s(a):\n        return a * 2\n    @classmethod\n    def make(cls):\n        cls.n += 1\n        return cls()\nc = C.make()\nc.v = 5\nprint(c.v, C.s(4), C.n, c.s(1))\n",
"generator_protocol": "def g():\n    x = yield 1\n    print('got', x)\n    try:\n        yield 2\n    except KeyError as e:\n        print('caught', repr(e))\n        yield 3\n    return 'done'\nit = g()\nprint(next(it), it.send('hi'), it.throw(KeyError('k')))\ntry:\n    next(it)\nexcept StopIteration as e:\n    print('stop', e.value)\nprint(next(it, 'default'))\n",
"send_to_new_generator": "def g():\n    yield 1\ng().send(5)\n",
"generator_already_executing": "def g():\n    yield next(me)\nme = g()\ntry:\n    next(me)\nexcept ValueError as e:\n    print(e)\n",
"pep479_stopiteration": "def g():\n    yield 1\n    raise StopIteration\nprint(list(g()))\n",
"close_and_finally": "def g():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\nx = g()\nnext(x)\nx.close()\nprint('closed')\ny = g()\nnext(y)\ndel y\nprint('deleted')\ndef h():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\nz = h()\nnext(z)\ntry:\n    z.close()\nexcept RuntimeError as e:\n    print(e)\n",
"yield_from_delegation": "def inner():\n    try:\n        x = yield 1\n        print('inner got', x)\n        yield 2\n    except ValueError:\n        yield 'handled'\n    return 'ret'\ndef outer():\n    r = yield from inner()\n    print('returned', r)\n    yield 'end'\no = outer()\nprint(next(o), o.send('s'), o.throw(ValueError), next(o))\n",
"exception_chaining_traceback": "def f():\n    try:\n        {}['missing']\n    except KeyError:\n        raise ValueError('bad') from None\ndef g():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise RuntimeError('wrapped') from e\ntry:\n    f()\nexcept ValueError as e:\n    print(repr(e), e.__cause__, e.__suppress_context__)\ng()\n",
"during_handling_traceback": "try:\n    [1][5]\nexcept IndexError:\n    x = undefined_name\n",
"caret_markers": "def f(a, b):\n    return a['k'] + b\nprint(f({'k': 1}, 2))\nf({'k': 'x'}, 2)\n",
"recursion_error": "def f(n):\n    return f(n + 1)\nf(0)\n",
"with_statement_suppress": "class C:\n    def __enter__(self):\n        print('enter')\n        return 7\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return True\nwith C() as x:\n    print(x)\n    raise KeyError(1)\nprint('after')\n",
"try_finally_return_break": "def f():\n    for i in range(3):\n        try:\n            if i == 1:\n                return i\n        finally:\n            print('finally', i)\nprint(f())\nwhile True:\n    try:\n        break\n    finally:\n        print('loop finally')\n",
"slicing": "s = 'hello world'\nl = list(range(10))\nprint(s[::-1], s[2:5], s[-3:], l[1:8:3], l[::-2], l[-100:100], (1, 2, 3)[1:])\nl[2:4] = ['a', 'b', 'c']\ndel l[::3]\nprint(l)\n",
"string_ops_fstrings": "name = 'py'\nx = 3.14159\nprint(f'{name!r:>6}|{x:.2f}|{x*2=}' if False else f'{name!r:>6}|{x:.2f}|{10:05d}', '%s-%d-%.1f' % ('a', 5, 2.25), 'ab' * 3, 'b' in 'abc')\n",
"dict_set_ops": "d = {'a': 1}\nd['b'] = 2\ndel d['a']\ns = {3, 1, 2}\nprint(d, s | {5}, s & {1, 9}, s - {1}, {1, 2} ^ {2, 3}, 2 in s, 'b' in d)\ntry:\n    d['zz']\nexcept KeyError as e:\n    print('KeyError', e)\n",
"augmented_assignment_list_extends": "a = [1]\nb = a\na += (2, 3)\na *= 2\nt = (1,)\nu = t\nt += (2,)\nprint(a, b is a, t, u)\n",
"name_error_suggestion": "values = [1, 2]\nprint(valuse)\n",
"attribute_error_suggestion": "class P:\n    def __init__(self):\n        self.width = 1\nP().widht\n",
"lambda_sorted_key_map": "pairs = [(1, 'b'), (2, 'a')]\nprint(sorted(pairs, key=lambda p: p[1]), list(map(lambda x: x * x, range(4))), list(filter(None, [0, 1, 2])))\n",
"generator_expression_first_iter_eager": "def src():\n    print('src evaluated')\n    return [1, 2]\ng = (x * 2 for x in src())\nprint('created')\nprint(list(g), list(g))\n",
"star_args_kwargs": "def f(*args, **kw):\n    return args, sorted(kw.items())\nprint(f(1, *[2, 3], a=1, **{'b': 2}))\ndef g(a, b, /, c):\n    return a + b + c\nprint(g(1, 2, c=3))\n",
"bigint_and_big_repeat": "print(len(str(3 ** 1000)), 10 ** 30 + 1, -(10 ** 30) // 7)\n",
"del_and_unbound_local": "def f():\n    x = 1\n    del x\n    return x\nf()\n",
"import_modules": "import math\nfrom itertools import islice, count\nimport functools as ft\nprint(math.sqrt(16), list(islice(count(5), 3)), ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]))\n",
"assert_statement": "assert 1 + 1 == 2\nassert 1 > 2, 'one is not greater'\n",
"raise_class_and_bare_raise": "def f():\n    try:\n        raise ValueError\n    except ValueError:\n        print('re-raising')\n        raise\nf()\n",
"user_exception_hierarchy": "class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    def __init__(self, what):\n        super().__init__(f'{what} not found')\n        self.what = what\ntry:\n    raise NotFound('key')\nexcept AppError as e:\n    print(type(e).__name__, e, e.what, e.args)\nraise NotFound('file')\n",
"iterator_class_protocol": "class Rev:\n    def __init__(self, data):\n        self.data = data\n        self.i = len(data)\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i == 0:\n            raise StopIteration\n        self.i -= 1\n        return self.data[self.i]\nprint(list(Rev('abc')), 'b' in Rev('abc'), sum(x for x in Rev([1, 2, 3])))\n",
}

here = Path(__file__).resolve().parent
out = ["// Generated by gen_vm_data.py: each program with python3's exact stdout, stderr",
       "// (folder removed from paths) and exit status. Do not edit by hand.", ""]

def cstr(s):
    return "R\"YS(" + s + ")YS\""

with tempfile.TemporaryDirectory() as d:
    for name, src in CASES.items():
        p = Path(d) / f"{name}.py"
        p.write_text(src)
        r = subprocess.run([sys.executable, p.name], cwd=d, capture_output=True, text=True)
        err = r.stderr.replace(str(Path(d).resolve()) + "/", "").replace(d + "/", "")
        out.append("{")
        out.append(f'  "{name}",')
        out.append(f"  {cstr(src)},")
        out.append(f"  {cstr(r.stdout)},")
        out.append(f"  {cstr(err)},")
        out.append(f"  {r.returncode},")
        out.append("},")
(here / "vm_data.inc").write_text("\n".join(out) + "\n")
print("wrote", len(CASES), "cases")
