# One task fails: the others and the body are cancelled, errors come as a group.
import asyncio

async def ok(delay):
    try:
        print("ok start")
        await asyncio.sleep(delay)
        print("ok finished")
    finally:
        print("ok finally")

async def bad(delay):
    print("bad start")
    await asyncio.sleep(delay)
    raise ValueError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.5))
            tg.create_task(bad(0.02))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except* ValueError as eg:
        print("caught", repr(eg), eg.exceptions)
    print("after", asyncio.current_task().cancelling())

asyncio.run(main())
