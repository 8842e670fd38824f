# A bytearray cannot change its length while a memoryview of it is alive.
def show(label, f):
    try:
        r = f()
        print(label, "ok", r, ba)
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abcdef")
m = memoryview(ba)
show("append", lambda: ba.append(1))
show("append bad", lambda: ba.append(300))
show("extend empty", lambda: ba.extend(b""))
show("extend", lambda: ba.extend(b"x"))
show("pop", lambda: ba.pop())
show("pop bad", lambda: ba.pop(10))
show("clear", lambda: ba.clear())
show("insert", lambda: ba.insert(0, 1))
show("remove", lambda: ba.remove(97))
show("remove missing", lambda: ba.remove(200))
show("reverse", lambda: ba.reverse())


def same_size():
    ba[0:2] = b"xy"


def grow():
    ba[0:2] = b"x"


def del_one():
    del ba[0]


def del_none():
    del ba[0:0]


def add_nothing():
    x = ba
    x += b""


def times_one():
    x = ba
    x *= 1


def times_two():
    x = ba
    x *= 2


def add_self():
    x = ba
    x += m


def extended():
    ba[::2] = b"123"


def del_extended():
    del ba[::2]


for f in (same_size, grow, del_one, del_none, add_nothing, times_one, times_two, add_self, extended, del_extended):
    show(f.__name__, f)
show("init same", lambda: ba.__init__(b"abcdef"))
show("init empty", lambda: ba.__init__())
m.release()
show("append released", lambda: ba.append(1))
m1 = memoryview(ba)
m2 = m1[1:]
m1.release()
show("slice alive", lambda: ba.append(2))
del m2
show("slice gone", lambda: ba.append(3))
m3 = memoryview(ba)
del m3
show("view gone", lambda: ba.append(4))
empty = bytearray()
me = memoryview(empty)
show("clear empty", lambda: empty.clear())
show("pop empty", lambda: empty.pop())


class Buf(bytearray):
    pass


y = Buf(b"yy")
my = memoryview(y)
show("subclass", lambda: y.append(1))
my.release()
show("subclass released", lambda: y.append(1))
print(y, memoryview(y).obj is y)
with memoryview(ba) as v:
    v[0] = 65
    show("in with", lambda: ba.extend(b"!"))
show("after with", lambda: ba.extend(b"!"))
