# __qualname__ of nested functions, lambdas, methods and classes, and where
# it shows: reprs of functions, coroutines and classes, argument errors.
import asyncio


def outer():
    def inner():
        pass

    class Local:
        def method(self):
            def deep():
                pass

            return deep

    return inner, Local, (lambda: 0)


inner, Local, lam = outer()
print(inner.__qualname__, inner.__name__)
print(Local.__qualname__, Local.__name__, Local)
print(Local.method.__qualname__)
print(Local().method().__qualname__)
print(lam.__qualname__)


class Top:
    class Nested:
        def m(self):
            pass

    async def run(self):
        return 1


print(Top.Nested.__qualname__, Top.Nested.m.__qualname__, Top.Nested)
print(Top.run.__qualname__)
c = Top().run()
print(c.__qualname__, c.__name__)
c.close()

try:
    inner(1)
except TypeError as e:
    print(e)

try:
    Top.Nested().m(1, 2)
except TypeError as e:
    print(e)


async def main():
    async def worker():
        await asyncio.sleep(0)

    t = asyncio.create_task(worker())
    print(t.get_coro().__qualname__)
    await t


asyncio.run(main())
