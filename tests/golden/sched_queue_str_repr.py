import asyncio

def no_addr(r):
    i = r.index(" at 0x")
    j = r.index(" ", i + 4)
    return r[:i] + r[j:]

async def main():
    q = asyncio.Queue(3)
    print(str(q))
    print(no_addr(repr(q)))
    q.put_nowait("a")
    q.put_nowait(("b", 2))
    print(q)
    getter_q = asyncio.Queue()
    getters = [asyncio.create_task(getter_q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(getter_q)
    getter_q.put_nowait(1)
    getter_q.put_nowait(2)
    print(getter_q)
    await asyncio.sleep(0)
    print(getter_q, [g.result() for g in getters])
    q.put_nowait(None)
    p = asyncio.create_task(q.put("waiting"))
    await asyncio.sleep(0)
    print(q)
    print(f"{q!s} maxsize={q.maxsize}")
    q.get_nowait()
    await p
    print(no_addr(repr(q)))
    print([str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5))])

asyncio.run(main())
