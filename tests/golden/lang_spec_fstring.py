# f-strings (conversions, format specs, nested fields, = debugging),
# %-formatting and str.format on numbers, strings and user objects.
x, n, f, name = 3.14159, 1234567, -0.5, "Ada"
print(f"{name!r} {name!s} {name:>8}| {name:<8}| {name:^8}| {name:*^9} {name!r:>8}")
print(f"{x:.2f} {x:08.3f} {x:+.1f} {x:10.4f}| {x:<10.2f}| {x:e} {x:.3e} {x:g} {x:.3g} {1e20:g}")
print(f"{n:,} {n:_} {n:,.2f} {n:>15,} {-n:,} {n:e} {n:%} {0.25:%} {0.256:.1%} {1:.0%}")
print(f"{n:d} {n:10d}| {n:<10d}| {n:010d} {-42:05d} {42:+d} {42: d} {255:#o} {255:#b} {255:#X}")
print(f"{f:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f} {1e-7:f} {123.456:.0e} {float('inf'):.2f} {float('nan'):>6}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{name:{'>'}{w}}] [{n:{','}}] [{x:{w}}]")
print(f"{x=}", f"{x = :.2f}", f"{name=!r:>6}", f"{n + 1 = }", f"{'nested'!r}", f"{'q' + name}")
items = {"a": 1}
print(f"{items['a']} {items!r} {[1, 2][-1]} {(lambda v: v * 2)(4)} {'yes' if x > 3 else 'no'}")
print(f"{{braces}} {{{n}}} {'{'}", f"{3.0}", f"{True}", f"{None}", f"{1, 2}" if False else "", f"{b'x'}")
print(f"{12:>{w}}|{'s':{w}}|{12:{w}}|{12.5:{w}}|{True:>6}|{True:d}")
print(f"{1234.5:,.1f} {1234.5:_.3f} {0.000012345:.2e} {123456789.0:.3g} {1e16} {1e16:.0f} {2**70:,}")
print(f"""{
    name
}""", f"{name:}", f"{'':>3}|", f"{'abc':.2}", f"{'abc':>5.1}|")


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C" if spec else f"{self.c}C"

    def __repr__(self):
        return "Temp(...)"


t = Temp(21.5)
print(f"{t} {t:F} {t:.2f} {t!r} {t!s:>20}", format(t, "F"), "{:F} {}".format(t, t), format(3.5, ".3f"), format("s", ">3"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __getitem__(self, i):
        return (self.x, self.y)[i]


pt = Point(2, 5)
print("{0.x},{0.y} {p[1]} {0.x.real}".format(pt, p=pt), "{.x:>4}".format(pt))
print("%s %r %d %5.2f %-6s| %06d %x %X %o %e %%" % ("s", "r", 42, x, "left", 42, 255, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%s" % [1, 2], "%s" % (1,), "%c%c" % (72, "i"), "%.3s" % "abcdef")
print("%+d %+d % d %5s|%-5s|%*d|%.*f" % (5, -5, 5, "r", "l", 4, 7, 2, x), "%i %u" % (3, 4), "%g %G" % (1e-5, 1e20))
for bad in [lambda: f"{x:d}", lambda: f"{n:s}", lambda: f"{name:d}", lambda: f"{x:,d}", lambda: f"{name:+}",
            lambda: format(x, "z"), lambda: format(name, "=5"), lambda: f"{n:.2s}",
            lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%(a)s" % {"b": 1},
            lambda: "%z" % 1, lambda: "%d" % None, lambda: "%c" % "ab", lambda: format(t, 5),
            lambda: "{:>{w}}".format(1), lambda: f"{n:=^+#012,.3f}", lambda: "{:,s}".format("x"),
            lambda: "{0.missing}".format(pt), lambda: "{0[9]}".format(pt), lambda: format(None, "d")]:
    try:
        print("ok", bad())
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
