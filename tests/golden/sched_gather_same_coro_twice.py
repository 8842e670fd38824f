import asyncio

calls = 0

async def work(x):
    global calls
    calls += 1
    print("work", x)
    await asyncio.sleep(0)
    return x * 2

async def main():
    c = work(5)
    res = await asyncio.gather(c, c, work(1), c)
    print(res, "calls", calls)
    t = asyncio.create_task(work(7))
    res = await asyncio.gather(t, t, return_exceptions=True)
    print(res, "calls", calls)
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f, f)
    asyncio.get_running_loop().call_soon(f.set_result, "F")
    print(await g)

asyncio.run(main())
