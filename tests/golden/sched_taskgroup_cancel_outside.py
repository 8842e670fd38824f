# The task running the TaskGroup is cancelled from outside: the children are
# cancelled and CancelledError propagates.
import asyncio


async def child():
    try:
        print("child waiting")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def holder():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("holder sees CancelledError")
        raise


async def holder_waiting_in_exit():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        print("body done, exiting")
    print("not reached")


async def main():
    t = asyncio.create_task(holder())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("holder cancelled:", t.cancelled())
    t2 = asyncio.create_task(holder_waiting_in_exit())
    await asyncio.sleep(0.02)
    t2.cancel("stop")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("second holder cancelled:", t2.cancelled(), e.args)


asyncio.run(main())
