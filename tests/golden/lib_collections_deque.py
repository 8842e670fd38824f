from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import collections
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.rotate(2); print(d); d.rotate(-1); print(d)
b = deque(maxlen=3)
for i in range(5):
    b.append(i)
print(b, b.maxlen, list(b), 3 in b, deque(), bool(deque()))
try:
    deque().pop()
except IndexError as e:
    print(e)
