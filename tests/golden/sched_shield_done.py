import asyncio

async def quick():
    return 3

async def main():
    t = asyncio.create_task(quick())
    await t
    print("same object:", asyncio.shield(t) is t)
    f = asyncio.get_running_loop().create_future()
    print("pending future wrapped:", asyncio.shield(f) is f)
    f.set_result(1)
    print("done future returned as is:", asyncio.shield(f) is f)
    try:
        asyncio.shield(7)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.shield(quick()))

asyncio.run(main())
