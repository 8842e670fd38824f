import asyncio

async def job(name):
    print(name, "running")
    try:
        await asyncio.sleep(0)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print(await asyncio.wait_for(done, 0))
    for timeout in (0, -1, -0.5):
        try:
            await asyncio.wait_for(job(f"t{timeout}"), timeout)
        except asyncio.TimeoutError as e:
            print("timeout", timeout, type(e.__cause__).__name__)
    t = asyncio.create_task(job("started"))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("started task cancelled:", t.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("x"))
    try:
        await asyncio.wait_for(f, 0)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
