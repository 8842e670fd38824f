# Two tasks fail: both errors are collected, in the order they happened.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    print("raising", repr(exc))
    raise exc


async def slow():
    try:
        await asyncio.sleep(0.5)
    finally:
        print("slow cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("first"), 0.02))
            # Fails in the same iteration as the first one's cancellations.
            tg.create_task(fail(TypeError("second"), 0.02))
            tg.create_task(slow())
    except* ValueError as e:
        print("values", repr(e))
    except* TypeError as e:
        print("types", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0.02))
            tg.create_task(fail(OSError("o"), 0.0))
    except ExceptionGroup as e:
        print(repr(e))
        print(e.exceptions)


asyncio.run(main())
