import asyncio

async def setter(fut, value, n):
    for i in range(n):
        await asyncio.sleep(0)
        print("setter tick", i)
    print("setting", value)
    fut.set_result(value)

async def coro(name):
    print("coro", name, "runs")
    await asyncio.sleep(0)
    return name

async def main():
    fut = asyncio.Future()
    task = asyncio.create_task(coro("task"))
    s = asyncio.create_task(setter(fut, "from future", 2))
    res = await asyncio.gather(fut, task, coro("bare"))
    print(res)
    await s
    fut2 = asyncio.Future()
    fut2.set_exception(RuntimeError("preset"))
    res = await asyncio.gather(fut2, coro("x"), return_exceptions=True)
    print(res)

asyncio.run(main())
