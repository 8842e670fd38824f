# ExceptionGroup / BaseExceptionGroup construction and attributes.
eg = ExceptionGroup("two errors", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
one = ExceptionGroup("single", (KeyError("k"),))
print(str(one), repr(one), one.exceptions[0])

b = BaseExceptionGroup("base", [ValueError(2)])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(3)])
print(type(b2).__name__, repr(b2), str(b2))

nested = ExceptionGroup("outer", [eg, ExceptionGroup("inner", [OSError("os")])])
print(nested)
print(len(nested.exceptions), nested.exceptions[1].exceptions)


class MyGroup(ExceptionGroup):
    pass


m = MyGroup("mine", [ValueError(4)])
print(type(m).__name__, repr(m), str(m), m.message)
print(isinstance(m, ExceptionGroup), isinstance(m, Exception))
print(ExceptionGroup.__mro__)
print(MyGroup.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseException))

try:
    raise ExceptionGroup("raised", [ValueError(5)])
except Exception as e:
    print("caught by except Exception:", repr(e))

try:
    raise BaseExceptionGroup("raised", [SystemExit(1)])
except Exception:
    print("not here")
except BaseExceptionGroup as e:
    print("caught by except BaseExceptionGroup:", repr(e))
