# weakref.ref: calling it while the object lives and after it died,
# equality and hashing, the weak containers, finalize, and misuse.
import weakref as weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'A({self.n})'
a = A(1)
r = weakref.ref(a)
print(r() is a, type(r), weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref), r.__callback__)
print(r == weakref.ref(a), hash(r) == hash(a))
del a; print(r())
d = weakref.WeakValueDictionary()
x, y = A(1), A(2)
d['x'] = x; d['y'] = y
print(len(d), sorted(d.keys()), d['x'], 'x' in d, d.get('z'))
del x; print(len(d), list(d.keys()), 'x' in d)
try: d['x']
except KeyError as e: print('KeyError', e)
k = weakref.WeakKeyDictionary()
p, q = A(3), A(4)
k[p] = 'p'; k[q] = 'q'
print(len(k), k[p], p in k)
del p; print(len(k), list(k.values()))
s = weakref.WeakSet()
m, n = A(5), A(6)
s.add(m); s.add(n)
print(len(s), m in s)
del m; print(len(s), list(s))
f = weakref.finalize(n, print, 'finalized', 6)
print(f.alive, f.peek()[1:] if f.peek() else None)
print(f(), f.alive, f())
for bad in ['weakref.ref(1)', 'weakref.ref([])', 'weakref.ref("s")', 'weakref.ref(())', 'weakref.ref({})', 'weakref.ref()', 'weakref.ref(A(1), None, 3)', 'weakref.WeakValueDictionary()[1]', 'weakref.WeakSet().add(1)', 'weakref.WeakValueDictionary().__setitem__(1, 2)']:
    try: print(eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
