# The codec errors carry their fields, and word their message from them.
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(str(UnicodeDecodeError("utf-8", b"abc", 0, 2, "bad")))
u = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(u), u.object, u.start, u.end, u.reason)
print(str(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")))
print(str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "x")))
t = UnicodeTranslateError("\xe9", 0, 1, "no map")
print(str(t), t.object, t.encoding, t.start)
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
    err.reason = "changed"
    err.start = 1
    print(err)
try:
    "caf\xe9s \u20ac".encode("ascii")
except UnicodeEncodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
    print(err)
try:
    "\xe9\xe9".encode("latin-1").decode("ascii")
except UnicodeDecodeError as err:
    print(repr(err.object), err.start, err.end, err.reason)
print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeDecodeError.__mro__[1].__name__)
