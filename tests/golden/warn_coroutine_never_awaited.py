import asyncio
async def f():
    pass
async def main():
    f()
    print("after")
asyncio.run(main())
