import asyncio

async def deep(level):
    if level == 0:
        try:
            print("deepest waiting")
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("deepest cancelled")
            raise
    else:
        try:
            await deep(level - 1)
        finally:
            print("unwinding level", level)

async def bystander():
    for i in range(3):
        await asyncio.sleep(0.04)
        print("bystander", i)

async def main():
    b = asyncio.create_task(bystander())
    try:
        async with asyncio.timeout(0.06) as cm:
            await deep(2)
    except TimeoutError as e:
        print("TimeoutError caught:", type(e.__cause__).__name__, cm.expired(), repr(cm))
    task = asyncio.current_task()
    print("cancelling() back to", task.cancelling())
    await b

asyncio.run(main())
