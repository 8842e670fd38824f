# numbers: the numeric tower's ABCs, the registered builtin types and
# the abstract methods a subclass must define.
import abc
import numbers
vals = [1, True, 1.0, 1j, '1', None, [1]]
for cls in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(cls.__name__, len(cls.__abstractmethods__), sorted(cls.__abstractmethods__)[:5], [isinstance(v, cls) for v in vals])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Integral), issubclass(int, numbers.Complex))
print(numbers.Number.__hash__, numbers.Real.__module__, repr(numbers.Integral))
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
for name in sorted(numbers.Integral.__abstractmethods__):
    if name != '__int__':
        setattr(MyInt, name, lambda self, *a: NotImplemented)
try:
    MyInt(3)
except TypeError as e:
    print(str(e)[:80])
class Half(numbers.Real):
    pass
try: Half()
except TypeError as e: print(str(e)[:60])
class Frac(numbers.Rational):
    def __init__(self, n, d): self._n, self._d = n, d
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
print(sorted(Frac.__abstractmethods__)[:4], len(Frac.__abstractmethods__))
print(numbers.Integral.__float__(True), numbers.Integral.__index__(7))

print(isinstance(True, numbers.Number), isinstance(2 ** 100, numbers.Integral),
      isinstance(float('nan'), numbers.Real), isinstance(complex(1, 2), numbers.Real))


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __floordiv__(self, o):
        return Meters(self.v // o)

    def __mod__(self, o):
        return Meters(self.v % o)


print(len(Meters.__abstractmethods__), isinstance(Meters.__abstractmethods__, frozenset))
for name in sorted(Meters.__abstractmethods__):
    setattr(Meters, name, lambda self, *a: NotImplemented)
print(abc.update_abstractmethods(Meters).__abstractmethods__)
print(numbers.Real.__complex__(Meters(3)), numbers.Real.conjugate.__name__)
d = numbers.Real.__divmod__(Meters(7), 2)
print(d[0].v, d[1].v)
