# the !a conversion (f-strings and str.format) is ascii(): non-ASCII characters of the repr come out escaped, before any format spec applies
s = "café"
items = ["ü", "x\u1234", "\U0001f600", "plain"]
print(f"{s!a}")
print(f"{s!a:>12}|")
print(f"{items!a}")
print("{!a}".format(s), "%a" % s)
print(f"{s!r}", ascii(s) == f"{s!a}")
for x in items:
    print(f"{x!a:*^14}")
