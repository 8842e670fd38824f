import asyncio

async def job(name, n, fail=False):
    for _ in range(n):
        await asyncio.sleep(0)
    print(name, "completes")
    if fail:
        raise KeyError(name)
    return name

async def ticker():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    tk = asyncio.create_task(ticker())
    tasks = [asyncio.create_task(job("x", 3)), asyncio.create_task(job("y", 1, True)), asyncio.create_task(job("z", 2))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("result", await aw)
        except KeyError as e:
            print("KeyError", e)
    await tk

asyncio.run(main())
