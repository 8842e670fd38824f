# A class body inside a function reads the function's variables it does
# not bind itself (namespace first), as CPython's LOAD_CLASSDEREF does.
def f(n):
    class A:
        x = n
        y = [n * i for i in range(3)]
        def m(self):
            return n + 1
    return A
a = f(3)
print(a.x, f(2).y, a().m())
x = "global"
def g():
    x = "local"
    class B:
        print(x)
        x = "class"
        print(x)
    class C:
        z = x
    return B.x, C.z
print(g())
def h():
    class D:
        v = w
    w = 5
    return D
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
def k(n):
    class E:
        n = n + 1
    return E.n
try:
    print(k(1))
except NameError as e:
    print(type(e).__name__, e)
