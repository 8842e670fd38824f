import asyncio

class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a"), (2, "a"), (0, "x")]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])

    # Equal priorities and a __lt__ that only looks at them: the heap's sift
    # order decides which of the equal jobs comes out first.
    jobs = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 1, 2, 0, 1, 2, 1]):
        jobs.put_nowait(Job(p, f"j{i}"))
    print(jobs)
    order = []
    while not jobs.empty():
        order.append((await jobs.get()).name)
        if len(order) == 3:
            jobs.put_nowait(Job(1, "late"))
    print(order)

asyncio.run(main())
