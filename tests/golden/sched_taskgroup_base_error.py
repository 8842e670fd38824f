# KeyboardInterrupt-like errors raised in the body are re-raised as they are,
# not wrapped in a group.
import asyncio


async def worker():
    try:
        await asyncio.sleep(0.5)
    finally:
        print("worker cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            raise SystemExit(3)
    except SystemExit as e:
        print("SystemExit", e.args)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0)
            raise KeyboardInterrupt
    except BaseException as e:
        print(type(e).__name__)
    return "ok"


print(asyncio.run(main()))
