import asyncio
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
    def __abs__(self):
        return (self.a ** 2 + self.b ** 2) ** 0.5
p = Pair(3, 4)
x, y = p
print(list(p), tuple(p), x, y, abs(p), abs(-2))
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("done")
asyncio.run(main())
