# type's own data: __name__, __qualname__, __module__, __bases__, __base__,
# __mro__, __dict__ and mro(), on builtin types, classes and type itself.
for t in [int, bool, object, list, type, KeyError, ExceptionGroup]:
    print(t.__name__, t.__qualname__, t.__module__, t.__bases__, t.__base__, t.__mro__)


class A:
    pass


class B(A, int):
    "doc"


class C:
    class D:
        pass


print(B.__bases__, B.__base__, A.__base__, B.__doc__, A.__doc__, B.__module__)
print(C.D.__qualname__, C.D.__name__, C.D.__module__)
print('__len__' in list.__dict__, 'append' in list.__dict__, 'append' in dict.__dict__)
print(type(list.__dict__).__name__, type(A.__dict__).__name__)
print(list.__dict__['append'], int.__dict__['__add__'])
print(type.__dict__['mro'], type.__dict__['__call__'], type.__dict__['__name__'])
print('__module__' in A.__dict__, '__qualname__' in A.__dict__)
print(int.mro(), B.mro(), type.mro(B), type(B.mro()).__name__)
print(type.__name__, type.__qualname__, type.__module__)
try:
    type.mro(5)
except TypeError as e:
    print(type(e).__name__, e)
