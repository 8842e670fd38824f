# Misuse of bisect: argument counts and types, bad bounds, sequences that
# are not, and comparisons that fail.
import bisect


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


funcs = [bisect.bisect_left, bisect.bisect_right, bisect.insort_left,
         bisect.insort_right, bisect.bisect, bisect.insort]
for f in funcs:
    print(f.__name__)
    attempt(f)
    attempt(f, [1])
    attempt(f, [1], 1, "a")
    attempt(f, [1], 1, 0, "a")
    attempt(f, [1], 1, 0, 1.5)
    attempt(f, [1], 1, 1.0)
    attempt(f, [1], 1, 2 ** 70)
    attempt(f, [1], 1, 0, 2 ** 70)
    attempt(f, [1], 1, -1)
    attempt(f, [1], 1, -2 ** 70)
    attempt(f, [1], 1, 0, -2 ** 70)
    attempt(f, [1], 1, None)
    attempt(f, [1], 1, 0, 1, None)
    attempt(f, [1], 1, foo=1)
    attempt(f, [1], 1, lo=0, hi=1, key=None)
    attempt(f, a=[1], x=1)
    attempt(f, [1], x=1)
    attempt(f, [1], 1, a=[1])
    attempt(f, [1], 1, 0, 5)
    attempt(f, (1, 2, 3), 2)
    attempt(f, "abc", "b")
    attempt(f, 5, 1)
    attempt(f, 5, 1, -1)
    attempt(f, {1: 2}, 1)
    attempt(f, {1: 2}, 1, 0, 1)
    attempt(f, {1, 2}, 1)
    attempt(f, [1, 2], 1, 3, 1)
    attempt(f, [1, 2, 3], 3, 0, -1)
    attempt(f, [1, 2, 3], 2, 0, -5)
    attempt(f, [1, "a"], 2)
    attempt(f, [1, 2], 1, key=5)
    attempt(f, [], 1, key=5)
    attempt(f, [1, 2], 1, key=lambda v: 1 / 0)
attempt(bisect.bisect_left, [1, None], 2)
attempt(bisect.insort, [1, 2], None)


class Bad:
    def __lt__(self, other):
        raise KeyError("lt")


attempt(bisect.bisect_right, [1, 2, 3], Bad())
attempt(bisect.insort_left, [Bad(), Bad()], 0)


class Shrinks(list):
    def __lt__(self, other):
        return False


class Clear:
    # Empties the list being searched when compared.
    def __init__(self, target):
        self.target = target

    def __lt__(self, other):
        self.target.clear()
        return False


victim = [1, 2, 3, 4, 5, 6, 7, 8]
attempt(bisect.bisect_right, victim, Clear(victim))
victim = [1, 2, 3, 4, 5, 6, 7, 8]
attempt(bisect.insort_right, victim, Clear(victim))
print(victim)


class BadLen:
    def __len__(self):
        raise ValueError("no len")

    def __getitem__(self, i):
        return i


attempt(bisect.bisect, BadLen(), 3)
attempt(bisect.bisect, BadLen(), 3, 0, 10)


class NegLen:
    def __len__(self):
        return -1


attempt(bisect.bisect, NegLen(), 3)


class NoInsert:
    def __len__(self):
        return 0


attempt(bisect.insort, NoInsert(), 1)
