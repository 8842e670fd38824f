# Function definitions and calls: defaults, keywords, *args, **kwargs,
# keyword-only parameters, spreading at call sites, lambdas, closures,
# nonlocal, global, decorators and recursion, and the TypeErrors of misuse.
import functools


def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Dee", greeting="Yo"))


def stamp(x, seen=[]):
    seen.append(x)
    return list(seen)


print(stamp(1), stamp(2))


def total(*args):
    return type(args).__name__, args, sum(args)


print(total())
print(total(1, 2, 3))


def options(**kwargs):
    return type(kwargs).__name__, sorted(kwargs.items())


print(options())
print(options(b=2, a=1))


def mixed(a, b=2, *rest, key, flag=False, **extra):
    return a, b, rest, key, flag, extra


print(mixed(1, key="k"))
print(mixed(1, 2, 3, 4, key="k", flag=True, z=26))
xs = [10, 20, 30]
kw = {"key": "K", "other": 5}
print(mixed(*xs, **kw))
print(mixed(0, *xs, *xs, key=1, **{"q": 2}))


def only_kw(*, a, b=5):
    return a + b


print(only_kw(a=1), only_kw(b=1, a=2))


def pos_only(a, b, /, c):
    return a, b, c


print(pos_only(1, 2, c=3))

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))


def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def define_global():
    global NEW_NAME
    NEW_NAME = "made inside"


define_global()
print(NEW_NAME)


def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()

    return wrapper


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]

        return wrapper

    return deco


@shout
def hello(name):
    """Say hello."""
    return "hello " + name


@repeat(3)
def ping(n=1):
    return "ping" * n


@shout
@repeat(2)
def both():
    return "x"


print(hello("amy"), hello.__name__, hello.__doc__, hello.__wrapped__("raw"))
print(ping(), ping(2), ping.__name__)
try:
    print(both())
except AttributeError as e:
    print(type(e).__name__, e)


def no_wraps(fn):
    def inner(*a):
        return fn(*a)

    return inner


@no_wraps
def plain():
    pass


print(plain.__name__, plain.__qualname__)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fact(20), fact(30), [fib(i) for i in range(15)])


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7))


def show(e):
    print(type(e).__name__ + ":", e)


def two(a, b):
    return a + b


def one_default(a, b=1):
    return a


def none():
    return 0


class K:
    def meth(self, x):
        return x


for call in [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=1),
    lambda: two(b=1),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: none(1),
    lambda: none(x=1),
    lambda: only_kw(1),
    lambda: only_kw(),
    lambda: only_kw(a=1, c=2),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: mixed(1),
    lambda: mixed(1, 2, 3, flag=1),
    lambda: K().meth(),
    lambda: K().meth(1, 2),
    lambda: K.meth(1),
    lambda: K().meth(y=1),
    lambda: square(),
    lambda: square(1, 2),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
    lambda: two(*5),
    lambda: two(**[1]),
    lambda: two(1, **{"a": 2}),
    lambda: options(1),
    lambda: total(a=1),
    lambda: hello(),
]:
    try:
        call()
    except TypeError as e:
        show(e)


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


class Greeter:
    def hi(self, *names, **opts):
        return names, opts


print(two(**Mapping()), {**Mapping(), "c": 3}, dict(Mapping()))
print(Greeter().hi(*"ab", **Mapping()))
for call in [
    lambda: two(a=1, **{"a": 2}),
    lambda: two(**{"a": 1}, **{"b": 2}, **{"a": 3}),
    lambda: two(**{1: 2}),
    lambda: Greeter().hi(*5),
    lambda: Greeter().hi(**[("a", 1)]),
    lambda: [].append(*5),
    lambda: print(*None),
    lambda: Greeter(*5),
    lambda: {**[1]},
    lambda: [*5],
    lambda: (lambda: 0)(*5),
]:
    try:
        call()
    except TypeError as e:
        show(e)
