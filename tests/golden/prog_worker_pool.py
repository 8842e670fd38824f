import asyncio


async def worker(name, queue, done):
    while True:
        job_id, size = await queue.get()
        try:
            await asyncio.sleep(0)
            result = sum(i * i for i in range(size))
            done.append((job_id, name, result))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=4)
    done = []
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, done)) for i in range(3)]
    jobs = [(n, (n * 7) % 11 + 1) for n in range(12)]
    for job in jobs:
        await queue.put(job)
        print(f"queued job {job[0]:2d} size={job[1]:2d} qsize={queue.qsize()}")
    await queue.join()
    print("all jobs complete:", queue.empty())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", all(isinstance(r, asyncio.CancelledError) for r in results))
    print("cancelled flags:", [w.cancelled() for w in workers])
    done.sort()
    total = 0
    for job_id, name, result in done:
        total += result
        print(f"job {job_id:>2}: result={result:>5}")
    print(f"total={total:,}")
    counts = {}
    for _, name, _ in done:
        counts[name] = counts.get(name, 0) + 1
    print("jobs handled:", sum(counts.values()))
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty as expected")
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("queue full as expected", q2.full(), q2.maxsize)


asyncio.run(main())
