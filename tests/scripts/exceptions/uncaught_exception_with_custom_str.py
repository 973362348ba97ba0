# An uncaught exception whose class defines __str__: python3 calls it to print
# the last line of the traceback, after the program's last step, so the step
# trace ends where the exception left the module.
class OutOfStock(Exception):
    def __init__(self, item):
        self.item = item

    def __str__(self):
        return f"no {self.item} left"


def take(item, stock):
    if stock[item] == 0:
        raise OutOfStock(item)
    stock[item] -= 1


stock = {"apples": 1}
take("apples", stock)
take("apples", stock)
