import asyncio

async def main():
    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__name__)
    u = asyncio.Queue()
    for i in range(100):
        u.put_nowait(i)
    print("unbounded never full:", u.full(), u.qsize())
    neg = asyncio.Queue(-1)
    neg.put_nowait("a")
    print("negative maxsize:", neg.full(), neg.maxsize)
    print("get from empty bounded queue raises")
    q.get_nowait()

asyncio.run(main())
