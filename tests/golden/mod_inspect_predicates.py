# inspect predicates, getmembers, getdoc, cleandoc, getsource.
import inspect
import abc
import sys


def f():
    pass


async def h():
    pass


def gen():
    yield


async def agen():
    yield


class A:
    def m(self):
        pass


a = A()
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(a.m), inspect.ismethod(A.m))
print(inspect.isclass(A), inspect.isclass(a), inspect.ismodule(abc), inspect.ismodule(A))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isroutine(len), inspect.isroutine(f),
      inspect.isroutine(a.m), inspect.isroutine(1))
print(inspect.iscoroutinefunction(h), inspect.iscoroutinefunction(f),
      inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(h),
      inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(gen),
      inspect.iscoroutinefunction(len))
co = h()
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.isgenerator(gen()),
      inspect.isasyncgen(agen()), inspect.isawaitable(1), inspect.isawaitable(gen()))
co.close()
print(inspect.iscode(f.__code__), inspect.iscode(f), inspect.isframe(f))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(e))


class AB(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


print(inspect.isabstract(AB), inspect.isabstract(A), inspect.isabstract(1), inspect.getmro(A))


class D:
    """  Doc of D.

        indented
    """
    x = 1

    def m(self):
        "m doc"

    def undocumented(self):
        pass


class E(D):
    def m(self):
        pass


print(repr(inspect.getdoc(D)), inspect.getdoc(D.m), repr(inspect.getdoc(D())))
print(repr(inspect.getdoc(E)), inspect.getdoc(E.m), inspect.getdoc(E().m),
      inspect.getdoc(D.undocumented))
print(repr(inspect.cleandoc('  a\n    b\n  c  \n\n')), repr(inspect.cleandoc('\n\n  x\n\ty')))
print([n for n, v in inspect.getmembers(D) if not n.startswith('__')])
print(inspect.getmembers(D, inspect.isfunction)[0][0], inspect.getmembers(1, inspect.isclass))
print(inspect.getsource(D.m), end='')
print(inspect.getsource(f), end='')
lines, start = inspect.getsourcelines(A.m)
print(lines, start, inspect.getfile(f) == __file__)
for bad in ["inspect.getsource(len)", "inspect.getsource(1)"]:
    try:
        print(eval(bad))
    except (TypeError, OSError) as e:
        print(bad, '->', type(e).__name__)
print(inspect.unwrap(f) is f)

import asyncio
from collections.abc import Awaitable


class Waits:
    def __await__(self):
        yield


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(asyncio.sleep(0))
    print(inspect.isawaitable(fut), inspect.isawaitable(task), isinstance(fut, Awaitable),
          isinstance(task, Awaitable), inspect.isawaitable(Waits()), inspect.isawaitable(main))
    await task


asyncio.run(main())
