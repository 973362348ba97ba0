# complex() of a string: every form CPython accepts, and the ones it refuses.
texts = ["1+2j", "3", " -1.5j ", "(1-2j)", "( 2.5 )", "j", "-j", "+J", "1+j", "1-J",
         "1e3-2.5e-1j", ".5j", "inf+nanj", "-Infinity", "1_000+2_0j", "\t4j\n",
         "(1+2j)", "0j", "-0-0j", "1.j", "6.e2"]
for text in texts:
    z = complex(text)
    print(repr(text), "->", z, z.real, z.imag)

bad = ["", "1+", "1+2", "j1", "1 + 2j", "()", "(1+2j", "1__0j", "_1j", "1_j", "1jj",
       "2j+1", "1e", "((1))", "nanj+1", "0x10", "1+2j)"]
for text in bad:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)

try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
print(complex("1+2j") == 1 + 2j, complex("1+2j") * 2)
