import asyncio

def state(obj):
    r = repr(obj)
    return r[:r.index(" at 0x")] + " " + r[r.index("["):]

async def waiter(cond):
    async with cond:
        await cond.wait()

async def main():
    cond = asyncio.Condition()
    print(state(cond), isinstance(cond, asyncio.Condition))
    tasks = [asyncio.create_task(waiter(cond)) for _ in range(2)]
    await asyncio.sleep(0)
    print(state(cond))
    await cond.acquire()
    print(state(cond))
    cond.notify_all()
    print(state(cond))
    cond.release()
    for t in tasks:
        await t
    print(state(cond))

asyncio.run(main())
