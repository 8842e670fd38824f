import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    ok = asyncio.create_task(divide(1, 4))
    bad = asyncio.create_task(divide(1, 0))
    print(await ok)
    print("awaiting bad")
    print(await bad)
    print("never printed")

asyncio.run(main())
