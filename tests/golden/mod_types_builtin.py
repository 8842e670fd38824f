# types: the names of the builtin types, isinstance against them, and
# calling the ones CPython lets scripts call.
import types
import sys


def f():
    pass


async def c():
    pass


def g():
    yield 1


async def ag():
    yield 1


class A:
    def m(self):
        return self


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(len, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(A().m, types.MethodType), isinstance(A.m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(ag(), types.AsyncGeneratorType))
co = c()
print(isinstance(co, types.CoroutineType), isinstance(co, types.GeneratorType))
co.close()
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
print(isinstance(f.__code__, types.CodeType), types.FunctionType is types.LambdaType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType)
print(types.MappingProxyType, types.GenericAlias, types.CellType, types.TracebackType)
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())

m = types.ModuleType('mymod', 'my doc')
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m.x = 5
print(m.x, types.ModuleType(name='kw'), types.ModuleType('nodoc').__doc__)

bm = types.MethodType(f, 5)
print(bm.__self__, bm.__func__ is f)


def add(self, y):
    return self + y


print(types.MethodType(add, 10)(5))

mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), mp.get('b', 0))
try:
    mp['b'] = 2
except TypeError as e:
    print(type(e).__name__, e)

print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))


class B:
    def __mro_entries__(self, bases):
        return (int,)


print(types.resolve_bases((B(), str)), types.resolve_bases((int,)))

for bad in ["types.ModuleType()", "types.ModuleType(1)", "types.ModuleType('a', 'b', 'c')",
            "types.MethodType(1, 2)", "types.MethodType(len, None)", "types.MethodType(f)",
            "types.MappingProxyType([])", "types.MappingProxyType()",
            "types.NoneType(1)", "types.EllipsisType(1)", "types.resolve_bases(1)",
            "types.GenericAlias(list)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
