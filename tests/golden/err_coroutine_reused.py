import asyncio

async def once():
    return "first"

async def main():
    c = once()
    print(await c)
    print(await c)

asyncio.run(main())
