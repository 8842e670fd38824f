class K:
    def __repr__(self):
        return "K"
    def __init__(self, target, action, result=True, h=1):
        self.target = target
        self.action = action
        self.result = result
        self.h = h
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

def case_setitem_clear():
    d = {}
    d[K(d, None)] = 1
    d[K(d, lambda t: t.clear())] = 2
    return sorted(d.values())
run("setitem clear", case_setitem_clear)

def case_getitem_clear():
    d = {}
    d[K(d, None)] = 1
    return d[K(d, lambda t: t.clear())]
run("getitem clear", case_getitem_clear)

def case_get_clear():
    d = {}
    d[K(d, None)] = 1
    return d.get(K(d, lambda t: t.clear()), "missing"), len(d)
run("get clear", case_get_clear)

def case_in_clear():
    d = {}
    d[K(d, None)] = 1
    return K(d, lambda t: t.clear()) in d, len(d)
run("in clear", case_in_clear)

def case_pop_clear():
    d = {}
    d[K(d, None)] = 1
    return d.pop(K(d, lambda t: t.clear()), "dflt"), len(d)
run("pop clear", case_pop_clear)

def case_del_clear():
    d = {}
    d[K(d, None)] = 1
    del d[K(d, lambda t: t.clear())]
    return len(d)
run("del clear", case_del_clear)

def case_setdefault_clear():
    d = {}
    d[K(d, None)] = 1
    return d.setdefault(K(d, lambda t: t.clear()), 5), len(d)
run("setdefault clear", case_setdefault_clear)

def case_setitem_add():
    d = {}
    d[K(d, None, False)] = 1
    d[K(d, lambda t: t.update({i: i for i in range(20)}), False)] = 2
    return len(d)
run("setitem add", case_setitem_add)

def case_setitem_pop():
    d = {}
    k0 = K(d, None)
    d[k0] = 1
    d[K(d, lambda t: t.pop(k0))] = 2
    return len(d), list(d.values())
run("setitem pop", case_setitem_pop)

def case_get_setitem():
    d = {}
    d[K(d, None, False)] = 1
    return d.get(K(d, lambda t: t.__setitem__("x", 3), False)), len(d)
run("get setitem", case_get_setitem)

def case_update_clear():
    d = {}
    d[K(d, None)] = 1
    d.update({K(d, lambda t: t.clear()): 7})
    return list(d.values())
run("update clear", case_update_clear)

def case_keysview_in():
    d = {}
    d[K(d, None)] = 1
    return K(d, lambda t: t.clear()) in d.keys(), len(d)
run("keys in clear", case_keysview_in)

def case_items_in():
    d = {}
    d[K(d, None)] = 1
    return (K(d, lambda t: t.clear()), 1) in d.items(), len(d)
run("items in clear", case_items_in)

def case_popitem_in_eq():
    d = {}
    d[K(d, None)] = 1
    d["a"] = 2
    return d.pop(K(d, lambda t: t.popitem()), None), len(d)
run("pop popitem", case_popitem_in_eq)

def case_raises():
    d = {}
    d[K(d, None)] = 1
    def boom(t):
        t.clear()
        raise KeyError("inner")
    return d[K(d, boom)]
run("raise after clear", case_raises)

def case_fromkeys():
    d = {}
    d[K(d, None)] = 1
    d2 = dict.fromkeys([K(d, None), K(d, lambda t: t.clear())])
    return len(d2)
run("fromkeys", case_fromkeys)

def case_eq_dicts():
    d = {}
    d[K(d, None)] = 1
    other = {K(d, lambda t: t.clear()): 1}
    return d == other
run("dict eq", case_eq_dicts)
print("dict ok", 1)
