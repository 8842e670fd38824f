buf = bytearray(b"hello")
view = buf
buf[0] = ord("H")
buf.append(33)
buf.extend(b" ok")
buf.extend([32, 50])
buf += b"!"
buf.insert(0, 62)
buf.remove(ord("o"))
print(buf, view is buf, len(view))
print(buf.pop(), buf.pop(0), buf)
buf[1:3] = b"EY"
del buf[-1]
del buf[::2]
print(buf)
buf.reverse()
print(buf, buf.copy() == buf, buf.copy() is buf)
buf *= 2
print(buf, view)
buf.clear()
print(buf, view, bool(buf))
# bytearray methods return bytearrays, bytes methods bytes
print(bytearray(b"a b").split(), bytearray(b"x").upper(), type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
# a bytearray is not hashable but compares equal to bytes
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(e)
print(bytearray(b"k") == b"k", b"k" in [bytearray(b"k")], {b"k": 1}.get(bytes(bytearray(b"k"))))
# frames of a simple length-prefixed protocol
def frame(payload: bytes) -> bytes:
    return bytes([len(payload) >> 8, len(payload) & 0xFF]) + payload
def unframe(data: bytes):
    out = []
    while data:
        n = (data[0] << 8) | data[1]
        out.append(data[2:2 + n])
        data = data[2 + n:]
    return out
stream = bytearray()
for msg in ["hi", "héllo", ""]:
    stream += frame(msg.encode())
print(bytes(stream))
print([m.decode() for m in unframe(bytes(stream))])
