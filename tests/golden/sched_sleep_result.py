import asyncio

async def main():
    v = await asyncio.sleep(0.01, "payload")
    print(v)
    print(await asyncio.sleep(0, [1, 2]))
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.01))
    print(await asyncio.sleep(0.01, result={"k": 1}))

asyncio.run(main())
