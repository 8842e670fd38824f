import asyncio

async def stubborn():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("stubborn caught cancel")
        return "partial"

async def fails_on_cancel():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    r = await asyncio.wait_for(stubborn(), 0.02)
    print("wait_for returned", r)
    try:
        await asyncio.wait_for(fails_on_cancel(), 0.02)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
