import asyncio
log = []
async def ticker(n):
    for i in range(n):
        log.append(f"t{i}")
        await asyncio.sleep(0)
async def instant(v):
    log.append(f"instant {v}")
    return v
async def fail():
    log.append("fail")
    raise ValueError("x")
async def main():
    tk = asyncio.create_task(ticker(40))
    await asyncio.sleep(0)
    done = asyncio.create_task(instant("pre"))
    await done
    log.append("A")
    r = await asyncio.gather(done, instant(1), done)
    log.append(f"B {r}")
    d, p = await asyncio.wait([done])
    log.append(f"C {len(d)}")
    t2 = asyncio.create_task(instant(2))
    d, p = await asyncio.wait([t2, done], return_when=asyncio.FIRST_COMPLETED)
    log.append(f"D {len(d)} {len(p)}")
    for aw in asyncio.as_completed([done, asyncio.create_task(instant(3))]):
        log.append(f"E {await aw}")
    r = await asyncio.wait_for(done, 0)
    log.append(f"F {r}")
    r = await asyncio.wait_for(instant(4), 0.5)
    log.append(f"G {r}")
    try:
        await asyncio.gather(fail(), instant(5))
    except ValueError:
        log.append("H")
    async with asyncio.timeout(1):
        log.append("I in")
    log.append("I out")
    r = await asyncio.shield(done)
    log.append(f"J {r}")
    t3 = asyncio.create_task(instant(6))
    r = await asyncio.shield(t3)
    log.append(f"K {r}")
    g = asyncio.gather(ticker(3), ticker(2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("L")
    await tk
    print(" ".join(log))
asyncio.run(main())
