import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.03) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(0.01)
            print("still within outer")
    except TimeoutError:
        print("outer should not fire")
    try:
        async with asyncio.timeout(0.03) as outer:
            async with asyncio.timeout(0.3) as inner:
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer fired:", outer.expired(), "inner:", inner.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
