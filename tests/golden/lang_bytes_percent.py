# printf-style formatting of bytes templates.
print(b"%d %x %5.2f|%-4b|%r" % (3, 255, 1.5, b"ab", "é"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(b"%s" % bytearray(b"x"), b"%c%c" % (65, b"B"), b"%a" % 3, b"100%%" % ())
print(bytearray(b"<%s>") % b"in", b"%05d" % -42, b"%-6s|" % b"ab")
for thunk in [lambda: b"%s" % (1, 2), lambda: b"%c" % 256, lambda: b"%c" % b"ab",
              lambda: b"%y" % 3, lambda: b"%s" % (b"a", b"b"), lambda: b"%s %s" % (b"a",),
              lambda: b"%s" % "text"]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
