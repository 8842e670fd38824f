import asyncio
log = []
async def ticker(n):
    for i in range(n):
        log.append(f"t{i}")
        await asyncio.sleep(0)
async def slow(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
async def waiter(aw):
    try:
        r = await aw
        log.append(f"waiter got {r}")
    except asyncio.CancelledError:
        log.append("waiter cancelled")
        raise
    except BaseException as e:
        log.append(f"waiter {type(e).__name__}")
async def main():
    tk = asyncio.create_task(ticker(60))
    await asyncio.sleep(0)
    # cancel a task blocked in wait_for
    w = asyncio.create_task(waiter(asyncio.wait_for(slow("a", 10), 1)))
    await asyncio.sleep(0); await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w done")
    # cancel task blocked in shield
    inner = asyncio.create_task(slow("b", 4))
    w = asyncio.create_task(waiter(asyncio.shield(inner)))
    await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w2 done")
    await inner
    # cancel task in wait
    c = asyncio.create_task(slow("c", 3))
    w = asyncio.create_task(waiter(asyncio.wait([c])))
    await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w3 done")
    # cancel task in as_completed await
    d = asyncio.create_task(slow("d", 3))
    async def ac():
        for aw in asyncio.as_completed([d]):
            await aw
    w = asyncio.create_task(waiter(ac()))
    await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w4 done")
    # cancel task inside timeout
    async def tm():
        async with asyncio.timeout(1):
            await slow("e", 5)
    w = asyncio.create_task(waiter(tm()))
    await asyncio.sleep(0); await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w5 done")
    # gather cancelled while task waits
    g = asyncio.gather(slow("f", 5), slow("g", 1))
    w = asyncio.create_task(waiter(g))
    await asyncio.sleep(0); await asyncio.sleep(0); await asyncio.sleep(0)
    w.cancel()
    try: await w
    except asyncio.CancelledError: log.append("w6 done")
    # wait_for timeout 0 with running task
    h = asyncio.create_task(slow("h", 3))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(h, 0)
    except TimeoutError:
        log.append("h timeout")
    await tk
    print(" ".join(log))
asyncio.run(main())
