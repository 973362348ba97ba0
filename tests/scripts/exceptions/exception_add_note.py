# BaseException.add_note() (3.11): notes collect in __notes__ and an uncaught exception's
# traceback prints them under its last line; a non-str note is a TypeError.
def parse_row(line_no, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing row {line_no}")
        raise


def rows(lines):
    for i, text in enumerate(lines, 1):
        yield parse_row(i, text)


e = ValueError("bad value")
print(e.add_note("hint 1"), e.__notes__)
e.add_note("hint 2")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
try:
    sum(rows(["1", "2", "three"]))
except ValueError as err:
    print(err, err.__notes__)
err = KeyError("k")
err.add_note("first note")
err.add_note("second\nnote")
print(sum(rows(["4", "x5"])))
