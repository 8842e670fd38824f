# Classes: attributes, inheritance, super(), the data model methods scripts
# define, properties, static and class methods, isinstance/issubclass, and
# the errors their misuse raises.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


a, d, p = Animal("cat", "meow"), Dog("rex"), Puppy("bit")
print(a.describe())
print(d.describe())
print(p.describe())
print(Animal.count, d.count, Dog.kind, Animal.kind, p.kind)
d.kind = "good dog"
print(d.kind, Dog.kind, "kind" in vars(d), sorted(vars(d)))
del d.kind
print(d.kind)
print(isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(bool, int))
print(issubclass(Dog, (str, Animal)), isinstance(True, int), isinstance(3, float))
print([c.__name__ for c in Puppy.__mro__])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0


m1, m2 = Money(150), Money(275)
print(m1, repr(m1), [m1, m2], {"k": m1}, (m1,))
print(str(m1 + m2), m1 + 5, 5 + m1, m2 - m1, m1 * 3, 2 * m1, -m1)
print(sum([m1, m2, Money(5)]), sum([m1], Money(0)))
print(m1 == Money(150), m1 != Money(150), m1 == 150, m1 < m2, m2 > m1)
print(sorted([m2, m1, Money(1)]), min(m1, m2), max([m1, m2]))
print(len({m1, Money(150), m2}), Money(150) in {m1}, bool(Money(0)), bool(m1))
m3 = m1
m3 += m2
print(m3, m1, m3 is m1)
print(f"{m1}", f"{m1!r}", "%s and %r" % (m1, m2), "{} {!r}".format(m1, m2))


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, card):
        print("  contains", card)
        return card in self.cards

    def __call__(self, n):
        return self.cards[:n]


deck = Deck("AKQJ")
print(len(deck), deck[0], deck[-1], deck[1:3], "K" in deck, "Z" not in deck)
print(list(deck), [c for c in deck], deck(2), callable(deck), callable(Deck), callable(3))
print(list(reversed(deck)), sorted(deck), "".join(deck), bool(Deck([])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Managed("a") as x, Managed("b") as y:
    print("body", x, y)
with Managed("c", swallow=True):
    raise ValueError("swallowed")
try:
    with Managed("d"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)


class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


class Kelvin(Temperature):
    scale = "K"


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.convert(37), t.convert(0))
t.celsius = 20
print(t.celsius, t.fahrenheit)
print(Temperature.freezing().celsius, type(Kelvin.freezing()).__name__)
print(Temperature.describe(), Kelvin.describe(), Kelvin(5).describe())
print(type(Temperature.__dict__["convert"]).__name__, type(Temperature.celsius).__name__)
for action in [
    lambda: setattr(t, "celsius", -300),
    lambda: setattr(t, "fahrenheit", 1),
    lambda: delattr(t, "fahrenheit"),
    lambda: t.missing,
    lambda: Temperature.missing,
    lambda: Temperature(),
    lambda: Temperature(1, 2),
    lambda: Temperature.convert(),
    lambda: Money(1) < 3,
    lambda: Money(1) + "x",
    lambda: "x" + Money(1),
    lambda: Money(1) @ Money(2),
    lambda: len(Money(1)),
    lambda: Money(1)[0],
    lambda: Money(1)(),
    lambda: iter(Money(1)),
    lambda: 3 in Money(1),
    lambda: hash(Deck([])) and {[]: 1},
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: issubclass(int, (str, 3)),
    lambda: super(Dog, 3),
    lambda: Dog("x").nothing(),
]:
    try:
        print("ok", action())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)


class Plain:
    pass


o = Plain()
print(o == o, o == Plain(), o != Plain(), hash(o) == hash(o), str(o) == repr(o))
print(repr(o).startswith("<__main__.Plain object at 0x"), type(o), Plain)
o.x = 1
setattr(o, "y", 2)
print(getattr(o, "x"), getattr(o, "z", "dflt"), hasattr(o, "y"), hasattr(o, "z"), vars(o))


class Box:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v


b = Box()
del b.v
print(hasattr(b, "_v"))
try:
    del b.v
except AttributeError as e:
    print(type(e).__name__, e)
print(list(reversed(Deck("xyz"))), type(reversed(Deck("ab"))).__name__)
print(super(Dog, Puppy("q")).speak(), super(Dog, Puppy).kind)
