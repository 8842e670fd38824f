# timedelta: normalisation, repr/str, arithmetic, rounding and misuse.
import datetime
from datetime import timedelta


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(repr(timedelta()), repr(timedelta(-1)), str(timedelta(-1)))
print(repr(timedelta(days=1, hours=-1)), str(timedelta(days=1, hours=-1)))
print(repr(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6,
                     milliseconds=7, microseconds=8)))
print(str(timedelta(days=2, microseconds=1)), str(timedelta(days=-2, microseconds=1)))
print(str(timedelta(hours=-1, minutes=1)), str(timedelta(seconds=59.5)))
print(timedelta(1, 2, 3).days, timedelta(1, 2, 3).seconds, timedelta(1, 2, 3).microseconds)
print(repr(timedelta(microseconds=-1)))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
# float components round half to even
for us in (0.5, 1.5, 2.5, -2.5, -0.5):
    print(us, repr(timedelta(microseconds=us)))
print(repr(timedelta(seconds=1 / 3)), repr(timedelta(days=-1 / 3)))
print(repr(timedelta(days=1.5, seconds=0.5, microseconds=0.5)))
print(repr(timedelta(hours=1.25, minutes=-0.5)))
# arithmetic
a = timedelta(days=1, seconds=30)
b = timedelta(hours=5)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * 0.5), repr(2.5 * timedelta(microseconds=1)),
      repr(3.5 * timedelta(microseconds=1)))
print(repr(timedelta(1) / 3), repr(timedelta(1) / 7.0), repr(timedelta(1) // 7))
print(repr(timedelta(seconds=7) / timedelta(seconds=2)), timedelta(seconds=7) // timedelta(seconds=2))
print(repr(timedelta(seconds=7) % timedelta(seconds=2)), divmod(timedelta(seconds=-7), timedelta(seconds=2)))
print(repr(timedelta(seconds=-7) // 2), repr(timedelta(microseconds=-5) / 2))
print(repr(timedelta(1) * True), repr(timedelta(1) / True))
print(timedelta(1).total_seconds(), timedelta(microseconds=1).total_seconds(),
      timedelta(days=-1, seconds=1).total_seconds())
# comparisons, truth, hashing
print(a > b, a < b, a == timedelta(seconds=86430), a != b, a >= a, b <= a)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), len({timedelta(1), timedelta(hours=24)}))
print(timedelta(1) == 1, timedelta(1) != 'x')
print(type(timedelta(1).days).__name__, isinstance(a, timedelta), type(a).__name__)
# misuse
show('big days', lambda: timedelta(days=1000000000))
show('big hours', lambda: timedelta(days=999999999, hours=24))
show('huge float', lambda: timedelta(days=1e10))
show('str days', lambda: timedelta('a'))
show('str hours', lambda: timedelta(hours='1'))
show('bad kw', lambda: timedelta(x=1))
show('too many', lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show('dup', lambda: timedelta(1, days=2))
show('nan', lambda: timedelta(seconds=float('nan')))
show('inf', lambda: timedelta(seconds=float('inf')))
show('max+1', lambda: timedelta.max + timedelta(microseconds=1))
show('min-1', lambda: timedelta.min - timedelta(microseconds=1))
show('mul str', lambda: timedelta(1) * 'a')
show('mul nan', lambda: timedelta(1) * float('nan'))
show('div 0', lambda: timedelta(1) / 0)
show('floordiv 0', lambda: timedelta(1) // 0)
show('mod 0', lambda: timedelta(1) % timedelta(0))
show('div td0', lambda: timedelta(1) / timedelta(0))
show('floordiv td0', lambda: timedelta(1) // timedelta(0))
show('add int', lambda: timedelta(1) + 1)
show('sub int', lambda: timedelta(1) - 2)
show('rdiv', lambda: 2 / timedelta(1))
show('floordiv float', lambda: timedelta(1) // 2.0)
show('mod int', lambda: timedelta(1) % 2)
show('lt int', lambda: timedelta(1) < 1)
