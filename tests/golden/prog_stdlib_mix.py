# A tutorial-style script mixing the modules scripts import most: enum,
# dataclasses, contextlib, heapq, operator, json, random, time, os.path.
import asyncio, json, heapq, operator, time, random, os
from contextlib import asynccontextmanager, suppress
from enum import Enum, auto
from dataclasses import dataclass
from collections import defaultdict

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

@dataclass
class Job:
    priority: int
    name: str
    state: State = State.IDLE

@asynccontextmanager
async def worker_pool(n):
    print(f"starting {n} workers")
    yield list(range(n))
    print("stopping workers")

async def run(job, results):
    job.state = State.RUNNING
    for _ in range(job.priority):
        await asyncio.sleep(0)
    job.state = State.DONE
    results[job.state.name].append(job.name)
    return {"name": job.name, "priority": job.priority, "state": job.state.value}

async def main():
    random.seed("tutorial")
    jobs = [Job(random.randint(1, 9), f"job{i}") for i in range(6)]
    heap = [(j.priority, j.name) for j in jobs]
    heapq.heapify(heap)
    print([heapq.heappop(heap) for _ in range(3)])
    results = defaultdict(list)
    async with worker_pool(3) as pool:
        out = await asyncio.gather(*(run(j, results) for j in sorted(jobs, key=operator.attrgetter("priority"))))
    print(json.dumps(out, indent=2, sort_keys=True))
    print(dict(results), State.DONE, repr(State.IDLE), [s.name for s in State])
    with suppress(KeyError):
        {}["x"]
    print(time.strftime("%Y-%m-%d", time.gmtime(0)), os.path.basename(__file__))
    print("{} jobs, first {!r}".format(len(jobs), jobs[0]))

asyncio.run(main())
