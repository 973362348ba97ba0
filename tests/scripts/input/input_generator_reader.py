# A generator that reads lines with input() until EOF: a classic pipeline
# source, consumed lazily.
def lines():
    while True:
        try:
            yield input()
        except EOFError:
            return

def numbers(src):
    for line in src:
        if line.strip():
            yield int(line)

print(sum(numbers(lines())))
