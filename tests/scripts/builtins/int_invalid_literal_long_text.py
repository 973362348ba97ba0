# int()'s "invalid literal" message quotes the text as CPython's %.200R does: a long
# text's repr is cut at 200 characters (closing quote and all); float() does not cut.
for text in ["x" * 300, "é" * 250, "12 34", "1" * 150 + " " + "2" * 150, "abc"]:
    try:
        int(text)
    except ValueError as e:
        print(len(str(e)), e)
for base in [16, 2, 36]:
    try:
        int("!" * 205, base)
    except ValueError as e:
        print(e)
try:
    int(b"y" * 300)
except ValueError as e:
    print(e)
try:
    float("z" * 300)
except ValueError as e:
    print(len(str(e)))
answer = "forty two " * 30
int(answer)
