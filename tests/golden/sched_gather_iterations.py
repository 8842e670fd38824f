import asyncio

log = []

async def ticker(n):
    for i in range(n):
        log.append(f"iter {i}")
        await asyncio.sleep(0)

async def instant(v):
    log.append(f"instant {v}")
    return v

async def main():
    t = asyncio.create_task(ticker(10))
    await asyncio.sleep(0)
    log.append("gather start")
    r = await asyncio.gather(instant(1), instant(2))
    log.append(f"gather done {r}")
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    r = await asyncio.gather(f)
    log.append(f"gather of done future {r}")
    r = await asyncio.shield(instant(3))
    log.append(f"shield done {r}")
    r = await asyncio.wait_for(instant(4), 1)
    log.append(f"wait_for done {r}")
    r = await asyncio.wait_for(instant(5), None)
    log.append(f"wait_for None done {r}")
    await t
    print("\n".join(log))

asyncio.run(main())
