import asyncio

async def inner():
    print("inner sleeps")
    await asyncio.sleep(10)

async def outer(t):
    print("outer waits for inner")
    await t
    print("never printed")

async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    await asyncio.sleep(0.01)
    # cancelling outer cancels the task it is waiting on
    print(to.cancel())
    await asyncio.sleep(0)
    print("inner", ti.done(), ti.cancelled())
    await asyncio.sleep(0)
    print("outer", to.done(), to.cancelled())

asyncio.run(main())
