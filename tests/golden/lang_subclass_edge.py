# Subclasses of builtins overriding the protocol they stand for, and the
# live globals() dict given new names, deleted and cleared.
class L(list):
    def __len__(self): return len(self) 
try:
    print(len(L([1])))
except RecursionError as e:
    print("RecursionError")
class D(dict):
    def __getitem__(self, k): return self[k]
try:
    D(a=1)['a']
except RecursionError:
    print("RecursionError2")
class S(str):
    def __str__(self): return self
s = S("abc")
print(str(s), repr(s), s.upper(), type(s.upper()).__name__)
class I(int):
    def __index__(self): return 5
print([1,2,3,4,5,6][I(2)], I(2) + 1, hex(I(3)))
g = globals()
for k in list(g):
    if k.startswith("zz"): del g[k]
g['__builtins__'] = None
print("ok")
g.clear()
try:
    print(s)
except NameError as e:
    print("NameError", e)
