import asyncio

def state(obj):
    r = repr(obj)
    return r[:r.index(" at 0x")] + " " + r[r.index("["):]

async def main():
    sem = asyncio.Semaphore(2)
    print(state(sem))
    await sem.acquire()
    print(state(sem))
    await sem.acquire()
    print(state(sem))
    tasks = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    print(state(sem))
    await asyncio.sleep(0)
    print(state(sem))
    b = asyncio.BoundedSemaphore(3)
    print(state(b))
    sem.release()
    await asyncio.sleep(0)
    print(state(sem), [t.result() for t in tasks])

asyncio.run(main())
