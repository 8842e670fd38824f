import asyncio

def cb(tag, fut=None):
    print("timer", tag)
    if fut is not None:
        fut.set_result(tag)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    loop.call_later(0.06, cb, "c", fut)
    loop.call_later(0.02, cb, "a")
    h = loop.call_later(0.04, cb, "never")
    th = loop.call_at(start + 0.04, cb, "b")
    print(type(th).__name__, th.when() == start + 0.04)
    h.cancel()
    print("waiting")
    print("future:", await fut)
    print("elapsed ok:", loop.time() - start >= 0.05)
    loop.call_later(0, cb, "zero")
    loop.call_soon(cb, "soon")
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
