class K:
    def __init__(self, target, action, result=True, h=1):
        self.target = target
        self.action = action
        self.result = result
        self.h = h
    def __repr__(self):
        return "K"
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        for k in (self, other):
            if isinstance(k, K) and k.action is not None:
                act = k.action
                k.action = None
                act(k.target)
        return self.result and getattr(other, "result", True)

def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "error", type(e).__name__, "" if isinstance(e, KeyError) and not isinstance(e.args[0], str) else e)

def fresh(result=True):
    s = set()
    s.add(K(s, None, result))
    return s

def case(label, op, action=lambda t: t.clear(), result=True):
    def f():
        s = fresh(result)
        r = op(s, K(s, action, result))
        return r, len(s)
    run(label, f)

def survives(label, op, action=lambda t: t.clear(), result=True):
    # Only that the operation finishes: no crash, whatever it answers.
    s = fresh(result)
    try:
        op(s, K(s, action, result))
    except RuntimeError:
        pass
    print(label, "survives")

case("add clear", lambda s, k: s.add(k))
case("in clear", lambda s, k: k in s)
case("discard clear", lambda s, k: s.discard(k))
case("remove clear", lambda s, k: s.remove(k))
case("add add", lambda s, k: s.add(k), lambda t: t.update(range(30)), False)
case("in add", lambda s, k: k in s, lambda t: t.update(range(30)), False)
case("discard pop", lambda s, k: s.discard(k), lambda t: t.pop())
case("update clear", lambda s, k: s.update([k]))
survives("issubset clear", lambda s, k: {k} <= s)
survives("union clear", lambda s, k: len(s | {k}))
survives("intersection clear", lambda s, k: len(s & {k}))
case("difference_update clear", lambda s, k: s.difference_update([k]))
survives("symdiff clear", lambda s, k: s.symmetric_difference_update([k]))
survives("eq clear", lambda s, k: s == {k})
survives("isdisjoint clear", lambda s, k: s.isdisjoint([k]))
case("frozenset in", lambda s, k: k in frozenset(s))

def fs_build():
    s = set()
    a = K(s, None)
    b = K(s, lambda t: t.add(5))
    return len(frozenset([a, b])), len(s)
run("frozenset build", fs_build)
case("add clear false", lambda s, k: s.add(k), result=False)
case("discard clear false", lambda s, k: s.discard(k), result=False)
case("add remove-other", lambda s, k: s.add(k), lambda t: t.discard(7))
print("set ok", 1)
