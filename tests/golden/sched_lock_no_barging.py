import asyncio

# A task that asks for a free lock while a woken waiter has not yet run must
# queue behind it (3.11: acquire() only takes the lock if all waiters are cancelled).

async def holder(lock):
    async with lock:
        print("holder has it")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    print("holder released")
    await late(lock)

async def late(lock):
    print("late asks, locked =", lock.locked())
    async with lock:
        print("late has it")

async def waiter(name, lock):
    async with lock:
        print(name, "has it")
        await asyncio.sleep(0)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    w1 = asyncio.create_task(waiter("w1", lock))
    w2 = asyncio.create_task(waiter("w2", lock))
    await h
    await w1
    await w2
    print("all done", lock.locked())

asyncio.run(main())
