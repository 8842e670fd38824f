# Slices with bounds and steps at and beyond the machine-int range.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

M, N = 2**63 - 1, -2**63
seq = [0, 1, 2, 3]
for s in [slice(N, M, M), slice(None, None, N), slice(None, None, -2**64), slice(None, None, M),
          slice(M, None), slice(N - 1, None), slice(None, None, -M), slice(-10**20, 10**20),
          slice(10**20, -10**20, -1), slice(2, N, -1), slice(N, 2, 1)]:
    show(lambda: seq[s])
    show(lambda: tuple(seq)[s])
    show(lambda: 'abcd'[s])
    show(lambda: b'abcd'[s])
    show(lambda: range(4)[s])
    show(lambda: s.indices(4))
show(lambda: slice(0, 10**20, 3).indices(10))
show(lambda: slice(-2**63, 2**63, -1).indices(5))
show(lambda: slice(None, None, -2**64).indices(5))
show(lambda: slice(1, 2).indices(2**63))
show(lambda: slice(1, None).indices(10**30))
show(lambda: slice(-5, None, -3).indices(10**30))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice(1, 2).indices(1.5))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice('a', 2).indices(5))
show(lambda: slice(True, False, True).indices(5))
show(lambda: slice(1, 2).indices())
show(lambda: [1] * -10**20)
show(lambda: [1] * 10**20)
show(lambda: (1,) * 2**64)
show(lambda: 'ab' * (2**63 - 1))
show(lambda: 'ab' * 2**62)
show(lambda: 10**20 * 'x')
show(lambda: 'ab' * -2**63)
show(lambda: [1, 2] * 2**62)
