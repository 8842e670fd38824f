import asyncio

async def resolver(fut, n):
    for i in range(n):
        print("resolver", i)
        await asyncio.sleep(0)
    fut.set_result(n)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.get_loop() is loop if hasattr(fut, "get_loop") else "n/a")
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    asyncio.create_task(resolver(fut, 2))
    print("awaited", await fut)
    await asyncio.sleep(0)
    print("ensure_future(fut) is fut:", asyncio.ensure_future(fut) is fut)
    async def c():
        return "coro result"
    t = asyncio.ensure_future(c())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
