# Every BMP code point through str's case methods and character classes,
# folded into one checksum per method, and a few words where the rules show
# (final sigma, dotted I, title-case digraphs, ligatures, iota subscript).
methods = ("upper", "lower", "title", "casefold", "swapcase", "capitalize", "isupper", "islower", "istitle",
           "isprintable", "isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isidentifier")
sums = dict.fromkeys(methods, 0)
for cp in range(0x10000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    ch = chr(cp)
    for m in methods:
        r = getattr(ch, m)()
        v = sum(ord(c) * (k + 1) for k, c in enumerate(r)) if isinstance(r, str) else int(r)
        sums[m] = (sums[m] * 31 + v + cp) % 1000000007
for m in methods:
    print(m, sums[m])
for word in ["ΟΔΥΣΣΕΥΣ", "ΣΑ Σ ΑΣ.", "Ά'Σ", "ŁÓDŹ", "straße", "ǆemal ǅ", "İstanbul", "ﬁne ﬂow", "ΐ", "hello WORLD", "ᾈ", "Σ"]:
    print(word.lower(), word.upper(), word.title(), word.casefold(), word.swapcase(), word.capitalize(), word.isupper(), word.istitle())
