import asyncio


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name}" + (f" after {exc_type.__name__}" if exc_type else ""))
        return exc_type is KeyError


async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for n in source:
        yield n * n


async def only_even(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def take(source, k):
    taken = []
    async for item in source:
        taken.append(item)
        if len(taken) == k:
            break
    return taken


async def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup at", n)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return f"tick{self.i}"


async def main():
    print(await take(only_even(squares(numbers(20))), 4))
    print([x async for x in squares(numbers(6)) if x > 3])
    async with Resource("db") as db, Resource("cache"):
        print("using", db.name, Resource.opened)
    async with Resource("file"):
        raise KeyError("suppressed")
    print("after suppressed error, opened =", Resource.opened)
    try:
        async with Resource("net"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated:", e)
    gen = countdown(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print([t async for t in Ticker(3)])
    it = Ticker(1).__aiter__()
    first = await it.__anext__()
    try:
        second = await it.__anext__()
    except StopAsyncIteration:
        second = "exhausted"
    print(first, second)


asyncio.run(main())
