# collections.abc mixin methods: what a subclass gets from defining the
# abstract methods only.
from collections.abc import Sequence, MutableSequence, MutableMapping, Set, MutableSet, Mapping


class S(Sequence):
    def __init__(self, *a):
        self.a = a

    def __getitem__(self, i):
        return self.a[i]

    def __len__(self):
        return len(self.a)


s = S(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2))
for args in [(9,), (1, 1), (2, 0, 1)]:
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))


class L(MutableSequence):
    def __init__(self):
        self.a = []

    def __getitem__(self, i):
        return self.a[i]

    def __setitem__(self, i, v):
        self.a[i] = v

    def __delitem__(self, i):
        del self.a[i]

    def __len__(self):
        return len(self.a)

    def insert(self, i, v):
        self.a.insert(i, v)


lst = L()
lst.append(1)
lst.extend([2, 3, 4])
lst += [5]
print(lst.a, lst.pop(), lst.pop(0), lst.a)
lst.remove(3)
lst.reverse()
print(lst.a)
lst.clear()
print(lst.a, len(lst))


class M(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M()
m.update({'a': 1}, b=2)
m.update([('c', 3)])
print(dict(m), m.get('z'), m.setdefault('d', 4), m.pop('a'), m.pop('zz', 0), 'b' in m,
      m == {'b': 2, 'c': 3, 'd': 4}, m != {})
print(list(m.keys()), list(m.items()), list(m.values()), len(m.items()), 'b' in m.keys(),
      ('b', 2) in m.items(), 3 in m.values())
print(m.popitem(), dict(m))
m.clear()
print(len(m), isinstance(m, Mapping))
for call in [lambda: m.pop('q'), lambda: m.popitem()]:
    try:
        call()
    except KeyError as e:
        print('KeyError', e)


class FS(Set):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)


a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= b, FS([2]) < a, a > FS([1]), a >= a, a == FS([3, 2, 1]), a != b,
      a.isdisjoint([7]), a.isdisjoint([1]))


class MS(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


ms = MS([1, 2])
ms |= {3}
ms -= {1}
print(sorted(ms.s), ms.pop(), sorted(ms.s))
ms.remove(3)
try:
    ms.remove(99)
except KeyError as e:
    print('KeyError', e)
print(len(ms))
