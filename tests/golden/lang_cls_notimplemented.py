class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __repr__(self):
        return f"Money({self.cents})"

print(Money(5) + Money(7))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(5) == Money(5), Money(5) == 5, 5 == Money(5), Money(1) != "x")
try:
    Money(1) + 2
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented)
