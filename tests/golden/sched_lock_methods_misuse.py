# The methods of asyncio's locks: which are there, and misuse of them.
import asyncio

NAMES = ['acquire', 'release', 'locked', 'wait', 'wait_for', 'notify',
         'notify_all', 'is_set', 'set', 'clear', 'reset', 'abort', 'parties',
         'n_waiting', 'broken', '__aenter__', '__aexit__', 'put', 'get',
         'cancel', 'done']


def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


async def main():
    lock = asyncio.Lock()
    event = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    barrier = asyncio.Barrier(2)
    for obj in (lock, event, cond, sem, bsem, barrier):
        print(type(obj).__name__, [n for n in NAMES if hasattr(obj, n)])
        print('  ', [n for n in NAMES if n in dir(obj)])

    attempt("lock.release() unlocked", lock.release)
    attempt("lock.locked(1)", lambda: lock.locked(1))
    attempt("lock.acquire(1)", lambda: lock.acquire(1))
    attempt("lock.release(x=1)", lambda: lock.release(x=1))
    print(await lock.acquire(), lock.locked())
    attempt("Lock.locked(lock)", lambda: asyncio.Lock.locked(lock))
    attempt("Lock.release(lock)", lambda: asyncio.Lock.release(lock))
    attempt("lock.__aexit__()", lambda: lock.__aexit__())
    async with lock:
        print("inside", lock.locked())
    print("after", lock.locked())

    attempt("event.set(1)", lambda: event.set(1))
    attempt("event.wait(1)", lambda: event.wait(1))
    event.set()
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())

    attempt("cond.notify() unlocked", cond.notify)
    attempt("cond.notify_all() unlocked", cond.notify_all)
    attempt("cond.wait_for()", lambda: cond.wait_for())
    attempt("cond.release() unlocked", cond.release)
    async with cond:
        attempt("cond.notify(1, 2)", lambda: cond.notify(1, 2))
        attempt("cond.notify('x')", lambda: cond.notify('x'))
        cond.notify(0)
        print("cond locked", cond.locked())

    async def waiter():
        async with cond:
            return await cond.wait()

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        attempt("cond.notify('x') waiting", lambda: cond.notify('x'))
        cond.notify_all()
    print("woken", await w)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)

    print(await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    attempt("sem.release(1)", lambda: sem.release(1))
    attempt("bsem.release() too many", bsem.release)
    attempt("bsem.release(1)", lambda: bsem.release(1))
    print(sem._value, bsem._value, bsem._bound_value, hasattr(sem, '_bound_value'))

    print(barrier.parties, barrier.n_waiting, barrier.broken)
    attempt("barrier.wait(1)", lambda: barrier.wait(1))
    attempt("barrier.parties = 3", lambda: setattr(barrier, 'parties', 3))
    await barrier.abort()
    print(barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, e)
    await barrier.reset()
    print(barrier.broken)
    attempt("lock.nonesuch", lambda: lock.nonesuch)


asyncio.run(main())
