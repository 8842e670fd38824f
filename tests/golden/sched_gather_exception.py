import asyncio

async def ok(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(name, "step", i)
    print(name, "finished")
    return name

async def bad(n):
    for i in range(n):
        await asyncio.sleep(0)
        print("bad step", i)
    raise ValueError("boom")

async def main():
    t1 = asyncio.create_task(ok("slow", 5))
    try:
        await asyncio.gather(ok("fast", 1), bad(2), t1)
    except ValueError as e:
        print("caught", repr(e), "slow done?", t1.done())
    # the other children keep running
    print("awaiting slow:", await t1)
    g = asyncio.gather(bad(0), bad(1))
    try:
        await g
    except ValueError as e:
        print("second", e, g.done(), g.exception() is not None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
