import asyncio

# Release wakes the first waiter; cancelling that waiter before it runs must
# pass the lock on to the next one (Lock._wake_up_first in the except branch).

async def worker(name, lock):
    try:
        async with lock:
            print(name, "in critical section")
            await asyncio.sleep(0)
            print(name, "leaving")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    c = asyncio.create_task(worker("c", lock))
    await asyncio.sleep(0)
    lock.release()
    print("released; a's waiter is done but a has not run")
    a.cancel()
    for t in (a, b, c):
        try:
            await t
        except asyncio.CancelledError:
            print("a task was cancelled:", t is a)
    print("locked:", lock.locked())

asyncio.run(main())
