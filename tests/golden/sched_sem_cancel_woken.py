import asyncio

# A waiter woken by release() and cancelled before it runs gives its unit
# back to the next waiter.

async def waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled; value", sem._value)
        raise
    print(name, "acquired; value", sem._value)

async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(n, sem)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    print("released; value", sem._value)
    tasks[0].cancel()
    tasks[2].cancel()
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            print("task cancelled")
    print("value", sem._value, "locked", sem.locked())

asyncio.run(main())
