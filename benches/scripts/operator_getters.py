import operator
from operator import attrgetter, itemgetter, methodcaller

rows = [(i % 97, -i, str(i)) for i in range(60000)]
for _ in range(3):
    rows.sort(key=itemgetter(0, 1))
s = 0
for i in range(100000):
    s = operator.mod(operator.add(s, i), 1000003)


class P:
    def __init__(self, x):
        self.x = x


xs = list(map(attrgetter("x"), [P(i) for i in range(30000)]))
up = list(map(methodcaller("upper"), ["ab"] * 30000))
print(s, rows[0], sum(xs), up[0])
