import asyncio

async def log(msg):
    await asyncio.sleep(0.001)
    print(msg)

async def fails():
    await asyncio.sleep(0)
    raise ValueError("inner")

async def main():
    try:
        await fails()
    except ValueError as e:
        await log(f"except: {e}")
    else:
        await log("else")
    finally:
        await log("finally")

    try:
        try:
            await fails()
        finally:
            await log("cleanup before propagating")
    except ValueError:
        await log("propagated")
    return "main done"

print(asyncio.run(main()))
