import asyncio

for make in (lambda: asyncio.Runner(True), lambda: asyncio.Runner(nope=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
r = asyncio.Runner()
for bad in (None, 1, 'x'):
    try:
        r.run(bad)
    except ValueError as e:
        print('ValueError:', e)
for call in (lambda: r.run(), lambda: r.close(1), lambda: r.get_loop(1), lambda: r.__exit__(None)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
r.close()
try:
    asyncio.run(1)
except ValueError as e:
    print('ValueError:', e)
print(type(r).__name__, isinstance(r, asyncio.Runner))
with asyncio.Runner() as r:
    r.run(asyncio.sleep(0))
    raise KeyError('inside')
