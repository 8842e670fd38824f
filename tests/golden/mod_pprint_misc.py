# pprint: saferepr, isreadable, isrecursive, recursion, collections types.
import collections
import io
import pprint

a = [1, 2]
a.append(a)
d = {'k': 1}
d['self'] = d
for obj in [a, d, [1, 2], {'a': (1, 2)}, 'text', object, None, 1.5]:
    print(pprint.isrecursive(obj), pprint.isreadable(obj))
print(pprint.saferepr([1, {'b': 2, 'a': (3,)}]))
print('Recursion on list' in pprint.saferepr(a), 'Recursion on dict' in pprint.pformat(d))
p = pprint.PrettyPrinter(width=20)
print(p.isreadable([1, 2]), p.isrecursive(a), p.isreadable(a))
print(p.pformat(list('abcdefghij')))
out = io.StringIO()
pprint.pprint({'x': list(range(20))}, stream=out, width=30)
print(out.getvalue(), end='')
p2 = pprint.PrettyPrinter(stream=out, indent=2, width=20)
p2.pprint(['alpha', 'beta', 'gamma', 'delta'])
print(out.getvalue().count('\n'))
od = collections.OrderedDict((k, k * 3) for k in 'abcdefgh')
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'a': [1, 2, 3], 'b': list(range(15))})
pprint.pprint(dd, width=30)
c = collections.Counter('abracadabra simsalabim')
pprint.pprint(c, width=40)
pprint.pprint(collections.deque(range(25)), width=30)
pprint.pprint(collections.deque(range(25), maxlen=30), width=30)
pprint.pprint(collections.deque())
print(pprint.pformat({'b': 1, 'a': 2, 10: 3, 'c': [3, 'x', 1]}))
print(pprint.pformat({'mixed': [1, 'a', None, 2.5]}, width=10))
