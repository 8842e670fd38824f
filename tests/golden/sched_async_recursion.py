import asyncio

async def countdown(n):
    if n == 0:
        return 0
    return await countdown(n - 1) + 1

async def depth_with_sleep(n):
    if n == 0:
        await asyncio.sleep(0)
        return "bottom"
    return await depth_with_sleep(n - 1)

async def main():
    print(await countdown(200))
    print(await depth_with_sleep(100))

asyncio.run(main())
