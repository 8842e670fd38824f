# int(x, base), round with negative digits, float divmod, modular pow,
# nested isinstance tuples, iter(callable, sentinel), sorted and print misuse.
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: int('ff', 16)); t(lambda: int('0x1f', 0)); t(lambda: int(' 1_000 ')); t(lambda: int('0b101', 0)); t(lambda: int('0o17', 8)); t(lambda: int('z', 36))
t(lambda: int('12', 1)); t(lambda: int('12', 37)); t(lambda: int('08', 0)); t(lambda: int('1__0')); t(lambda: int('', 10)); t(lambda: int(3.9)); t(lambda: int('3.5'))
t(lambda: int(b'12') if False else int('-0x10', 16)); t(lambda: int('_1')); t(lambda: int('1_', 16)); t(lambda: int('0_0', 0)); t(lambda: int('00', 0)); t(lambda: int(12, 10))
t(lambda: round(1234, -2)); t(lambda: round(1250, -2)); t(lambda: round(1350, -2)); t(lambda: round(1250.0, -2)); t(lambda: round(-1234.5678, -1)); t(lambda: round(2.675, 2)); t(lambda: round(5, 2)); t(lambda: round(0.5)); t(lambda: round(1.5)); t(lambda: round(12345, -10))
t(lambda: divmod(7.5, 2)); t(lambda: divmod(-7.5, 2)); t(lambda: divmod(7, -2.0)); t(lambda: divmod(1, 0.0)); t(lambda: divmod(-0.0, 1))
t(lambda: pow(3, -1, 7)); t(lambda: pow(38, -1, 97)); t(lambda: pow(2, -1, 4)); t(lambda: pow(2, 10, 1000)); t(lambda: pow(2, 3, 0)); t(lambda: pow(2.0, 3, 5)); t(lambda: pow(-3, -2, 7))
t(lambda: isinstance(1, (str, (int, float)))); t(lambda: isinstance(1, (str, (bytes if False else list, (float,))))); t(lambda: isinstance(1, [int])); t(lambda: issubclass(bool, ((int,),)))
it = iter([1,2,3,4,5])
t(lambda: list(iter(lambda: next(it), 3)))
t(lambda: next(iter([]), 'd')); t(lambda: next([1])); t(lambda: iter(5)); t(lambda: iter(len, 1, 2))
t(lambda: sorted([1, 'a'])); t(lambda: sorted(5)); t(lambda: sorted([3,1], reverse=True)); t(lambda: sorted([1], foo=1)); t(lambda: sorted()); t(lambda: sorted([1],[2]))
print(1, 2, sep='-', end='!\n', file=sys.stderr, flush=True)
print(1, 2, sep=None, end=None)
t(lambda: print(1, sep=5)); t(lambda: print(1, end=5)); t(lambda: print(1, foo=1)); t(lambda: print(1, file=5))
t(lambda: vars(5))

counter = iter(range(10))
calls = iter(lambda: next(counter), 4)
print(type(calls).__name__, list(calls), list(calls), next(calls, "done"))
def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
