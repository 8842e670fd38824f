# Changing a dict's keys while iterating it, its size kept: CPython's
# iterator notices when it finds more entries than the dict had
# ("dictionary keys changed during iteration"); a size change is noticed
# at once.
def run(label, d, body):
    seen = []
    try:
        for k in d:
            seen.append(k)
            body(d, k)
        print(label, "finished", seen, d)
    except RuntimeError as e:
        print(label, "RuntimeError", e, seen, d)


def rename(d, k):
    del d[k]
    d[k + "x"] = 1


def move_to_end(d, k):
    d[k] = d.pop(k)


def replace_value(d, k):
    d[k] = d[k] * 10


def grow(d, k):
    d[k + "!"] = 0


def shrink(d, k):
    d.pop(k)


def swap_other(d, k):
    if k == "a":
        del d["b"]
        d["z"] = 26


run("rename 1", {"a": 1}, rename)
run("rename 2", {"a": 1, "b": 2}, rename)
run("move 2 to end", {"a": 1, "b": 2}, move_to_end)
run("values", {"a": 1, "b": 2, "c": 3}, replace_value)
run("grow", {"a": 1, "b": 2}, grow)
run("shrink", {"a": 1, "b": 2}, shrink)
run("swap other", {"a": 1, "b": 2, "c": 3}, swap_other)

# The views' iterators notice it as well.
d = {"p": 1, "q": 2}
try:
    for key, value in d.items():
        del d[key]
        d[key * 2] = value
except RuntimeError as e:
    print("items", e, d)
d = {"p": 1}
try:
    for value in d.values():
        key = list(d)[0]
        del d[key]
        d[key + "x"] = value
except RuntimeError as e:
    print("values", e, d)
e = {"a": 1}
it = iter(e)
print(next(it))
del e["a"]
e["b"] = 2
try:
    next(it)
except RuntimeError as err:
    print("next", err)
try:
    next(it)
except (RuntimeError, StopIteration) as err:
    print("again", type(err).__name__)
f = {"a": 1}
it = iter(f)
print(next(it))
f["b"] = 2
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as err:
        print("size", attempt, err)
