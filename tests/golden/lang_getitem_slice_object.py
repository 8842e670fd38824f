# A user __getitem__ receives a slice object for x[a:b:c].
class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key, key.start, key.stop, key.step, key.indices(len(self.items)))
            return Seq(self.items[key])
        return self.items[key]

    def __repr__(self):
        return "Seq(%r)" % (self.items,)


s = Seq(list(range(10)))
print(s[2:5], s[::3], s[-2:], s[:], s[1:8:2][1:3], s[4])
print(type(slice(1)).__name__, isinstance(slice(1), slice))

