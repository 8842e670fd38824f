# array: the sequence protocol (indexing, slices, slice assignment,
# concatenation, repetition, membership, comparison, iteration) and the
# range errors of each typecode.
from array import array as A


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


a = A('i', [1, 2, 3])
print(a[0], a[-1], a[1:], a[::-1], a[1:1], a[5:], a[::2])
t(a.__getitem__, 5)
t(a.__getitem__, 'x')
t(a.__setitem__, 5, 1)
t(a.__setitem__, 0, 'x')
t(a.__setitem__, slice(0, 1), [1])
t(a.__setitem__, slice(0, 1), A('d', [1]))
a[0] = True
print(a)
a[0:1] = A('i', [7, 8])
print(a)
a[::2] = A('i', [0, 0])
print(a)
t(a.__setitem__, slice(None, None, 2), A('i', [1]))
del a[0]
print(a)
del a[::2]
print(a)
t(a.__delitem__, 10)
a = A('i', [1, 2, 3])
print(a + A('i', [4]), a * 2, 2 * a, a * -1, 3 in a, 3.0 in a, 'x' in a, list(a))
print(a == A('i', [1, 2, 3]), a == A('d', [1, 2, 3]), a < A('i', [1, 3]), a == [1, 2, 3])
print(A('i', [1, 2]) != A('i', [1, 3]), A('i', [1]) <= A('i', [1]), A('B', [1, 2]) == A('b', [1, 2]))
print(A('d', [1.5]) == A('f', [1.5]), A('d', [float('nan')]) == A('d', [float('nan')]))
t(a.__add__, A('d'))
t(lambda: a + [1])
t(lambda: a * 'x')
b = A('b', [1, 2])
b += A('b', [3])
b *= 2
print(b)
t(b.__iadd__, [1])
it = iter(A('d', [0.5, 1.5]))
print(next(it), next(it), list(it))
print(sum(A('i', range(10))), sorted(A('i', [3, 1, 2])), max(A('f', [1, 4, 2])))
print([x * 2 for x in A('H', [1, 2])])

for code in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**64, -2**63 - 1, 2**63, 2**32, 2**31, -2**31 - 1, 65536, 32768, -32769, 256, 128, -129, -1):
        try:
            A(code, [v])
        except OverflowError as e:
            print(code, v, e)
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**64 - 1]), A('B', [255]), A('b', [-128]))
print(A('f', [1e300]), A('d', [-0.0]))
t(A, 'd', [2**2000])
