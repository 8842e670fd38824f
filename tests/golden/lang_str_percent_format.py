# printf-style formatting: str % args

name = "Ada"
age = 36
print("%s is %d years old" % (name, age))
print("Hello, %s!" % name)
print("%r and %a" % ("café", "café"))
print("100%% sure, %d%%" % 50)

# a tuple supplies several values; anything else is a single value
print("%s" % ((1, 2),))
print("%s" % [1, "two"])
print("value: %s" % None)
print("%s|%s|%s" % (True, 1.5, -0.0))

# integers in every base, with flags, width and precision
for n in (0, 7, -42, 255, 2**70):
    print("[%d] [%5i] [%-5u] [%05d] [%+d] [% d] [%.4d]" % (n, n, n, n, n, n, n))
    print("[%x] [%X] [%o] [%#x] [%#X] [%#o] [%#010x] [%-#8o]" % (n, n, n, n, n, n, n, n))
print("%d %d %x" % (True, 3.99, False))

# floats
for x in (3.14159, -2.5, 0.000123456, 123456789.0, 1e-10, 0.5):
    print("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.1e] [%E] [%g] [%G] [%#.3g] [%010.2f]" % (x, x, x, x, x, x, x, x, x, x))
print("%.0f %.0f %.0f %.2f" % (0.5, 1.5, 2.5, 2.675))
print("%f %F %e %g" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("%#.0f %#.0e %f" % (3, 1, 2**64))

# characters and strings with width and precision
print("%c%c%c" % (80, "y", 0x21))
print("[%5c] [%-5c] [%c]" % ("a", 98, 233))
print("[%10s] [%-10s] [%.3s] [%8.2s]" % ("right", "left", "truncate", "ab"))

# * for width and precision
for w in (1, 6, -6):
    print("[%*d] [%*s]" % (w, 42, w, "ab"))
print("[%.*f] [%*.*f]" % (3, 3.14159, 9, 2, 2.71828))

# mapping keys
row = {"item": "widget", "qty": 3, "price": 2.5}
print("%(item)-10s x%(qty)03d @ %(price).2f = %(price)8.3f" % row)
print("%(a)s %(a)r %(a)d" % {"a": 10})
print("%s and %(k)s" % {"k": "v"})
print("no conversions" % {"unused": 1})

# the length modifiers are ignored
print("%ld %hi %Lf" % (1, 2, 3.0))

# building a table
rows = [("apples", 3, 0.5), ("pears", 12, 1.25), ("kiwis", 100, 0.1)]
for fruit, n, cost in rows:
    print("%-8s|%4d|%7.2f|" % (fruit, n, n * cost))

# errors
cases = [
    ("%s %s", (1,)),
    ("%s", (1, 2)),
    ("plain", 5),
    ("%d", "3"),
    ("%x", 1.5),
    ("%f", "x"),
    ("%d", None),
    ("abc %y", 1),
    ("%é", 1),
    ("trailing %", 1),
    ("%5", 1),
    ("%(name)s", ("x",)),
    ("%(name)s", {"other": 1}),
    ("%(name", {"name": 1}),
    ("%c", "ab"),
    ("%c", 1.0),
    ("%c", -1),
    ("%*d", ("3", 4)),
    ("%d", float("inf")),
    ("%d", float("nan")),
]
for template, args in cases:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
