import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.05)
        print("survived thanks to reschedule")
        cm.reschedule(None)
        print("when after None:", cm.when())
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(0.4) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(0.3)
    except TimeoutError:
        print("shortened deadline hit")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            print("past deadline: fires next iteration")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError from past deadline")
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
