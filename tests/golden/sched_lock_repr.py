import asyncio

def state(obj):
    r = repr(obj)
    return r[:r.index(" at 0x")] + " " + r[r.index("["):]

async def main():
    lock = asyncio.Lock()
    print(state(lock))
    print(type(lock).__name__, isinstance(lock, asyncio.Lock))
    await lock.acquire()
    print(state(lock))
    tasks = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(state(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(state(lock))
    await asyncio.sleep(0)
    print(state(lock), tasks[0].result())
    lock.release()
    await asyncio.sleep(0)
    print(state(lock), tasks[2].done())
    lock.release()
    print(state(lock))

asyncio.run(main())
