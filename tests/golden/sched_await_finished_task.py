import asyncio

async def quick():
    print("quick runs")
    return "quick result"

async def other():
    print("other runs")

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("t done?", t.done())
    o = asyncio.create_task(other())
    # t is already done: awaiting it returns at once, without a trip through the loop,
    # so 'other' has not run yet when the next line prints.
    v = await t
    print("got", v)
    await o
    print("end")

asyncio.run(main())
