import asyncio

async def ok(name, n):
    for _ in range(n):
        await asyncio.sleep(0)
    print(name, "ok")
    return name

async def bad(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("bad raises")
    raise ValueError("bad")

async def main():
    a = asyncio.create_task(ok("a", 1))
    b = asyncio.create_task(bad(3))
    c = asyncio.create_task(ok("c", 6))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("a" , a in done, "b", b in done, "c", c in pending)
    print("exception:", repr(b.exception()))
    await c
    d = asyncio.create_task(ok("d", 1))
    e = asyncio.create_task(ok("e", 2))
    done, pending = await asyncio.wait([d, e], return_when="FIRST_EXCEPTION")
    print("no exception: all done", len(done), len(pending))

asyncio.run(main())
