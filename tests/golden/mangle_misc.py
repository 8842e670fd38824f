# Mangling in dataclasses, eval/exec strings, nested defs, match, async.
import asyncio
from dataclasses import dataclass, fields


@dataclass
class Pair:
    __left: int = 1
    right: int = 2

    def left(self):
        return self.__left


p = Pair(_Pair__left=5)
print(p, p.left(), [f.name for f in fields(Pair)])
try:
    Pair(__left=5)
except TypeError as e:
    print(type(e).__name__, e)


# Code compiled from a string is not in the class: nothing is mangled.
class Evaluator:
    __x = "class private"

    def run(self):
        out = []
        try:
            out.append(eval("self.__x"))
        except AttributeError as e:
            out.append(f"{type(e).__name__}: {e}")
        out.append(eval("self._Evaluator__x"))
        ns = {}
        exec("__y = 1", ns)
        out.append(sorted(k for k in ns if k != "__builtins__"))
        return out


print(Evaluator().run())


# A nested def keeps its spelled __name__ but binds the mangled name.
class Nest:
    def make(self):
        def __inner():
            return __inner.__name__

        return __inner(), sorted(locals())

    def __method(self):
        return "private method"

    def call(self):
        return self.__method(), type(self).__method.__qualname__


print(Nest().make())
print(Nest().call())


# Match captures are mangled; class pattern keywords are not.
class Matcher:
    __a = 1

    def check(self, value):
        match value:
            case Matcher(__a=1):
                return "keyword matched"
            case {"k": __cap}:
                return ("mapping", __cap, sorted(n for n in locals() if n != "self"))
            case [__first, *__rest]:
                return ("sequence", __first, __rest)
            case _:
                return "nothing"


m = Matcher()
print(m.check(m))
print(m.check({"k": 7}))
print(m.check([1, 2, 3]))
print(m.check(3))


# Generators and coroutines.
class Worker:
    def __init__(self):
        self.__done = []

    def __steps(self):
        for __i in range(3):
            yield __i * 10

    async def __job(self, n):
        await asyncio.sleep(0)
        self.__done.append(n)
        return n

    async def run(self):
        results = await asyncio.gather(*(self.__job(i) for i in self.__steps()))
        return results, self.__done


print(asyncio.run(Worker().run()))


# A private name read in the class body before assignment.
try:

    class Early:
        print(__late)
        __late = 1

except NameError as e:
    print(type(e).__name__, e)


# Deleting a private class attribute through the class.
class Deleter:
    __gone = 1
    del __gone


print(hasattr(Deleter, "_Deleter__gone"), hasattr(Deleter, "__gone"))
