import asyncio


class RateLimiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.events = []

    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.active -= 1
        self.sem.release()
        return False


async def call_api(limiter, n, delay):
    async with limiter:
        limiter.events.append(f"start {n} (active={limiter.active})")
        await asyncio.sleep(delay)
        limiter.events.append(f"end   {n}")
        if n == 4:
            raise RuntimeError(f"request {n} failed")
        return n * n


async def main():
    limiter = RateLimiter(2)
    delays = [0.06, 0.02, 0.1, 0.04, 0.0, 0.05]
    tasks = [asyncio.create_task(call_api(limiter, i, d)) for i, d in enumerate(delays)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for e in limiter.events:
        print(e)
    for i, r in enumerate(results):
        status = f"error: {r}" if isinstance(r, Exception) else f"ok {r}"
        print(f"request {i}: {status}")
    print("peak concurrency:", limiter.peak, "active now:", limiter.active)
    print("semaphore locked:", limiter.sem.locked())

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded, locked =", bounded.locked())
    try:
        bounded.release()
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
