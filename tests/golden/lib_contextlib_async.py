# asynccontextmanager, AsyncExitStack, aclosing and async nullcontext.
import asyncio
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing,
                        nullcontext, AbstractAsyncContextManager)


@asynccontextmanager
async def res(name, catch=None):
    print("open", name)
    try:
        yield name
    except BaseException as e:
        print("gen saw", repr(e))
        if catch is None or not isinstance(e, catch):
            raise
    finally:
        await asyncio.sleep(0)
        print("close", name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def twice():
    yield 1
    yield 2


@asynccontextmanager
async def twice_after_catch():
    try:
        yield
    except ValueError:
        yield


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        print("aexit", self.name, typ.__name__ if typ else None)
        return self.suppress


class Closable:
    async def aclose(self):
        print("aclosed")


async def check(label, cm, exc=None):
    try:
        async with cm as v:
            print(label, "got", v)
            if exc is not None:
                raise exc
        print(label, "completed")
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


@res("deco")
async def decorated(x):
    print("decorated body", x)
    return x + 1


async def main():
    await check("plain", res("a"))
    await check("caught", res("b", ValueError), ValueError("v"))
    await check("uncaught", res("c", ValueError), KeyError("k"))
    await check("no-yield", no_yield())
    await check("twice", twice())
    await check("twice-catch", twice_after_catch(), ValueError("x"))
    print(await decorated(1), await decorated(2))

    async with aclosing(Closable()) as c:
        print(type(c).__name__)
    async with nullcontext(7) as n:
        print("null", n)

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM("one")))
        print(stack.enter_context(nullcontext("sync")))
        stack.push_async_callback(asyncio.sleep, 0)

        async def acb(*a, **k):
            print("async callback", a, k)
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.callback(print, "sync callback")

        async def aexit(typ, val, tb):
            print("push_async_exit sees", typ)
        print(stack.push_async_exit(aexit) is aexit)
        stack.push_async_exit(ACM("as-exit"))
        print("body done")

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(ACM("outer"))
            await stack.enter_async_context(ACM("swallow", suppress=True))

            async def boom(*exc):
                raise ValueError("from exit")
            stack.push_async_exit(boom)
            raise KeyError("body")
        print("suppressed in the end")
    except Exception as e:
        print("unexpected", repr(e))

    try:
        async with AsyncExitStack() as stack:
            async def boom(*exc):
                raise ValueError("from exit")
            stack.push_async_exit(boom)
            raise KeyError("body")
    except Exception as e:
        print("got", repr(e), "context", repr(e.__context__))

    stack = AsyncExitStack()
    await stack.enter_async_context(res("closed by aclose"))
    moved = stack.pop_all()
    await stack.aclose()
    print(type(moved).__name__)
    await moved.aclose()

    for bad in [5, ACM]:
        try:
            await AsyncExitStack().enter_async_context(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    print(issubclass(AsyncExitStack, AbstractAsyncContextManager))


asyncio.run(main())
