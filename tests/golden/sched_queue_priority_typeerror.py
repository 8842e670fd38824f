import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, "a"))
    try:
        pq.put_nowait("not a tuple")
    except TypeError as e:
        print("TypeError:", e)
    print("qsize after failed put:", pq.qsize(), "unfinished:", pq._unfinished_tasks)
    pq2 = asyncio.PriorityQueue()
    pq2.put_nowait((1, {}))
    try:
        pq2.put_nowait((1, {}))
    except TypeError as e:
        print("TypeError:", e)
    print("qsize:", pq2.qsize())
    print("ordering a dict after the tie fails on get:")
    pq2.put_nowait((0, None))
    print(pq2.get_nowait())
    print(pq2.get_nowait())

asyncio.run(main())
