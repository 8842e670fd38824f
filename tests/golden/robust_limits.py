# Huge sizes and deep nesting end in exceptions, never in a crash.

# Float formatting past Rust's own precision limit.
s = format(1.5, ".65535e")
print(len(s), s[:5], s[-8:])
s = format(1.5, ".65536f")
print(len(s), s[-3:])
print(len('%.65536f' % 1.5), ('%.70000e' % 1e300)[-6:])
print(format(2**-1074, ".1100f")[-30:], format(0.1, ".1090f")[-12:])
print(len(format(0.1, "#.70000g")), format(1 / 3, ".1200e")[-10:])

# Allocations a script sizes: MemoryError, as CPython.
for make in [
    lambda: "a".ljust(10**12),
    lambda: "a".center(10**12, "*"),
    lambda: "-1".zfill(10**12),
    lambda: (1000).to_bytes(2**42, "big"),
]:
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))

import io
for f, data in [(io.BytesIO(), b"x"), (io.StringIO(), "x")]:
    f.seek(2**42)
    try:
        f.write(data)
    except MemoryError:
        print("MemoryError on write past", type(f).__name__)


# Nesting deeper than the recursion limit.
def nest(n, make=list):
    a = make()
    for _ in range(n):
        a = make([a])
    return a


deep = nest(5000)
for name, op in [
    ("==", lambda: deep == nest(5000)),
    ("<", lambda: deep < nest(5000)),
    ("repr", lambda: repr(deep)),
    ("str", lambda: str(nest(5000, tuple))),
]:
    try:
        print(name, op())
    except RecursionError as e:
        print(name, "RecursionError:", e)

# Shallow nesting still works, and shares the limit with Python calls.
print(nest(200) == nest(200), nest(200) < nest(201), len(repr(nest(300))))


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("call RecursionError:", e)

# Every MemoryError carries no arguments, as CPython's.
for make in [lambda: b"x" * 2**40, lambda: bytes(2**40), lambda: bytearray(b"ab").center(10**13)]:
    try:
        make()
    except MemoryError as e:
        print(repr(e))
