import asyncio

async def source():
    await asyncio.sleep(0.01)
    print("source done")
    return 7

async def waiter(name, t):
    v = await t
    print(name, "got", v)

async def main():
    t = asyncio.create_task(source())
    ws = []
    for name in ["w1", "w2", "w3"]:
        ws.append(asyncio.create_task(waiter(name, t)))
    v = await t
    print("main got", v)
    for w in ws:
        await w
    print("end")

asyncio.run(main())
