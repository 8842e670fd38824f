# yield from forwards throw() and close() to the subgenerator; throw(typ,
# val) builds the exception as CPython does; a self-referencing dataclass
# shows ... in its repr.
from dataclasses import dataclass
@dataclass
class Node:
    v: int
    nxt: object = None
a = Node(1); a.nxt = a
print(repr(a))
b = Node(2, [a])
print(b)
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", repr(e))
        yield "handled"
    finally:
        print("inner closed")
def outer():
    r = yield from gen()
    return r
g = outer(); print(next(g)); print(g.throw(ValueError("v"))); g.close()
g = outer(); next(g); g.close(); print("closed")
g = outer(); next(g)
try:
    g.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("out", repr(e))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def simple():
    while True:
        try:
            yield
        except Exception as e:
            print("got", repr(e))
s = simple(); next(s)
t("class only", lambda: s.throw(ValueError))
t("class and tuple", lambda: s.throw(ValueError, (1, 2)))
t("class and None", lambda: s.throw(ValueError, None))
t("instance and value", lambda: s.throw(ValueError(1), 2))
t("not exception", lambda: s.throw(5))
t("bad tb", lambda: s.throw(ValueError, 1, 5))
t("too many", lambda: s.throw(ValueError, 1, None, 4))
t("none", lambda: s.throw())
