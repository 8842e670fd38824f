# dir() of memoryview and of a view.
print(sorted(dir(memoryview)))
print(dir(memoryview(b"ab")) == sorted(dir(memoryview)))
print(len(dir(memoryview)))
print(sorted(set(dir(memoryview)) - set(dir(object))))
print(memoryview, type(memoryview(b"")), type(memoryview(b"")) is memoryview)
print(isinstance(memoryview(bytearray()), memoryview))
for name in ["tobytes", "tolist", "hex", "release", "cast", "toreadonly", "nbytes", "obj", "__enter__", "__exit__", "count", "index", "decode"]:
    print(name, hasattr(memoryview, name), hasattr(memoryview(b""), name))
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print(type(e).__name__, e)
