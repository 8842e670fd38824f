# Writing through a memoryview of a bytearray, and the read-only views.
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abcdef")
mb = memoryview(ba)
print(mb.readonly, mb.obj is ba)


def put(key, value):
    def do():
        mb[key] = value
        return ba

    return do


show(put(0, 120))
show(put(slice(1, 3), b"YZ"))
show(put(slice(None, None, 2), b"123"))
show(put(slice(0, 2), bytearray(b"qq")))
show(put(slice(0, 2), memoryview(b"KK")))
show(put(0, True))
show(put(-1, 0x7A))
show(put(slice(1, 3), b"YZW"))
show(put(0, 256))
show(put(0, -1))
show(put(0, 10**30))
show(put(0, "a"))
show(put(0, b"a"))
show(put(0, 2.0))
show(put(slice(0, 2), [1, 2]))
show(put(slice(0, 2), "ab"))
show(put(10, 1))
show(put("x", 1))
show(put((0,), 65))
show(put((), 1))
show(put((0, 1), 1))
show(put(slice(None, None, 0), b""))
show(put(slice(None), mb[::-1]))
view = mb[1:5]
view[0] = ord("!")
view[::3] = b"<>"
print(ba, view.tobytes())


def delete(key):
    def do():
        del mb[key]

    return do


show(delete(0))
show(delete(slice(0, 2)))

m = memoryview(b"abc")


def put_ro(key, value):
    def do():
        m[key] = value

    return do


show(put_ro(0, 1))
show(put_ro("a", 1))
show(put_ro(slice(0, 1), b"x"))
show(lambda: m.__delitem__(0))
ro = mb.toreadonly()


def put_ro2():
    ro[0] = 1


show(put_ro2)
print(mb.readonly, ro.readonly, ro.tobytes() == ba)
show(lambda: hash(mb))
show(lambda: hash(ro) == hash(bytes(ba)))
mc = memoryview(ba).cast("c")
print(mc.format, mc.itemsize, mc[0], mc[1:3].tolist(), mc.tobytes() == ba)


def put_c(value):
    def do():
        mc[0] = value
        return ba

    return do


show(put_c(b"z"))
show(put_c(1))
show(put_c(b"zz"))
print(mc == ba, mc == mc, mc == memoryview(ba).cast("c"), memoryview(b"").cast("c") == b"")
