import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await cond.acquire(), cond.locked())
    cond.notify()
    cond.release()
    print("locked:", cond.locked())
    await cond.wait_for(lambda: True)

asyncio.run(main())
