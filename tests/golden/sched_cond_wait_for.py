import asyncio

class Counter:
    def __init__(self):
        self.value = 0
        self.checks = 0

async def wait_until(name, cond, counter, target):
    def ready():
        counter.checks += 1
        return counter.value >= target and f"{name} saw {counter.value}"
    async with cond:
        result = await cond.wait_for(ready)
        print(result)

async def main():
    cond = asyncio.Condition()
    counter = Counter()
    tasks = [asyncio.create_task(wait_until(f"t{t}", cond, counter, t)) for t in (3, 1, 2, 0)]
    await asyncio.sleep(0)
    for i in range(4):
        async with cond:
            counter.value += 1
            print("value ->", counter.value)
            cond.notify_all()
        await asyncio.sleep(0)
    for t in tasks:
        await t
    print("predicate checks:", counter.checks)

asyncio.run(main())
