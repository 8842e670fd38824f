# Methods taken from builtin types: called with their receiver, checked,
# type-level ones (fromkeys, fromhex), and a subclass calling its base's.
print(str.lower("AbC"), list(map(str.strip, [" a ", "b "])), sorted(["b", "A"], key=str.lower))
l = []; list.append(l, 1); print(l, dict.fromkeys("ab", 0), dict.fromkeys([1]))
print(int.__add__(1, 2), str.__len__("abc"), repr(str.lower)[:30], repr(list.append)[:35])
print(type(str.lower).__name__, type(dict.fromkeys).__name__)
for bad in ["str.lower()", "str.lower(1)", "list.append([])", "int.__add__('a', 1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
class L(list):
    def append(self, x):
        list.append(self, x * 2)
m = L(); m.append(3); print(m, list.__len__(m))
print(bytes.fromhex("41"), float.fromhex("0x1p1"), int.from_bytes(b"\x01", "big"))
print(str.join(",", ["a", "b"]), dict.get({"a": 1}, "a"), set.union({1}, {2}))
