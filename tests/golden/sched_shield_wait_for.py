import asyncio

async def precious():
    print("precious start")
    await asyncio.sleep(0.06)
    print("precious finished")
    return "kept"

async def main():
    t = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.02)
    except asyncio.TimeoutError:
        print("timed out, task cancelled?", t.cancelled())
    print("result after all:", await t)
    async def shielded_twice():
        return await asyncio.shield(asyncio.shield(precious()))
    print(await asyncio.wait_for(shielded_twice(), 0.5))

asyncio.run(main())
