import asyncio

async def part(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.gather(part("x", 0.01), part("y", 0.3))
    except TimeoutError:
        print("timeout around gather")
    try:
        async with asyncio.timeout(0.05):
            await asyncio.wait_for(part("z", 0.3), 0.4)
    except TimeoutError:
        print("timeout around wait_for")

asyncio.run(main())
