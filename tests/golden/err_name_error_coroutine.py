import asyncio

async def main():
    print("in main")
    await asyncio.sleep(0)
    print(undefined_name)

asyncio.run(main())
