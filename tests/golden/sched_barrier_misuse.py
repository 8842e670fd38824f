import asyncio

for args in ((), (0,), (-1,), ('3',), (2, 3), (None,)):
    try:
        asyncio.Barrier(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    asyncio.Barrier(parties=2, other=1)
except TypeError as e:
    print('TypeError', e)
print(asyncio.Barrier(parties=True).parties)
b = asyncio.Barrier(2)
for call in (lambda: b.wait(1), lambda: b.reset(1), lambda: b.abort(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
try:
    b.parties = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    b.nothing
except AttributeError as e:
    print('AttributeError', e)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.BrokenBarrierError, asyncio.Barrier)
try:
    raise asyncio.BrokenBarrierError('x')
except RuntimeError as e:
    print(repr(e))


async def main():
    b = asyncio.Barrier(2)
    w = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(w, return_exceptions=True)
    await b.wait()

asyncio.run(main())
