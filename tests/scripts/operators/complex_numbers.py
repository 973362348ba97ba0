# complex: literals, complex(), arithmetic with ints and floats both ways,
# abs, .real/.imag/.conjugate(), ==, repr exactly as CPython writes it.
import sys

z = 3 + 4j
w = complex(1, -2)
print(z, w, 1j, -1j, 0j, complex(), complex(2), complex(2.5, 0), complex(0, 0.5))
print(repr(z), str(w), [z, w], (1j,))
print(z + w, z - w, z * w, z / w, w / z)
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, True + 1j)
print(z ** 2, z ** -1, z ** 0, (1 + 1j) ** 10, 2 ** 1j, 1j ** 1j, z ** 0.5)
print(abs(z), abs(w), abs(-3j), abs(complex(-0.0, 0)))
print(z.real, z.imag, z.conjugate(), (2j).real, type(z.real).__name__)
print(-z, +z, -0j, complex(-0.0, -0.0), complex(1e16, 1e-5), complex(1.5, float("inf")), complex(float("nan"), 1))
print(z == complex(3, 4), z == 3, complex(3, 0) == 3, 3.0 == complex(3), z != w, 1j == 1j)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), type(1j).__name__, isinstance(z, complex))
print(complex(1, 2j), complex(1j, 1j), complex(True, False), complex(2 ** 70, 1))
print(sys.getsizeof(z), sum([1j, 2, 3.5]), [x * 1j for x in range(3)])
print(f"{z} and {w!r}", str(1e-5j), 1.5e300j * 1e10j)
for bad in [lambda: z / 0, lambda: z / 0j, lambda: 0j ** -1, lambda: z < w, lambda: complex("x", 1), lambda: int(z)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
