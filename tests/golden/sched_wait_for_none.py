import asyncio

async def job(n):
    for i in range(n):
        print("job", i)
        await asyncio.sleep(0)
    return n

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    o = asyncio.create_task(other())
    print("result", await asyncio.wait_for(job(3), None))
    t = asyncio.create_task(job(2))
    print("result", await asyncio.wait_for(t, timeout=None))
    try:
        await asyncio.wait_for(42, None)
    except TypeError as e:
        print("TypeError:", e)
    await o

asyncio.run(main())
