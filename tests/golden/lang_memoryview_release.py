# release(), the context manager, and what a released view refuses.
def show(label, f):
    try:
        r = f()
        print(label, repr(r) if not isinstance(r, memoryview) else "view")
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abc")
with memoryview(ba) as m:
    print(m[0], type(m).__name__)
    show("append inside", lambda: ba.append(1))
show("append after", lambda: ba.append(1))
print(ba)
checks = [
    ("len", lambda: len(m)), ("item", lambda: m[0]), ("slice", lambda: m[0:1]),
    ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()), ("hex", lambda: m.hex()),
    ("obj", lambda: m.obj), ("nbytes", lambda: m.nbytes), ("readonly", lambda: m.readonly),
    ("format", lambda: m.format), ("itemsize", lambda: m.itemsize), ("ndim", lambda: m.ndim),
    ("shape", lambda: m.shape), ("strides", lambda: m.strides), ("suboffsets", lambda: m.suboffsets),
    ("c_contiguous", lambda: m.c_contiguous), ("f_contiguous", lambda: m.f_contiguous),
    ("contiguous", lambda: m.contiguous), ("toreadonly", lambda: m.toreadonly()),
    ("cast", lambda: m.cast("B")), ("eq", lambda: m == ba), ("eq self", lambda: m == m),
    ("hash", lambda: hash(m)), ("bytes", lambda: bytes(m)), ("bytearray", lambda: bytearray(m)),
    ("memoryview", lambda: memoryview(m)), ("release again", lambda: m.release()),
    ("enter", lambda: m.__enter__()), ("exit", lambda: m.__exit__(None, None, None)),
    ("bool", lambda: bool(m)), ("in", lambda: 97 in m), ("list", lambda: list(m)),
    ("join", lambda: b"".join([m])),
]
for label, f in checks:
    show(label, f)


def store():
    m[0] = 1


show("store", store)
print(repr(m)[:17])
m2 = memoryview(b"xyz")
print(m2.__enter__() is m2, m2.__exit__(1, 2, 3), m2.__exit__())
show("enter args", lambda: m2.__enter__(1))
show("release args", lambda: m2.release(1))


def raising():
    with memoryview(b"q") as v:
        raise KeyError(v.tobytes())


show("raise in with", raising)
keep = memoryview(b"abc")
it = iter(keep)
print(next(it))
keep.release()
show("next after release", lambda: next(it))
