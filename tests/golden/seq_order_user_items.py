# Lists and tuples order by their first unequal items, compared with the
# items' own methods.
import heapq
import functools


@functools.total_ordering
class Job:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __eq__(self, other):
        return self.pri == other.pri

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"Job({self.pri}, {self.name!r})"


print([Job(1, "a")] < [Job(2, "b")], [Job(1, "a"), Job(1, "x")] < [Job(1, "b"), Job(2, "y")])
print((Job(1, "a"), 2) <= (Job(1, "b"), 3), (Job(2, "a"),) > (Job(1, "b"), 0))
print(sorted([[Job(3, "c")], [Job(1, "a")], [Job(2, "b")]]))
print(max([(Job(1, "x"), "first"), (Job(3, "y"), "second")])[1])
heap = []
for item in [(2, Job(2, "b")), (1, Job(1, "a")), (3, Job(3, "c"))]:
    heapq.heappush(heap, item)
print([heapq.heappop(heap)[1].name for _ in range(3)])
# Equal priorities fall through to the next tuple item.
print(sorted([(Job(1, "a"), "z"), (Job(1, "b"), "y")]))


class NoOrder:
    def __eq__(self, other):
        return False


try:
    [NoOrder()] < [NoOrder()]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, NoOrder()) < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 2, 0], (1, 2) >= (1, 2), [] < [NoOrder()])


# An __eq__ that shrinks the list being compared.
class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


a = []
a.extend([Shrinker(a), 1, 2])
print(a < [0, 1, 2, 3], len(a))
