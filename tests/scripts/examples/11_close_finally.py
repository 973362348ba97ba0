# close() stops a paused generator; its finally block still runs,
# so a generator can always clean up after itself.

def lines_of_a_book():
    print("open the book")
    try:
        yield "Chapter 1"
        yield "Chapter 2"
        yield "Chapter 3"
    finally:
        print("close the book")   # runs on close(), on the end, or on an error


book = lines_of_a_book()
print(next(book))
print(next(book))
book.close()           # we stop reading early: GeneratorExit at the paused yield
print("closed:", next(book, "nothing more to read"))
