import asyncio

# Waiters woken by set() still wake up even if the event is cleared before
# they run; a waiter arriving after clear() blocks until the next set().

async def waiter(name, event):
    await event.wait()
    print(name, "woke; is_set now", event.is_set())

async def main():
    event = asyncio.Event()
    early = [asyncio.create_task(waiter(f"early{i}", event)) for i in range(2)]
    await asyncio.sleep(0)
    event.set()
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0)
    print("after two iterations; late done:", late.done())
    event.set()
    await late
    for t in early:
        await t
    print("done")

asyncio.run(main())
