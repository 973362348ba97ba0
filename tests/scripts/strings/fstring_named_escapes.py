# f-strings: \N{NAME}'s braces belong to the escape, not to a replacement
# field; a backslash before a brace is kept and the brace still opens a field.
x = 3
print(f"\N{BULLET} {x}")
print(f"{x}\N{EM DASH}{x + 1}")
print(f"\N{bullet}{{x}}")
print(f"a\\{x}")
print(rf"\N{x}")
print("{0}\N{BULLET}{{}}".format(x))
