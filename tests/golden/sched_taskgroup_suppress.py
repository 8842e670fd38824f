# Catching a TaskGroup's errors lets the task carry on: the parent task is
# uncancelled, and later awaits work.
import asyncio


async def crash():
    await asyncio.sleep(0.01)
    raise OSError("crash")


async def main():
    for round in range(2):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(crash())
                await asyncio.sleep(0.5)
                print("not reached")
        except* OSError as e:
            print("round", round, repr(e))
        print("cancelling() =", asyncio.current_task().cancelling())
        await asyncio.sleep(0.01)
        print("slept fine")
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(asyncio.sleep(0.01 * (3 - i), result=i)).add_done_callback(
                lambda t: results.append(t.result())
            )
    print(results)


asyncio.run(main())
