import asyncio

async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(name, "put", i)

async def main():
    q = asyncio.Queue(1)
    producers = [asyncio.create_task(producer(n, q, 3)) for n in "abc"]
    await asyncio.sleep(0)
    print("full:", q.full(), "qsize:", q.qsize())
    got = []
    for _ in range(9):
        item = await q.get()
        got.append(item)
        print("main got", item)
    for p in producers:
        await p
    print(got)

asyncio.run(main())
