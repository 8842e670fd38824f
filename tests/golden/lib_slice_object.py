s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, type(s))
print(slice(3), slice(None, -1).indices(10), slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(7))
x = list(range(10))
print(x[s], "abcdefgh"[slice(None, None, -2)], (1,2,3)[slice(1, None)])
x[slice(0, 3)] = ['a']
print(x)
del x[slice(None, None, 2)]
print(x)
o = object()
print(type(o), o == o, o is o, o != object(), isinstance(o, object))
print(repr(o)[:15])
try:
    o.x = 1
except AttributeError as e:
    print(e)
try: object(1)
except TypeError as e: print(e)
try: slice()
except TypeError as e: print(e)
try: slice(1,2,3,4)
except TypeError as e: print(e)
try: slice(1,2,0).indices(3)
except ValueError as e: print(e)
try: slice(1).indices(-1)
except ValueError as e: print(e)
try: slice('a').indices(3)
except TypeError as e: print(e)
try: [1][slice('a', 2)]
except TypeError as e: print(e)
d = {}
try: d[slice(1,2)] = 3
except TypeError as e: print(e)
