# array: construction, typecodes, item sizes, reprs, conversions and the
# list-like methods.
import array
from array import array as A


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__name__)
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, a.typecode, repr(a))
t(A, 'i', [1, 2, 3])
t(A, 'f', [1.5, 2])
t(A, 'd', [0.1, float('inf')])
t(A, 'f', [0.1])
t(A, 'u', 'abc')
t(A, 'u', 'a\n')
t(A, 'b', b'\x01\xff')
t(A, 'B', bytearray(b'\x01\xff'))
t(A, 'i', b'\x01\x00\x00\x00')
t(A, 'h', b'\x01')
t(A, 'i', range(3))
t(A, 'i', iter([4, 5]))
t(A, 'd', A('i', [1]))
t(A, 'i', A('d', [1.0]))
t(A, 'u', A('u', 'x'))
t(A, 'b', A('u', 'x'))
t(A, 'x')
t(A, 5)
t(A, 'ii')
t(A, 'i', 'abc')
t(A, 'u', [1])
t(A, 'u', ['ab'])
t(A, 'i', ['a'])
t(A, 'i', [1.5])
t(A, 'd', ['x'])
t(A, 'f', [None])
t(A, 'i', [1], 2)
t(A, typecode='i')
t(A)


class Seven:
    def __index__(self):
        return 7


class Half:
    def __float__(self):
        return 0.5


print(A('i', [Seven(), True]), A('d', [Half(), Seven(), 2]))

a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, -1)
a.insert(100, 9)
a.insert(-100, -9)
print(a, len(a))
t(a.extend, A('d', [1]))
t(a.extend, 5)
t(a.append, 'x')
t(a.append)
print(a.pop(), a.pop(0), a.pop(-2), a)
t(A('i').pop)
t(a.pop, 100)
a.remove(5)
print(a)
t(a.remove, 100)
print(a.index(2), a.count(2), a.count(100), a.index(3, 1))
t(a.index, 100)
t(a.index, 1, 2, 3)
a.reverse()
print(a, a.tolist())
print(a.tobytes())
b = A('h')
b.frombytes(b'\x01\x00\x02\x00')
print(b)
t(b.frombytes, b'\x01')
t(b.frombytes, 'ab')
b.fromlist([3, 4])
print(b)
t(b.fromlist, [1, 'x'])
print(b)
t(b.fromlist, (1,))
info = b.buffer_info()
print(type(info).__name__, len(info), info[1])
b.byteswap()
print(b, bytes(b), bytearray(A('B', [1, 2])))
print(A('u', 'hi').tounicode())
t(A('i').tounicode)
x = A('u')
x.fromunicode('ab')
print(x)
t(x.fromunicode, b'x')
t(A('i').fromunicode, 'x')
t(hash, A('i'))
import copy
print(copy.copy(A('i', [5])), copy.deepcopy(A('d', [6])))
