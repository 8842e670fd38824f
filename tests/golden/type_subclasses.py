# type.__subclasses__(): the live classes naming a type as a direct base.
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in D.__subclasses__()])
del C
import gc
gc.collect()
print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in ArithmeticError.__subclasses__()])
print([k.__name__ for k in LookupError.__subclasses__()][:2])
print(bool in int.__subclasses__())


class MyError(ValueError):
    pass


print(MyError in ValueError.__subclasses__())
print(type(A.__subclasses__()).__name__, type.__subclasses__(A) == A.__subclasses__())
try:
    A.__subclasses__(1)
except TypeError as e:
    print("TypeError", e)
