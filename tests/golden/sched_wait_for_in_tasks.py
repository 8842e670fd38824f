import asyncio

async def work(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def runner(name, d, timeout):
    try:
        r = await asyncio.wait_for(work(name, d), timeout)
        print(name, "->", r)
    except asyncio.TimeoutError:
        print(name, "-> timeout")

async def main():
    await asyncio.gather(
        runner("a", 0.02, 0.1),
        runner("b", 0.2, 0.04),
        runner("c", 0.06, 0.1),
        runner("d", 0.3, 0.08),
    )

asyncio.run(main())
