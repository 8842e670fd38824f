def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

def gen():
    x = yield 1
    print("got", x)
    yield 2
    return 3

g = gen()
attempt("send()", lambda: g.send())
attempt("send(1, 2)", lambda: g.send(1, 2))
attempt("send(v=1)", lambda: g.send(v=1))
attempt("send(5) fresh", lambda: g.send(5))
attempt("throw()", lambda: g.throw())
attempt("throw(5)", lambda: g.throw(5))
attempt("throw(1,2,3,4)", lambda: g.throw(ValueError, 1, 2, 3))
attempt("close(1)", lambda: g.close(1))
attempt("__next__(1)", lambda: g.__next__(1))
attempt("__iter__(1)", lambda: g.__iter__(1))
attempt("iter is self", lambda: g.__iter__() is g)
attempt("next", g.__next__)
attempt("send(9)", lambda: g.send(9))
attempt("next end", g.__next__)
attempt("next after", g.__next__)
attempt("send after", lambda: g.send(None))
attempt("close after", g.close)
attempt("throw after", lambda: g.throw(KeyError("k")))
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended)
g2 = gen()
next(g2)
print(g2.gi_running, g2.gi_suspended)
attempt("throw KeyError", lambda: g2.throw(KeyError, "kk"))
print(g2.gi_suspended)

async def co(n):
    return n * 2

c = co(4)
attempt("c.send()", lambda: c.send())
attempt("c.send(1)", lambda: c.send(1))
attempt("c.close(1)", lambda: c.close(1))
attempt("c.throw()", lambda: c.throw())
attempt("c.throw(3)", lambda: c.throw(3))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_origin)
attempt("c.send(None)", lambda: c.send(None))
attempt("c.send(None) again", lambda: c.send(None))
attempt("c.close()", c.close)
attempt("c.__next__", lambda: c.__next__)
attempt("g.cr_running", lambda: g.cr_running)
attempt("c.gi_running", lambda: c.gi_running)

def names(x, cands):
    return [n for n in cands if hasattr(x, n)]
G = ['send', 'throw', 'close', '__next__', '__iter__', '__name__', '__qualname__',
     'gi_running', 'gi_suspended', 'cr_running', '__await__', 'asend']
print(names(gen(), G))
c2 = co(1)
print(names(c2, ['send', 'throw', 'close', '__name__', '__qualname__', 'cr_running',
                 'cr_suspended', 'cr_origin', '__next__', '__iter__', 'gi_running']))
c2.close()
print(type(gen()).send, type(gen()).__next__)
G2 = type(gen())
g3 = gen()
print(G2.send(g3, None), G2.__next__(g3))
attempt("G2.send(5, 1)", lambda: G2.send(5, 1))
