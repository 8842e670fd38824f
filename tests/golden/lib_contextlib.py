import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, closing, nullcontext, ExitStack, AsyncExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("p") as t:
    print("inside", t)

with tag("outer"):
    with tag("inner"):
        pass


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("bad")
print("after swallow")

try:
    with tag("err"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@tag("deco")
def decorated():
    print("in decorated")


decorated()
decorated()

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with suppress(ZeroDivisionError):
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)

with ExitStack() as stack:
    for n in ["a", "b"]:
        print(stack.enter_context(tag(n)))
    stack.callback(print, "callback ran")
print("stack done")


@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0)
        print("close", name)


@asynccontextmanager
async def guard():
    try:
        yield
    except RuntimeError as e:
        print("guarded", e)


async def main():
    async with session("db") as s:
        print("using", s)
    async with guard():
        raise RuntimeError("boom")
    try:
        async with session("x"):
            raise KeyError("inner")
    except KeyError as e:
        print("async propagated", e)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(session("one"))
        await stack.enter_async_context(session("two"))
        print("both open")
    async with nullcontext("n") as n:
        print(n)


asyncio.run(main())
