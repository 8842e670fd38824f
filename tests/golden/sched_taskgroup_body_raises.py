# The body of the async with raises: the tasks are cancelled and the body's
# error joins the group.
import asyncio


async def worker():
    try:
        print("worker start")
        await asyncio.sleep(0.5)
    finally:
        print("worker cancelled")


async def quick():
    print("quick ran")
    return 1


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0)
            t = tg.create_task(quick())
            print("body raises")
            1 / 0
    except* ZeroDivisionError as e:
        print("caught", repr(e))
    print("quick task:", t.cancelled())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
