# slice objects: the start/stop/step attributes, indices(), comparison,
# and (in 3.11) no hashing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 3)
t(lambda: (s.start, s.stop, s.step))
t(lambda: (slice(5).start, slice(5).stop, slice(5).step))
t(lambda: slice("a", [1], None).stop)
t(lambda: s.indices(5))
t(lambda: s.indices(100))
t(lambda: slice(None, None, -1).indices(4))
t(lambda: slice(-3, None).indices(10))
t(lambda: slice(-30, 30, 2).indices(10))
t(lambda: slice(0, 5, 0).indices(3))
t(lambda: s.indices(-1))
t(lambda: s.indices("3"))
t(lambda: s.indices())
t(lambda: s.indices(1, 2))
t(lambda: s.indices(length=3))
t(lambda: slice.indices(s, 4))
t(lambda: slice.indices(5, 4))
t(lambda: slice("a").indices(3))
t(lambda: hash(s))
t(lambda: s.__hash__)
t(lambda: {s: 1})
t(lambda: s == slice(1, 10, 3))
t(lambda: s != slice(1, 10, 3))
t(lambda: s < slice(1, 11))
t(lambda: s >= slice(0, 100, 100))
t(lambda: s.__eq__((1, 10, 3)))
t(lambda: s == (1, 10, 3))
t(lambda: slice(1) < slice("a"))
t(lambda: s.__repr__())
t(lambda: str(slice(None, -1)))
t(lambda: s.start.__class__.__name__)
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice())
t(lambda: slice(stop=3))
t(lambda: slice.__new__(slice, 1, 2))
t(lambda: slice.__new__(int, 1))
t(lambda: [0, 1, 2, 3, 4, 5][s])
t(lambda: "abcdefghijk"[slice(None, None, 2)])

t(lambda: type(s).__name__)
t(lambda: isinstance(s, slice))


class Sub(slice):
    pass
