# RuntimeErrors for a TaskGroup used outside its lifetime.
import asyncio


async def noop():
    return None


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    tg = asyncio.TaskGroup()
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    await coro
    async with tg:
        tg.create_task(noop())
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    await coro
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(boom())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg2))
                coro = noop()
                try:
                    tg2.create_task(coro)
                except RuntimeError as e:
                    print(e)
                await coro
                raise
    except ExceptionGroup as e:
        print(repr(e))
    print(repr(tg2))
    try:
        async with asyncio.TaskGroup() as tg3:
            tg3.create_task(42)
    except* TypeError as e:
        print("TypeError:", repr(e))


asyncio.run(main())
