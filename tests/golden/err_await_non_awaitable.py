import asyncio

async def main():
    print("about to await an int")
    await 5

asyncio.run(main())
