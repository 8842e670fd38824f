# Driving coroutines by hand, as the event loop does: send, throw, close.
import asyncio


async def add(a, b):
    return a + b


c = add(1, 2)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def waits():
    print("before")
    got = await asyncio.sleep(0, "slept")
    print("after", got)
    return "done"


c = waits()
print("yielded", c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

c = waits()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

c = waits()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("after close:", e)


async def catches():
    try:
        await asyncio.sleep(0)
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"


c = catches()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("returned", e.value)

c = catches()
c.send(None)
print(c.close())


async def stubborn():
    try:
        await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop():
    raise StopIteration


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)


def gen():
    yield 1


g = gen()
g.close()
print(next(g, "exhausted"))
