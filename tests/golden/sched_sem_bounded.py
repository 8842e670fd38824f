import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(isinstance(sem, asyncio.BoundedSemaphore), isinstance(sem, asyncio.Semaphore))
    await sem.acquire()
    async with sem:
        print("inside, locked:", sem.locked())
    sem.release()
    print("back to", sem._value)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("a plain semaphore may go above its start:", plain._value)
    print("releasing the bounded one again")
    sem.release()

asyncio.run(main())
