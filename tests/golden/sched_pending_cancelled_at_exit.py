import asyncio

async def ticker(name):
    i = 0
    while True:
        print(name, "tick", i)
        i += 1
        await asyncio.sleep(0.05)

async def main():
    asyncio.create_task(ticker("A"))
    await asyncio.sleep(0.125)
    print("main returns")

asyncio.run(main())
print("after run")
