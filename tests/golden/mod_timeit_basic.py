# timeit: Timer with strings and callables, timeit/repeat, and errors.
import timeit


def t(f):
    try:
        r = f()
        print(type(r).__name__, r >= 0 if isinstance(r, float) else r)
    except Exception as e:
        print(type(e).__name__, e)


calls = []
t(lambda: timeit.timeit(lambda: calls.append(1), number=7))
print(len(calls))
t(lambda: timeit.timeit('x = [1, 2, 3]; y = sum(x)', number=100))
t(lambda: timeit.timeit('y = x * 2', setup='x = 21', number=5))
t(lambda: timeit.timeit('acc.append(1)', setup='', number=3, globals={'acc': calls}))
print(len(calls))
r = timeit.repeat(lambda: calls.append(2), repeat=3, number=2)
print(len(r), all(isinstance(v, float) and v >= 0 for v in r), len(calls))
setups = []
tm = timeit.Timer(stmt=lambda: calls.append(3), setup=lambda: setups.append(0))
print(tm.timeit(4) >= 0, tm.timeit(number=0) >= 0, len(setups), calls.count(3))
print(len(tm.repeat(repeat=2, number=1)), len(setups))
tm = timeit.Timer('for i in range(3):\n    total += i', setup='total = 0')
print(tm.timeit(2) >= 0)
ticks = iter(range(0, 1000, 10))
tm = timeit.Timer('pass', timer=lambda: next(ticks))
print(tm.timeit(5), tm.repeat(2, 1))
print(timeit.default_timer() >= 0, timeit.default_number, timeit.default_repeat)
print(timeit.dummy_src_name, timeit.reindent('a\nb', 2))
t(lambda: timeit.timeit('undefined_name', number=1))
t(lambda: timeit.timeit('x = ', number=1))
t(lambda: timeit.timeit('pass', setup='def', number=1))
t(lambda: timeit.timeit(5))
t(lambda: timeit.timeit('pass', setup=5))
t(lambda: timeit.timeit(lambda: 1 / 0, number=1))
t(lambda: timeit.timeit('return 5', number=1))
