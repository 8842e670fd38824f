import asyncio

total = 0

async def add(n):
    global total
    await asyncio.sleep(0.1)
    total += n

async def main():
    tasks = []
    for i in range(10000):
        tasks.append(asyncio.create_task(add(i)))
    print("created", len(tasks))
    for t in tasks:
        await t
    print("total", total)

asyncio.run(main())
