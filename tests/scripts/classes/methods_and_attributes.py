# Instances carry attributes; methods receive the instance as self.
class Account:
    rate = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

a = Account("ada")
print(a.deposit(10), a.deposit(5))
print(a.owner, a.balance, Account.rate, a.rate)
