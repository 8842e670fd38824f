import asyncio

async def broken():
    print("broken runs")
    return 1 // 0

async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    print("main ends normally")

asyncio.run(main())
print("after run")
