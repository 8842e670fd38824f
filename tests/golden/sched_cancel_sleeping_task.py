import asyncio

async def sleepy():
    print("sleepy starts")
    await asyncio.sleep(10)
    print("never printed")

async def main():
    t = asyncio.create_task(sleepy())
    await asyncio.sleep(0.01)
    print("cancel returns", t.cancel())
    print("before await")
    await t
    print("never printed either")

asyncio.run(main())
