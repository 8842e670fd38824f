import asyncio

async def boom(n):
    for i in range(n):
        print("boom tick", i)
        await asyncio.sleep(0)
    raise RuntimeError("inner failure")

async def main():
    try:
        await asyncio.wait_for(boom(2), 1)
    except RuntimeError as e:
        print("caught", e)
    try:
        await asyncio.wait_for(boom(0), None)
    except RuntimeError as e:
        print("caught with None", e)
    try:
        await asyncio.wait_for(boom(1), "soon")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
