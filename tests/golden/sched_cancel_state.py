import asyncio

async def sleepy():
    print("sleepy starts")
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(sleepy())
    await asyncio.sleep(0)
    print(t.cancel())
    # the cancellation is only requested: the task has not finished yet
    print(t.cancelled(), t.done())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    print(t.cancel())

asyncio.run(main())
