ba = bytearray(b"ab")
try:
    ba += ba
except BufferError as e:
    print(type(e).__name__, e, ba)
ba = bytearray(b"ab")
ba.extend(ba)
print(ba)
ba[:] = ba[::-1]
print(ba, ba in ba, ba == ba)
ba *= 2
print(ba)
x = bytearray(b"q")
x.extend(iter(x))
print(x)
