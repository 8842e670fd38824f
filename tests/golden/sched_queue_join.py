import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        try:
            print(name, "processing", item)
            for _ in range(item % 3):
                await asyncio.sleep(0)
            print(name, "done with", item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(7):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]
    await q.join()
    print("joined; unfinished:", q._unfinished_tasks)
    await q.join()
    print("joined again at once")
    for w in workers:
        w.cancel()
    for w in workers:
        try:
            await w
        except asyncio.CancelledError:
            pass
    print("workers cancelled:", [w.cancelled() for w in workers])

asyncio.run(main())
