# Iterating a memoryview: a memory_iterator reading the view item by item.
m = memoryview(b"abc")
it = iter(m)
print(type(it).__name__, iter(it) is it, next(it), list(it), list(it))
print(list(memoryview(b"xy").cast("c")), [x for x in memoryview(bytearray(b"\x01\x02"))[::-1]])
print(sum(memoryview(b"\x01\x02\x03")), 2 in memoryview(b"\x02"), sorted(memoryview(b"ba")))
ba = bytearray(b"ab")
mv = memoryview(ba)
it = iter(mv)
print(next(it))
ba[1] = 90
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
it = iter(mv)
mv.release()
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
print(type(iter(memoryview(b""))).__name__, list(enumerate(memoryview(b"hi"))), list(zip(memoryview(b"ab"), "xy")))
print(dict.fromkeys(memoryview(b"ab")), tuple(memoryview(b"ab")), max(memoryview(b"abc")))
