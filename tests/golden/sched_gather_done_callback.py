import asyncio

async def job(n):
    await asyncio.sleep(0)
    print("job", n)
    return n

async def main():
    g = asyncio.gather(job(1), job(2))
    print(repr(g))
    g.add_done_callback(lambda f: print("gather callback:", f.result()))
    print("awaited:", await g)
    print(repr(g))
    await asyncio.sleep(0)
    print("after callback ran")
    e = asyncio.gather()
    print(repr(e))
    s = asyncio.shield(job(3))
    await s
    print(repr(s))

asyncio.run(main())
