import asyncio


async def afib(n):
    if n < 2:
        return n
    a = await afib(n - 1)
    b = await afib(n - 2)
    return a + b


async def main():
    print(await afib(22))


asyncio.run(main())
