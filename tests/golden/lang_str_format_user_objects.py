# str.format runs __str__, __repr__ and __format__ of user objects (once
# per field), as format() and f-strings do.
calls = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        calls.append("str")
        return "$%d.%02d" % divmod(self.cents, 100)

    def __repr__(self):
        calls.append("repr")
        return "Money(%d)" % self.cents

    def __format__(self, spec):
        calls.append("format")
        if spec == "c":
            return "%d cents" % self.cents
        return format(str(self), spec)


m = Money(1234)
print("{} | {!r} | {!s} | {:c} | {:>10} | {!a}".format(m, m, m, m, m, m))
print(calls)
print("{m} and {m!r}".format(m=m), "{0[0]!s}".format([m]), f"{m:c} {m!r}")


class Plain:
    def __repr__(self):
        return "Plain()"


print("{}|{!r}|{:>9}|".format(Plain(), Plain(), str(Plain())))
try:
    "{:>9}".format(Plain())
except TypeError as e:
    print(e)
