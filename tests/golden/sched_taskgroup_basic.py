# All tasks of a TaskGroup succeed; the group waits for them on exit.
import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        t1 = tg.create_task(worker("a", 0.02))
        t2 = tg.create_task(worker("b", 0.05), name="bee")
        print(repr(tg), t2.get_name())
        await asyncio.sleep(0)
        print("body end")
    print(repr(tg))
    print(t1.result(), t2.result())

asyncio.run(main())
