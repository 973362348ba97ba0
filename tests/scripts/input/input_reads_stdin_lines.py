# input() reads standard input a line at a time (NAME.in is fed as stdin):
# the prompt goes to stdout without a newline, the line comes back without
# its newline, and the end of input is EOFError "EOF when reading a line".
name = input("Your name? ")
print("Hello,", name)
n = int(input("How many? "))
total = 0
for i in range(n):
    total += int(input())
print("total", total)
print(repr(input("blank> ")))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
