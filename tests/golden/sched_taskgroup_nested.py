# Nested TaskGroups: an inner failure propagates to the outer group.
import asyncio


async def leaf(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(name)
        print("leaf", name, "done")
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise


async def inner_group(fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("inner-1", 0.02, fail))
        tg.create_task(leaf("inner-2", 0.2))
    print("inner group finished")


async def main():
    async with asyncio.TaskGroup() as outer:
        outer.create_task(inner_group(False))
        outer.create_task(leaf("outer-1", 0.01))
    print("all fine")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group(True))
            outer.create_task(leaf("outer-2", 0.5))
    except ExceptionGroup as e:
        print(repr(e))
        print(repr(e.exceptions[0].exceptions[0]))


asyncio.run(main())
