import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

class CM:
    async def __aenter__(self):
        print('aenter start')
        await asyncio.sleep(0)
        print('aenter end')
        return self
    async def __aexit__(self, *exc):
        print('aexit start', exc[0])
        await asyncio.sleep(0)
        print('aexit end')
        return False

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    t = asyncio.create_task(ticker(20))
    await asyncio.sleep(0)
    print('async with: before')
    async with CM():
        print('async with: body')
    print('async with: after')
    print('async for class: before')
    async for x in Counter(2):
        print('async for class: item', x)
    print('async for class: after')
    print('async for generator: before')
    async for x in gen(2):
        print('async for generator: item', x)
    print('async for generator: after')
    print('async comprehension:', [x async for x in gen(2)])
    await t
    print('end')

asyncio.run(main())
