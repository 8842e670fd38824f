from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import collections
c = Counter("abracadabra")
print(c, c.most_common(2), c['a'], c['zz'])
c.update("aaz"); print(c.most_common(3), sum(c.values()), c.total())
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(a=1, b=3) + Counter(a=2))
print(sorted(Counter([1, 1, 2]).elements()))
