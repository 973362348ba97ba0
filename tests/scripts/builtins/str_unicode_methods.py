s = "Grüße, Jürgen! Ça va? 日本"
print(s.upper(), s.lower(), s.swapcase(), len(s))
print(s.find("Jü"), s.index("日"), s.rfind("ü"), s.count("ü"), s[7:13], s[-2:], s[::-3])
print(s.split(), s.split("ü"), s.partition("!"), s.replace("ü", "ue"))
print("ñ".center(5, "·"), "日本".ljust(4, "。") + "|", "ab".rjust(5, "é"), "3rd place winner".title(), "hello WORLD".capitalize())
print("éa".isalpha(), "١٢".isdigit(), "x y".isidentifier(), "Ünïcödé".istitle(), "ÀB".isupper(), "straße".upper())
for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch), end="; ")
print()
print(sorted("bäcà"), min("zéa"), max("zéa"), list(reversed("añb")))
