# range's members: its bounds, count and index, its slot wrappers, and
# their misuse.
r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(r.count(3), r.count(4), r.count('a'), r.count(3.0), r.index(3), r.index(9))
big = range(10 ** 20, 10 ** 20 + 30, 3)
print(big.start, big.count(10 ** 20 + 3), big.index(10 ** 20 + 9))
for bad in [lambda: r.index(4), lambda: r.index('a'), lambda: r.count(),
            lambda: r.index(), lambda: r.count(1, 2), lambda: r.index(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(r.__eq__(range(1, 10, 2)), r.__eq__(3), r.__ne__(range(1, 11, 2)), r.__lt__(r))
print(r.__hash__() == hash(r), r.__len__(), r.__getitem__(1), r.__getitem__(slice(1, 3)))
print(r.__contains__(3), list(r.__reversed__()), r.__bool__(), range(0).__bool__(), r.__repr__())
print(range.count(r, 5), range.index(r, 5))
try:
    r.start = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    range.count(3, 1)
except TypeError as e:
    print('TypeError', e)
print(range.__new__(range, 3), range(3) == range.__new__(range, 0, 3))
try:
    range.__new__(int, 3)
except TypeError as e:
    print('TypeError', e)


class Two:
    def __eq__(self, other):
        return other == 2


print(range(5).count(Two()), range(5).index(Two()))
