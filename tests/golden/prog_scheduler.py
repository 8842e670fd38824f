import asyncio


class Scheduler:
    def __init__(self):
        self.log = []

    async def job(self, name, delay, result=None, fail=False):
        self.log.append(f"start {name}")
        await asyncio.sleep(delay)
        if fail:
            self.log.append(f"fail  {name}")
            raise ValueError(f"{name} exploded")
        self.log.append(f"end   {name}")
        return result if result is not None else name.upper()


async def main():
    s = Scheduler()
    results = await asyncio.gather(s.job("alpha", 0.04), s.job("beta", 0.0), s.job("gamma", 0.02, 42))
    print("gather:", results)

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(s.job("tg-one", 0.02))
        t2 = tg.create_task(s.job("tg-two", 0.06, [1, 2]))
        t3 = tg.create_task(s.job("tg-three", 0.0))
    print("taskgroup:", t1.result(), t2.result(), t3.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(s.job("ok-fast", 0.0))
            tg.create_task(s.job("bad", 0.02, fail=True))
            slow = tg.create_task(s.job("slow", 0.5))
    except* ValueError as eg:
        print("caught group:", [str(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())

    mixed = await asyncio.gather(s.job("m1", 0.0), s.job("m2", 0.0, fail=True), return_exceptions=True)
    print("mixed:", [type(r).__name__ for r in mixed], mixed[0])

    pending = [asyncio.create_task(s.job(f"w{i}", d)) for i, d in enumerate([0.08, 0.02, 0.05])]
    done, still = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("first done:", [t.result() for t in done], "pending:", len(still))
    order = []
    for coro in asyncio.as_completed(still):
        order.append(await coro)
    print("as_completed:", order)

    for line in s.log:
        print(" ", line)


asyncio.run(main())
