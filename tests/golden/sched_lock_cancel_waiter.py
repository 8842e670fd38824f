import asyncio

async def worker(name, lock):
    print(name, "acquiring")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise
    try:
        print(name, "acquired")
        await asyncio.sleep(0)
    finally:
        lock.release()
        print(name, "released")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = {n: asyncio.create_task(worker(n, lock)) for n in "abcd"}
    await asyncio.sleep(0)
    tasks["b"].cancel()
    tasks["c"].cancel()
    print("cancel requested; locked:", lock.locked())
    await asyncio.sleep(0)
    lock.release()
    print("main released")
    for name, t in tasks.items():
        try:
            await t
            print(name, "finished")
        except asyncio.CancelledError:
            print(name, "was cancelled", t.cancelled())
    print("locked:", lock.locked())

asyncio.run(main())
