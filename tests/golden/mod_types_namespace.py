# types.SimpleNamespace: keyword construction, repr (recursive too),
# equality, attribute changes, subclasses and misuse.
import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(a=1, b='x'), ns == types.SimpleNamespace(a=1),
      ns != types.SimpleNamespace())
print(ns == 1, ns.__eq__(1))
ns.c = [ns]
print(ns)
del ns.c
print(ns.a, ns.b, vars(ns), ns.__dict__)
ns.b = 'changed'
ns.z = None
print(ns)
print(sorted(k for k in dir(ns) if not k.startswith('_')))


class N(types.SimpleNamespace):
    pass


n = N(x=1, y=[1, 2])
print(n, isinstance(n, types.SimpleNamespace), n == types.SimpleNamespace(x=1, y=[1, 2]))
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(**{'k': 1, 'l': 2}))

nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=3))
print(nested, nested.inner.v)

print(getattr(ns, 'missing', 'default'), hasattr(ns, 'a'))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {types.SimpleNamespace(): 1}
except TypeError as e:
    print(type(e).__name__)
