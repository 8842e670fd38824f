# Statements: loops with else, del, augmented assignment on attributes and
# subscripts, starred assignment, conditional expressions, comprehensions,
# the walrus operator, annotations, and the __main__ guard.
from typing import Optional


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while finished", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
data = {"a": 1, "b": 2, "c": 3}
items = [0, 1, 2, 3, 4, 5]
del data["a"]
del items[1], items[-1]
del items[::2]
print(data, items)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)


class Stats:
    total = 0

    def __init__(self):
        self.count = 0
        self.tags = ["a"]


st = Stats()
st.count += 5
st.count -= 1
st.count *= 3
st.count //= 2
st.count **= 2
st.count %= 7
st.tags += ["b"]
st.tags *= 2
Stats.total += 10
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
counts = {"k": 1}
counts["k"] += 1
counts["new"] = counts.get("new", 0) + 1
s = "ab"
s += "cd"
s *= 2
bits = 0b1100
bits |= 1
bits &= 0b1101
bits ^= 0b100
bits <<= 2
bits >>= 1
f = 7
f /= 2
t = (1, 2)
t += (3,)
print(st.count, st.tags, Stats.total, st.total, grid, counts, s, bits, f, t)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, *middle, z = range(6)
head, *empty = [1]
(p, q), r = (1, 2), 3
x1 = y1 = [0]
a2, b2 = b2, a2 = 1, 2
print(first, rest, init, last, a, middle, z, head, empty, p, q, r, x1 is y1, a2, b2)
for k, (v1, *vs) in [("a", (1, 2, 3)), ("b", (4,))]:
    print(k, v1, vs)
age = 20
print("adult" if age >= 18 else "minor", "x" if 0 else "y" if "" else "z", [i if i % 2 else -i for i in range(4)])
print([i * j for i in range(1, 4) for j in range(i)], [c for c in "hello" if c not in "aeiou"])
print({w: len(w) for w in ["hi", "there"] if len(w) > 2}, sorted({c.lower() for c in "AbBa"}), [[r * c for c in range(3)] for r in range(3)])
print([(i, j) for i in range(3) if i for j in range(3) if j > i], sum(v for v in range(10) if v % 3 == 0))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
values = [3, 8, 1, 9, 4]
if (count := len(values)) > 3:
    print("long list", count)
print([y for v in values if (y := v * 2) > 6], y)
lines = iter(["first", "second", ""])
while (line := next(lines)):
    print("line", line)
print((w := 10) + w, w)
limit: int = 3
label: str
names: list[str] = ["a", "b"]
maybe: Optional[int] = None


def annotated(a: int, b: "str" = "x", *args: int, flag: bool = False, **kw: dict) -> tuple[int, str]:
    return a, b


print(limit, names, maybe, annotated(1), __annotations__["limit"], sorted(__annotations__))
try:
    print(label)
except NameError as e:
    print(type(e).__name__, e)
print(__name__)
if __name__ == "__main__":
    print("running as a script")
else:
    print("imported")


def unpack_three():
    a, b = 1, 2, 3


def unpack_short():
    a, b, c = [1]


def unpack_star():
    a, *b, c = [1]


def unpack_int():
    a, b = 5


def del_undefined():
    del undefined_name


def del_missing_key():
    x = {}
    del x["k"]


def del_out_of_range():
    x = [1]
    del x[5]


def del_tuple_item():
    x = (1,)
    del x[0]


def augment_missing_attr():
    x = 1
    x.attr += 1


for bad in [unpack_three, unpack_short, unpack_star, unpack_int, del_undefined, del_missing_key,
            del_out_of_range, del_tuple_item, augment_missing_attr]:
    try:
        bad()
    except (ValueError, TypeError, NameError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
