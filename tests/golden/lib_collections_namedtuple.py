from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import collections
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], tuple(p), p == (1, 2), p._asdict(), p._replace(x=9), Point._fields)
x, y = p
print(x + y, len(p))
Color = namedtuple('Color', 'r g b', defaults=[0])
print(Color(1, 2), Color(1, 2, 3))
od = OrderedDict(); od['z'] = 1; od['a'] = 2; print(od, list(od))
