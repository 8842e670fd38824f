# The methods of asyncio's queues: which are there, and misuse of them.
import asyncio

NAMES = ['qsize', 'empty', 'full', 'put', 'put_nowait', 'get', 'get_nowait',
         'task_done', 'join', 'maxsize', 'acquire', 'wait', 'append', 'pop']


def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


async def main():
    queues = [asyncio.Queue(2), asyncio.LifoQueue(), asyncio.PriorityQueue(1)]
    for q in queues:
        print(type(q).__name__, [n for n in NAMES if hasattr(q, n)])
        print('  ', [n for n in NAMES if n in dir(q)], q.maxsize)
    q = queues[0]
    attempt("get_nowait empty", q.get_nowait)
    attempt("task_done too many", q.task_done)
    attempt("qsize(1)", lambda: q.qsize(1))
    attempt("put_nowait()", lambda: q.put_nowait())
    attempt("put_nowait(1, 2)", lambda: q.put_nowait(1, 2))
    attempt("put()", lambda: q.put())
    attempt("get(1)", lambda: q.get(1))
    attempt("put_nowait(item=)", lambda: q.put_nowait(item='a'))
    attempt("put_nowait(x=)", lambda: q.put_nowait(x='a'))
    q.put_nowait('b')
    attempt("put_nowait full", lambda: q.put_nowait('c'))
    print(q.qsize(), q.full(), q.empty(), str(q))
    print(await q.get(), q.get_nowait(), q.empty())
    q.task_done()
    q.task_done()
    await q.join()
    print("joined", q._unfinished_tasks)
    attempt("Queue.qsize(q)", lambda: asyncio.Queue.qsize(q))
    lifo = queues[1]
    for i in range(3):
        await lifo.put(i)
    print([lifo.get_nowait() for _ in range(3)])
    pq = queues[2]
    pq.put_nowait((2, 'x'))
    print(pq.full(), str(pq))
    attempt("pq.put_nowait full", lambda: pq.put_nowait((1, 'y')))
    attempt("q.maxsize = 3", lambda: setattr(q, 'maxsize', 3))
    attempt("q.nonesuch", lambda: q.nonesuch)


asyncio.run(main())
