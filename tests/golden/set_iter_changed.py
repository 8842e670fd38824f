# Changing a set while iterating it. A size change raises "Set changed
# size during iteration" (and keeps raising); a change that keeps the
# size goes unnoticed, and iteration goes on over the live table in
# CPython's order.
def run(label, s, body):
    seen = []
    try:
        for x in s:
            seen.append(x)
            body(s, x)
        print(label, "finished", seen, s)
    except RuntimeError as e:
        print(label, "RuntimeError", e, seen, s)


def shift(s, x):
    s.discard(x)
    s.add(x + 10)


def grow(s, x):
    s.add(x + 100)


def shrink(s, x):
    s.discard(x)


def same(s, x):
    s.add(x)


def swap_other(s, x):
    if x == 1:
        s.discard(3)
        s.add(33)


run("shift", {1, 2, 3}, shift)
run("grow", {1, 2, 3}, grow)
run("shrink", {1, 2, 3}, shrink)
run("same", {1, 2, 3}, same)
run("swap other", {1, 2, 3, 4}, swap_other)
run("shift big", set(range(0, 40, 8)), shift)

s = {5, 6}
it = iter(s)
print(next(it))
s.add(7)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as err:
        print(attempt, err)
s = {5, 6}
it = iter(s)
print(next(it))
s.remove(6)
s.add(70)
print(list(it), s)
f = frozenset([1, 2])
print([x for x in f if not f.isdisjoint({x})])
