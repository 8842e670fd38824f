import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside", lock.locked())
    print("after", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    lock.release()
    print("releasing twice")
    lock.release()

asyncio.run(main())
