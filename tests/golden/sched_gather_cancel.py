import asyncio

async def child(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            print(name, "tick", i)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def main():
    done_child = asyncio.create_task(child("quick", 0))
    g = asyncio.gather(child("x", 10), child("y", 10), done_child)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel ->", g.cancel("stop"))
    print("gather done right after cancel?", g.done())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("cancelled?", g.cancelled(), "again ->", g.cancel())

async def waiter_main():
    g = asyncio.gather(child("p", 10), child("q", 2))
    async def waiter():
        try:
            await g
        except asyncio.CancelledError:
            print("waiter cancelled")
            raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())

asyncio.run(main())
asyncio.run(waiter_main())
