# Private attributes of a base and a subclass live side by side.
class Base:
    def __init__(self):
        self.__secret = "base"
        self.public = 1

    def base_secret(self):
        return self.__secret


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def child_secret(self):
        return self.__secret


c = Child()
print(c.base_secret(), c.child_secret())
print(sorted(c.__dict__))
print(c._Base__secret, c._Child__secret)

# From outside a class, nothing is mangled.
try:
    print(c.__secret)
except AttributeError as e:
    print(type(e).__name__, e)

# Strings are never mangled.
class Probe:
    def __init__(self):
        self.__x = 10

    def lookups(self):
        out = []
        out.append(hasattr(self, "__x"))
        out.append(hasattr(self, "_Probe__x"))
        out.append(getattr(self, "_Probe__x"))
        out.append(getattr(self, "__x", "missing"))
        setattr(self, "__x", 20)
        out.append(self.__x)
        out.append(self.__dict__["__x"])
        return out

    def missing(self):
        return self.__nothing

    def delete(self):
        del self.__x
        return sorted(self.__dict__)


p = Probe()
print(p.lookups())
try:
    p.missing()
except AttributeError as e:
    print(type(e).__name__, e)
print(p.delete())
try:
    p.delete()
except AttributeError as e:
    print(type(e).__name__, e)

# Private methods and class-level private names.
class Counter:
    __count = 0
    __limit: int = 3

    def __bump(self):
        type(self).__count += 1
        return self.__count

    def tick(self):
        return self.__bump()

    @classmethod
    def count(cls):
        return cls.__count

    @staticmethod
    def limit():
        return Counter.__limit


k = Counter()
print(k.tick(), k.tick(), Counter.count(), Counter.limit())
print(sorted(n for n in vars(Counter) if "count" in n or "bump" in n or "limit" in n))
print(Counter.__annotations__)
print(Counter._Counter__bump.__name__, Counter._Counter__bump.__qualname__)
print(hasattr(Counter, "__bump"), hasattr(Counter, "_Counter__bump"))

# Dunder names and names ending in two underscores are not mangled.
class Dunders:
    def __init__(self):
        self.__tail__ = "t"
        self.___three = 3
        self.__trail_ = "one underscore at the end"
        self.__ = "only underscores"

    def __len__(self):
        return 7


d = Dunders()
print(sorted(d.__dict__), len(d))

# Augmented assignment and attributes of other objects.
class Acc:
    def __init__(self):
        self.__total = 0

    def add(self, other):
        self.__total += other.__total + 1
        return self.__total


a, b = Acc(), Acc()
print(a.add(b), a.add(b), b._Acc__total)
