import asyncio
async def main():
    print(await asyncio.sleep(-1, "neg"))
    await asyncio.sleep("x")
asyncio.run(main())
