import asyncio

# Several releases in a row wake several waiters in order; each takes its
# unit as it is woken (_wake_up_next).

async def waiter(name, sem):
    await sem.acquire()
    print(name, "acquired")

async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(f"w{i}", sem)) for i in range(5)]
    await asyncio.sleep(0)
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("value after 3 releases:", sem._value)
    await asyncio.sleep(0)
    print("-- one iteration later")
    sem.release()
    sem.release()
    sem.release()
    print("value:", sem._value)
    for t in tasks:
        await t
    print("final value:", sem._value, "locked:", sem.locked())

asyncio.run(main())
