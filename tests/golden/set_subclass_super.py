# set and frozenset subclasses: overridden methods calling super(), the
# operators, and what type their results have.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Tags(set):
    def add(self, item):
        print("add", item)
        super().add(item.lower())

    def update(self, *others):
        for o in others:
            for x in o:
                self.add(x)

    def __contains__(self, item):
        return super().__contains__(item.lower())

    def union(self, *others):
        return ("union", sorted(super().union(*others)))


tags = Tags()
tags.add("Red")
tags.update(["BLUE", "green"])
t(lambda: sorted(tags))
t(lambda: "RED" in tags)
t(lambda: "pink" in tags)
t(lambda: tags.union(["x"]))
t(lambda: set.union(tags, ["y"]) == {"red", "blue", "green", "y"})
t(lambda: type(tags | {"z"}).__name__)
t(lambda: type(tags & {"red"}).__name__)
t(lambda: type(tags.copy()).__name__)
t(lambda: type(tags.intersection({"red"})).__name__)
t(lambda: tags == {"red", "blue", "green"})
t(lambda: tags <= {"red", "blue", "green", "q"})
t(lambda: repr(Tags()))
t(lambda: repr(Tags([1])))
t(lambda: len(tags))
tags -= {"red"}
t(lambda: (type(tags).__name__, sorted(tags)))
tags |= {"white"}
t(lambda: (type(tags).__name__, sorted(tags)))
t(lambda: tags.__ior__([1]))
t(lambda: hash(tags))


class Frozen(frozenset):
    def __new__(cls, items=()):
        return super().__new__(cls, [i * 2 for i in items])

    def issubset(self, other):
        return ("mine", super().issubset(other))


fz = Frozen([1, 2])
t(lambda: sorted(fz))
t(lambda: repr(Frozen()))
t(lambda: fz.issubset([2, 4, 6]))
t(lambda: frozenset.issubset(fz, [2]))
t(lambda: type(fz | {9}).__name__)
t(lambda: type(fz.union()).__name__)
t(lambda: fz.copy() is fz)
t(lambda: hash(fz) == hash(frozenset([2, 4])))
t(lambda: {fz: 1}[frozenset([2, 4])])
t(lambda: fz.add)
