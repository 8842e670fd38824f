# An uncaught TaskGroup failure ends the program with the group's traceback.
import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    print("failing", n)
    raise ValueError(f"task {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 3):
            tg.create_task(fail(n))
        tg.create_task(fail(2), name="second")


asyncio.run(main())
