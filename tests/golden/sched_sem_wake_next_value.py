import asyncio

# A released semaphore with value left over after a woken waiter takes its
# unit wakes the next waiter too (3.11's acquire() calls _wake_up_next
# when _value > 0).

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def worker(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0)
        print(name, "out")

async def main():
    sem = asyncio.Semaphore(1)
    t = asyncio.create_task(ticker(8))
    workers = [asyncio.create_task(worker(f"w{i}", sem)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print("two extra releases; value", sem._value)
    for w in workers:
        await w
    await t
    print("value", sem._value)

asyncio.run(main())
