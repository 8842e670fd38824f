import asyncio

async def part(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(asyncio.gather(part("a", 0.01), part("b", 0.3), part("c", 0.5)), 0.05)
    except asyncio.TimeoutError:
        print("gather timed out")
    r = await asyncio.wait_for(asyncio.gather(part("d", 0.01), part("e", 0.03)), 0.3)
    print(r)

asyncio.run(main())
