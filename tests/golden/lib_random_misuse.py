# random's misuse: CPython's exception types and messages.
import random

random.seed(1)
cases = [
    lambda: random.randrange(1.5), lambda: random.randrange(0, 1.5), lambda: random.randrange(0, 10, 1.5),
    lambda: random.randrange("a"), lambda: random.randrange(None), lambda: random.randrange(5, 1),
    lambda: random.randrange(1, 5, -1), lambda: random.randrange(10, step=2), lambda: random.randrange(10, step=True),
    lambda: random.randrange(-3), lambda: random.randrange(0, 10, 0), lambda: random.randrange(),
    lambda: random.randint(1), lambda: random.randint(1, 2, 3), lambda: random.randint(3, 2),
    lambda: random.getrandbits(), lambda: random.getrandbits(1, 2), lambda: random.getrandbits(1.0),
    lambda: random.getrandbits("x"), lambda: random.getrandbits(-5), lambda: random.choice(5),
    lambda: random.choice({}), lambda: random.choice(""), lambda: random.shuffle(5), lambda: random.shuffle("ab"),
    lambda: random.sample(5, 1), lambda: random.sample({1, 2}, 1), lambda: random.sample({1: 2}, 1),
    lambda: random.sample([1], -1), lambda: random.sample([1], 2), lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]), lambda: random.sample([1, 2], 1, counts=[1.0, 1]),
    lambda: random.sample([1, 2], 9, counts=[1, 1]), lambda: random.sample([1, 2]),
    lambda: random.choices([]), lambda: random.choices([1], cum_weights=[1], weights=[1]),
    lambda: random.choices([1, 2], weights=[0, 0]), lambda: random.choices([1, 2], weights=[1, float("inf")]),
    lambda: random.choices([1, 2], weights=[1, float("nan")]), lambda: random.choices([1], weights=[]),
    lambda: random.choices([1, 2], [1, -1]), lambda: random.choices([1], k=1.5),
    lambda: random.expovariate(0), lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1),
    lambda: random.betavariate(0, 1), lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0),
    lambda: random.uniform(1), lambda: random.uniform("a", 1), lambda: random.gammavariate("a", 1),
    lambda: random.randbytes(-1), lambda: random.randbytes(1.5), lambda: random.randbytes("2"),
    lambda: random.seed([1]), lambda: random.seed({}), lambda: random.Random([1]), lambda: random.seed(1, 2, 3),
    lambda: random.seed(bytearray(b"ab"), version=1),
    lambda: random.setstate(5), lambda: random.setstate((3, (1, 2), None)),
    lambda: random.setstate((4, (), None)), lambda: random.setstate((3, list(range(625)), None)),
    lambda: random.setstate((3, tuple(range(624)) + (625,), None)),
    lambda: random.setstate((3, tuple(range(623)) + (-1, 5), None)),
    lambda: random.setstate((3, tuple([1.5] * 625), None)),
    lambda: random.setstate((3, tuple([2**32] * 625), None)),
    lambda: random.setstate((3, tuple([2**70] * 625), None)), lambda: random.setstate(None),
    lambda: random.setstate((2, 5, None)), lambda: random.setstate((3,)), lambda: random.getrandbits(2**40),
    lambda: random.shuffle(None), lambda: random.choices(None), lambda: random.choices([1, 2], 5),
    lambda: random.choices([1, 2], cum_weights=["a", "b"]), lambda: random.sample([1, 2], "x"),
    lambda: random.sample([1, 2], 1.5), lambda: random.sample([1, 2], 2.5), lambda: random.triangular("a", "b", "c"),
    lambda: random.vonmisesvariate("a", 1), lambda: random.vonmisesvariate(1, "a"), lambda: random.gauss("a", 1),
    lambda: random.lognormvariate(1000, 1), lambda: random.weibullvariate(1, -1e-300),
]
for f in cases:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
print(random.random())
