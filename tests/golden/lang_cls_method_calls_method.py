class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def _record(self, what, amount):
        self.log.append(f"{what}:{amount}")

    def deposit(self, amount):
        self.balance += amount
        self._record("dep", amount)
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            self._record("denied", amount)
            return self
        self.balance -= amount
        self._record("wd", amount)
        return self

    def transfer(self, other, amount):
        before = self.balance
        self.withdraw(amount)
        if self.balance != before:
            other.deposit(amount)

a = Account("ann", 100)
b = Account("bob")
a.deposit(50).withdraw(30).withdraw(500)
a.transfer(b, 70)
print(a.balance, b.balance)
print(a.log)
print(b.log)
