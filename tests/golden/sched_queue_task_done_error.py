import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    await q.get()
    q.task_done()
    print("unfinished:", q._unfinished_tasks)
    q.task_done()

asyncio.run(main())
