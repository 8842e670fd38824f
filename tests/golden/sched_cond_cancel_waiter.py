import asyncio

# A waiter cancelled inside wait() re-acquires the lock before the
# CancelledError leaves wait().

async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled, holds lock:", cond.locked())
            raise
        finally:
            print(name, "finally")
    print(name, "released")

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("a", cond))
    b = asyncio.create_task(waiter("b", cond))
    await asyncio.sleep(0)
    async with cond:
        a.cancel()
        print("cancelled a while holding the lock")
        await asyncio.sleep(0)
        print("main still holds the lock")
        cond.notify()
    for t in (a, b):
        try:
            await t
        except asyncio.CancelledError:
            print("a is cancelled:", t.cancelled())
    print("locked:", cond.locked())

asyncio.run(main())
