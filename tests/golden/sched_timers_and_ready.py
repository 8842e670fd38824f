import asyncio

async def timed(name, delay):
    await asyncio.sleep(delay)
    print("timer", name)

async def stepper():
    for i in range(3):
        print("step", i)
        await asyncio.sleep(0)

async def main():
    t1 = asyncio.create_task(timed("b", 0.05))
    t2 = asyncio.create_task(timed("a", 0.02))
    s = asyncio.create_task(stepper())
    print("main sleeps")
    await asyncio.sleep(0.1)
    print("main woke")
    await t1
    await t2
    await s

asyncio.run(main())
