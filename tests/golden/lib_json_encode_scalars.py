# json.dumps of scalars and strings: escaping, unicode, float and int text.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
for n in [0, -1, 7, 2**63 - 1, 2**63, -2**64, 10**30, -(10**40) + 1]:
    print(json.dumps(n))
for f in [0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1e15, 123456789.125, 1e-5, 1e-4,
          1e22, 2.5e-300, 1.7976931348623157e308, 5e-324, 1 / 3, 100.0]:
    print(json.dumps(f), json.dumps([f]), json.dumps({"k": f}, indent=1))
for f in [float("nan"), float("inf"), float("-inf")]:
    print(json.dumps(f), json.dumps([f], indent=0))

strings = ["", "plain", 'quote " and \\ backslash', "slash / stays",
           "\b\f\n\r\t", "\x00\x01\x1f\x7f\x80", "caf\u00e9", "\u20ac\uffff",
           "\U0001f600 \U0010ffff \U00010000", "tab\there", "\u2028\u2029"]
for s in strings:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
    print(json.dumps([s, {s: s}], ensure_ascii=False, sort_keys=True))

# Subclasses of int, float and str are written as the builtin value.
class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    def __str__(self):
        return "MyStr!"

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s")]))
print(json.dumps({MyInt(5): 1, MyFloat(0.5): 2, MyStr("k"): 3}))
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s")], indent=2))
print(json.dumps({MyInt(5): 1, MyFloat(0.5): 2}, indent=2))

# Lists, tuples and their subclasses are arrays; dict subclasses are objects.
class L(list):
    pass

class D(dict):
    pass

print(json.dumps(L([1, (2, 3), []])), json.dumps(D(a=D(), b=L())))
print(json.dumps(((), [()], {"t": (1,)})))

# encode() of a str takes the short path, iterencode yields text pieces.
enc = json.JSONEncoder()
print(enc.encode("x\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("x\u00e9"))
print("".join(enc.iterencode({"a": [1, 2.5, None]})))
print(type(enc.encode([1])).__name__)
big = list(range(1000))
print(len(json.dumps(big)), json.loads(json.dumps(big)) == big)
