import asyncio

# The ticker prints once per loop iteration, so the interleaving checks how
# many iterations each hand-off of the lock takes.

async def ticker(n):
    for i in range(n):
        print("  tick", i)
        await asyncio.sleep(0)

async def user(name, lock, rounds):
    for r in range(rounds):
        await lock.acquire()
        print(name, "round", r)
        lock.release()
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(ticker(12))]
    tasks += [asyncio.create_task(user(n, lock, 3)) for n in ("x", "y", "z")]
    for t in tasks:
        await t

asyncio.run(main())
