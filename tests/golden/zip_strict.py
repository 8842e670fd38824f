# zip(strict=True): every argument must end together.
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip(strict=True)))
print(list(zip([1, 2], [3], strict=False)))
cases = [
    ([1], [1, 2]),
    ([1, 2], [1]),
    ([1], [1], [1, 2]),
    ([1, 2], [1, 2], [1]),
    ([], [], []),
    ([1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2]),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)


def gen(n):
    for i in range(n):
        print("yield", i)
        yield i


try:
    for pair in zip(gen(3), gen(2), strict=True):
        print(pair)
except ValueError as e:
    print("ValueError", e)
for bad in [dict(foo=1), dict(strict=1, x=2)]:
    try:
        zip([1], **bad)
    except TypeError as e:
        print("TypeError", e)
