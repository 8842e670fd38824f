# reprlib: size-limited reprs and recursive_repr.
import reprlib
from collections import deque

r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(frozenset('abcdefghij')), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r('x' * 100), r('short'), r("it's" * 20), r('\n' * 40))
print(r(10 ** 50), r(-10 ** 45), r(12345), r(True), r(None), r(1.5))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(deque(range(10))), r(deque()), r({1, 3, 2.5}), r({3: 'x', 'k': 1, 2: 'y'}))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise RuntimeError('no')


print(r(Long()), r([Long()]), r(Broken()).startswith('<Broken instance at 0x'))
a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxother = 8
a.fillvalue = '~'
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr(Long()))
print(a.maxdict, a.maxtuple, a.maxset, a.maxlong, a.maxarray, a.maxdeque, a.maxfrozenset)


class MyList(list):
    pass


print(a.repr(MyList([1, 2, 3])), reprlib.aRepr.repr([1]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


n = Node('root')
n.children.append(n)
n.children.append(Node('leaf'))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)


o = Other()
o.me = [o]
print(repr(o))
