class E:
    def __init__(self, target, action, result=True):
        self.target = target
        self.action = action
        self.result = result
    def __repr__(self):
        return "E"
    def __eq__(self, other):
        for k in (self, other):
            if isinstance(k, E) and k.action is not None:
                act = k.action
                k.action = None
                act(k.target)
        return self.result and getattr(other, "result", True)
    __hash__ = None

def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "error", type(e).__name__, e)

def case(label, op, action=lambda t: t.clear(), result=False, n=3):
    def f():
        l = [E(None, None, result) for _ in range(n)]
        r = op(l, E(l, action, result))
        return r, len(l)
    run(label, f)

case("remove clear", lambda l, e: l.remove(e))
case("remove clear true", lambda l, e: l.remove(e), result=True)
case("index clear", lambda l, e: l.index(e))
case("index clear true", lambda l, e: l.index(e), result=True)
case("count clear", lambda l, e: l.count(e))
case("count clear true", lambda l, e: l.count(e), result=True)
case("in clear", lambda l, e: e in l)
case("in clear true", lambda l, e: e in l, result=True)
case("remove append", lambda l, e: l.remove(e), lambda t: t.append(0))
case("count extend", lambda l, e: l.count(e), lambda t: t.extend(range(3)))
case("eq clear", lambda l, e: l == [e, e, e])
case("tuple in", lambda l, e: e in tuple(l))

def sort_key():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
run("sort key append", sort_key)

def sort_clear():
    l = [3, 1, 2]
    def key(x):
        l.clear()
        return x
    l.sort(key=key)
    return l
run("sort key clear", sort_clear)

class Lt:
    def __init__(self, v, l):
        self.v = v
        self.l = l
    def __lt__(self, other):
        self.l.append(1)
        return self.v < other.v

def sort_lt():
    l = []
    l.extend([Lt(2, l), Lt(1, l)])
    l.sort()
run("sort lt append", sort_lt)

def sorted_key():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    return sorted(l, key=key), len(l)
run("sorted key append", sorted_key)
print("list ok", 1)
