import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f3 = loop.create_future()
    loop.call_later(0.02, f2.set_result, "two")
    loop.call_later(0.04, f1.set_exception, ValueError("one failed"))
    loop.call_later(0.06, f3.cancel)
    done, pending = await asyncio.wait([f1, f2, f3], return_when=asyncio.FIRST_COMPLETED)
    print("first:", f2 in done, len(pending))
    done, pending = await asyncio.wait([f1, f2, f3], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", f1 in done, f3 in pending)
    done, pending = await asyncio.wait([f1, f2, f3])
    print("all:", len(done), f3.cancelled())
    try:
        await asyncio.wait((f for f in [f1, f2]))
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait(tuple(f for f in [f1, f2]))
    print("tuple argument:", len(done))

asyncio.run(main())
