import asyncio
async def bad():
    x = {}
    return x['missing']
async def mid():
    return await bad()
async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0)
    print("before")
    r = await t
asyncio.run(main())
