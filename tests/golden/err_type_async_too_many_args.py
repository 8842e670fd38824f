import asyncio

async def work(x):
    return x

async def main():
    print(await work(1))
    print(await work(1, 2, 3))

asyncio.run(main())
