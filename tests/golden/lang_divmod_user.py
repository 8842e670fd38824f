# divmod() of user objects: __divmod__, then the other operand's
# __rdivmod__, NotImplemented passing on, and the TypeError at the end.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __divmod__(self, other):
        if isinstance(other, Money):
            q, r = divmod(self.cents, other.cents)
            return q, Money(r)
        if isinstance(other, int):
            q, r = divmod(self.cents, other)
            return Money(q), Money(r)
        return NotImplemented

    def __rdivmod__(self, other):
        if isinstance(other, int):
            return divmod(other, self.cents)
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


print(divmod(Money(1050), Money(100)), divmod(Money(1050), 4), divmod(1000, Money(300)))
for a, b in [(Money(1), "x"), ("x", Money(1)), (Money(1), 2.5)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError:", e)
