# A sleep coroutine awaited directly, and one that is also kept, reused,
# driven by hand, wrapped in a task, or awaited with a result: each behaves
# as the coroutine object CPython's asyncio.sleep returns.
import asyncio


async def main():
    print(await asyncio.sleep(0.01, "direct"))
    kept = asyncio.sleep(0, "kept")
    print(type(kept).__name__, kept.__qualname__, asyncio.iscoroutine(kept))
    print(await kept)
    try:
        await kept
    except RuntimeError as e:
        print("reuse:", e)

    by_hand = asyncio.sleep(0, "by hand")
    print(by_hand.send(None))
    try:
        by_hand.send(None)
    except StopIteration as e:
        print("stop:", e.value)

    closed = asyncio.sleep(1)
    closed.close()
    try:
        await closed
    except RuntimeError as e:
        print("closed:", e)

    task = asyncio.create_task(asyncio.sleep(0.01, "in a task"))
    await asyncio.sleep(0)
    print(task.get_coro().__qualname__, task.done())
    print(await task)

    waiter = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("cancelled", waiter.cancelled())

    async def sleeper():
        await asyncio.sleep(10)

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(repr(t).split(" wait_for=")[1].split(" cb=")[0])
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

    for bad in ["x", None, [1]]:
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.wait_for(asyncio.sleep(0.01, "wait_for"), 1))
    print(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0.01, 2)))


asyncio.run(main())
