import asyncio

async def main():
    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    print(repr(cm))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.05):
            raise ValueError("body error")
    except ValueError as e:
        print("body error passes through:", e)
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(0.3)
            except asyncio.CancelledError:
                print("swallowing the cancel")
            print("body finishes normally")
    except TimeoutError:
        print("no TimeoutError expected")
    print("expired but swallowed:", cm.expired())
    print("cancelling left:", asyncio.current_task().cancelling())

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
