# `remove` and `in` read the list afresh at each step: an __eq__ that clears
# or grows the list changes what they find, as in CPython.
class Clearer:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False


class Grower:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if len(self.target) < 6:
            self.target.append(other)
        return False


for name, op in [
    ("remove", lambda l: l.remove(3)),
    ("in", lambda l: 3 in l),
    ("not in", lambda l: 3 not in l),
    ("count", lambda l: l.count(3)),
    ("index", lambda l: l.index(3)),
]:
    for make in (Clearer, Grower):
        l = []
        l.extend([make(l), make(l), 3])
        try:
            print(name, make.__name__, op(l), len(l))
        except ValueError as e:
            print(name, make.__name__, "ValueError:", e, len(l))
t = (1, 2, 3)
print(3 in t, 4 in t, [1, [2]] in [[1, [2]]], (1, 2) in [(1, 2)])
