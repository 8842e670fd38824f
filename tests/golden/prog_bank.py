class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
        Account._next_number += 1
        self.number = Account._next_number

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))

    def available(self):
        return self.balance

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


class Savings(Account):
    kind = "savings"
    rate = 0.025

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise


accounts = [Checking("alice", 50), Savings("bob", 1000), Account("carol", 20)]
alice, bob, carol = accounts
ops = [
    lambda: alice.withdraw(120),
    lambda: alice.withdraw(100),
    lambda: transfer(bob, carol, 250),
    lambda: carol.deposit(-5),
    lambda: bob.add_interest(),
    lambda: setattr(carol, "frozen", True),
    lambda: transfer(bob, carol, 10),
    lambda: carol.withdraw(1),
]
for i, op in enumerate(ops, 1):
    try:
        result = op()
        print(f"op {i}: ok" + (f" -> {result}" if result is not None else ""))
    except InsufficientFunds as e:
        print(f"op {i}: insufficient: {e} (short by {e.amount - e.account.available():.2f})")
    except BankError as e:
        print(f"op {i}: {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"op {i}: bad value: {e}")

for acct in accounts:
    print(acct, acct.kind, acct.number, isinstance(acct, Account))
    for kind, amount in acct.log:
        print(f"    {kind:<8}{amount:>10.2f}")
print(issubclass(InsufficientFunds, BankError), Checking.__mro__[1].__name__)
print("total:", f"{sum(a.balance for a in accounts):.2f}")
