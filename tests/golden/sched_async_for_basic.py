import asyncio

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i

async def main():
    async for t in Ticker(3):
        print("tick", t)
    print([x async for x in Ticker(4) if x % 2 == 0])
    async for t in Ticker(5):
        if t == 2:
            break
    else:
        print("not printed")
    print("done", t)

asyncio.run(main())
