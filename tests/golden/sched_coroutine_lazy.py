import asyncio

async def announce(name):
    print("running", name)
    return name

async def main():
    c = announce("coro")
    print("coroutine created, nothing ran yet")
    t = asyncio.create_task(announce("task"))
    print("task created, nothing ran yet")
    print(await c)
    print("after awaiting coroutine")
    print(await t)

asyncio.run(main())
