import asyncio

async def setter(event, delay, name):
    await asyncio.sleep(delay)
    print(name, "sets")
    event.set()

async def waiter(name, events):
    for e in events:
        await e.wait()
        print(name, "saw an event")

async def main():
    e1, e2 = asyncio.Event(), asyncio.Event()
    tasks = [
        asyncio.create_task(waiter("both", [e1, e2])),
        asyncio.create_task(waiter("second", [e2])),
        asyncio.create_task(setter(e2, 0.06, "late setter")),
        asyncio.create_task(setter(e1, 0.02, "early setter")),
    ]
    for t in tasks:
        await t

asyncio.run(main())
