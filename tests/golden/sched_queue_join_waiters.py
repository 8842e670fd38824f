import asyncio

async def joiner(name, q):
    print(name, "joining")
    await q.join()
    print(name, "joined")

async def main():
    q = asyncio.Queue()
    q.put_nowait("x")
    q.put_nowait("y")
    joiners = [asyncio.create_task(joiner(f"j{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    print("one task done")
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    print("two tasks done")
    for j in joiners:
        await j
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.task_done()

asyncio.run(main())
