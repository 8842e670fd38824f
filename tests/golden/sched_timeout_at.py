import asyncio

async def worker(name, d):
    await asyncio.sleep(d)
    print(name, "done")

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    other = asyncio.create_task(worker("other", 0.02))
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await worker("slow", 0.3)
    except TimeoutError:
        print("timeout_at expired")
    await other
    async with asyncio.timeout_at(None) as cm:
        await worker("unbounded", 0.01)
    print(cm.when(), cm.expired())
    async with asyncio.timeout_at(loop.time() + 0.2):
        await worker("in time", 0.01)

asyncio.run(main())
