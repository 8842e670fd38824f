# Subclasses of list: builtin behaviour on the payload, overrides first.
import copy
import json


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.push(3)
print(s, type(s).__name__, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), issubclass(Stack, list), type(s).__mro__)
print(s[0], s[-1], s[:1], type(s[:1]).__name__, 2 in s, 9 in s, bool(s), bool(Stack()))
print(list(s), sorted(Stack([3, 1, 2])), sum(s), max(s), min(s), [x * 10 for x in s])
print(s == [1, 2], s != [1, 2], s < [1, 3], [1, 2] == s, s == Stack([1, 2]), s is s)
print(s + [9], type(s + [9]).__name__, [0] + s, s * 2, 2 * s, type(s * 2).__name__)
t = s
t += [7]
print(t, t is s, type(t).__name__)
t *= 2
print(t, t is s)
s[0] = 100
del s[1]
s[1:3] = ["a", "b", "c"]
print(s, s.index("b"), s.count("a"))
s.sort(key=str)
print(s)
s.reverse()
print(s, list(reversed(s)), list(enumerate(Stack("xy"))))
s.clear()
print(s, repr(s), str(s), f"{s}", len(s))
print(json.dumps(Stack([1, "a", None])), ", ".join(Stack(["p", "q"])))
print([*Stack([1, 2]), 3], Stack(range(3)), Stack(x for x in "ab"))


class Loud(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

    def __len__(self):
        return 42

    def __repr__(self):
        return "Loud(%s, %r)" % (super().__repr__(), self.tag)

    def __contains__(self, x):
        return x == "everything"

    def append(self, x):
        list.append(self, x)
        super().append(x)


l = Loud([1, 2], "t")
l[0] = 5
l.append(3)
print(l, l[0], len(l), list.__len__(l), "everything" in l, 1 in l, list(l), l.tag, vars(l))
print(str(l), f"{l!r}", [l], bool(Loud([], "e")))


class NoInit(list):
    def __init__(self, *args):
        pass


print(NoInit([1, 2, 3]), len(NoInit("abc")))


class Eq(list):
    def __eq__(self, other):
        return True


print(Eq([1]) == [2], Eq([1]) != [2], [2] == Eq([1]))
try:
    hash(Eq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Stack(): 1}
except TypeError as e:
    print(type(e).__name__, e)

c = copy.copy(Stack([1, [2]]))
d = copy.deepcopy(Loud([1, [2]], "deep"))
print(c, type(c).__name__, list.__repr__(d), type(d).__name__, d.tag)
print(list.append, type(list.append).__name__, list.__getitem__, Stack.push.__name__)
x = Stack([3])
list.append(x, 4)
list.extend(x, [5])
print(x, list.pop(x), x, list.__len__(x), list.__repr__(x), list.__iadd__(x, [8]) is x, x)
