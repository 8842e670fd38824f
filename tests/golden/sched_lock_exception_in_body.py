import asyncio

async def risky(name, lock, fail):
    try:
        async with lock:
            print(name, "working")
            await asyncio.sleep(0)
            if fail:
                raise ValueError(f"{name} failed")
            print(name, "ok")
    except ValueError as e:
        print("caught:", e, "locked:", lock.locked())

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(risky(n, lock, n in ("b", "d"))) for n in "abcde"]
    for t in tasks:
        await t
    print("final", lock.locked())

asyncio.run(main())
