# memoryview over bytes and bytearray: items, slices, attributes, tobytes,
# tolist, hex, comparisons and conversions.
def show(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.tobytes(), r.readonly)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], list(m), m.tolist(), m.tobytes())
print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex(sep="-", bytes_per_sep=-4))
print(m.obj is b, m.nbytes, m.readonly, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
for part in (m[1:3], m[::2], m[::-1], m[::-1][1:3], m[4:1:-1], m[3:3], m[::2][::-1]):
    print(part.tobytes(), len(part), part.shape, part.strides, part.nbytes, part.contiguous, part.obj is b)
print(m[1:4][1], m[::-1][0], m[1:4][-1], m[True])
show(lambda: m[6])
show(lambda: m[-7])
show(lambda: m["a"])
show(lambda: m[1.0])
show(lambda: m[None])
show(lambda: m[...])
show(lambda: m[10**30])
show(lambda: m[0,])
show(lambda: m[()])
show(lambda: m[0, 1])
show(lambda: m[::0])


class Three:
    def __index__(self):
        return 3


print(m[Three()])
print(m == b, b == m, m == bytearray(b), m == m, m == memoryview(b"abcdef"))
print(m != b, m == b"abc", m == "abcdef", m == [97], m.__eq__(1), m.__ne__(b))
show(lambda: m < b)
show(lambda: m <= m)
print(bytes(m), bytearray(m), bytes(m[::2]), bytes(m[::-1]))
print(bool(memoryview(b"")), bool(m), 97 in m, b"a" in m)
print(hash(m) == hash(b), hash(m[::2]) == hash(b"ace"))
mm = memoryview(m)
print(mm.obj is b, mm.tobytes(), mm == m)
ro = memoryview(bytearray(b"xy")).toreadonly()
print(ro.readonly, ro.tolist(), ro.obj)
print(b"abc".startswith(memoryview(b"ab")), b"-".join([memoryview(b"a"), b"b"]))
print(b"abc" + memoryview(b"d"), bytearray(b"a") + memoryview(b"b"), b"ab".find(memoryview(b"b")))
show(lambda: memoryview(b"a") + b"b")
show(lambda: memoryview(b"a") * 2)
show(lambda: memoryview(b"ab").decode())
it = iter(memoryview(b"ab"))
print(next(it), list(it))
print(str(memoryview(b"x"))[:10], repr(memoryview(b"x"))[:10])


class Data(bytes):
    pass


d = Data(b"zz")
print(memoryview(d).obj is d, memoryview(d).tobytes(), memoryview(d).readonly)
print(b"%s|%b" % (memoryview(b"x"), memoryview(b"yz")[::-1]), int.from_bytes(memoryview(b"\x01\x00"), "big"))
print(bytes.__eq__(b"x", memoryview(b"x")), bytes.__rmod__(b"x", b"%s"), bytes(memoryview(b"ab")[::-1]))
