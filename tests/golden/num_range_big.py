# Ranges whose bounds, length or items leave the machine-int range.
M = 2**63 - 1
N = -2**63

print(list(enumerate('ab', M)))
print(list(enumerate('ab', 10**20)))
print(list(enumerate('abc', start=-2**64)))
e = enumerate('xyz', M - 1)
print(next(e), next(e), next(e))

for r in [range(-1, M), range(N, M), range(0, 2**64), range(10**20)]:
    try:
        print(len(r))
    except OverflowError as e:
        print(type(e).__name__, e)
print(bool(range(N, M)), bool(range(10**20, 10**20)))

print(range(N, M, 3)[-1], range(N, M, 3)[0], range(N, M, 3)[5])
print(list(reversed(range(N, N + 3))))
print(list(reversed(range(M - 3, M))))
print(list(reversed(range(M, N, -2**62))))
print(list(reversed(range(N, M, 2**62))))
print(list(range(M - 2, M)), list(range(N + 2, N, -1)))
print(list(range(0, M, 2**62)), list(range(0, N, -2**62)))

big = range(10**20, 10**20 + 3)
print(big, list(big), len(big))
print(10**20 + 1 in big, 10**20 + 3 in big, 5 in big, 1e20 in big, 'x' in big)
print(big[1], big[-1], big[1:], big[::-1], big[5:], list(big[::2]))
print(list(reversed(big)))
print(type(iter(big)).__name__, type(iter(range(3))).__name__)
print(range(0, 10**20)[-1], range(0, 10**20)[10**19])
print(len(range(0, 10**20, 10**10)), range(0, 10**20, 10**10)[-1])
print(range(-10**20, 10**20, 10**19)[::5])
print(big == range(10**20, 10**20 + 3), big == range(10**20, 10**20 + 4))
print(range(10**20, 10**20 + 1) == range(10**20, 10**20 + 5, 7))
print(range(5, 5) == range(10**30, 0))
print(list(range(2**64, 2**64 + 10, 4)), list(range(-2**64, -2**64 - 10, -4)))
print(sum(range(M - 5, M)), sum(range(10**20, 10**20 + 4)))
print(max(range(10**20, 10**20 + 4)), min(range(N, N + 3)))
print(sorted(range(10**20 + 2, 10**20 - 1, -1)))
print(list(zip(range(M - 1, M + 2), 'abc')))
print(range(2**100, 2**100 + 5, 2)[1:3], range(-2**100, 2**100)[2**100])

for bad in [lambda: big[3], lambda: big[-4], lambda: range(10)[10**20],
            lambda: range(10)[-10**20], lambda: range(3)[1.0], lambda: big['a'],
            lambda: range(1.5), lambda: range(1, 10**20, 0), lambda: range(0, 1, 2**70)[1],
            lambda: range(0, 10)[::0], lambda: range(0, 10)[1.5:],
            lambda: enumerate('a', 1.5), lambda: enumerate('a', '1'),
            lambda: len(range(10**20)), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
