import asyncio

async def waiter(name, event):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke with", result)
    await asyncio.sleep(0)
    print(name, "after one more step")

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(4)]
    await asyncio.sleep(0)
    print("setting, is_set:", event.is_set())
    event.set()
    print("set, is_set:", event.is_set())
    for t in tasks:
        await t
    print("waiting on a set event returns at once:", await event.wait())

asyncio.run(main())
