# asyncio.Runner: one loop for several run() calls, tasks left pending
# between runs keep running in the next, close() cancels what is left.
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            print('tick', i)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('ticker cancelled')
        raise


async def step(name, k):
    for i in range(k):
        print(name, 'step', i)
        await asyncio.sleep(0)
    return name


async def spawn():
    asyncio.create_task(ticker(10), name='bg')
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    print(runner.run(step('a', 2)))
    loop = runner.run(spawn())
    print(loop is runner.get_loop(), loop.is_running(), loop.is_closed())
    print(runner.run(step('b', 3)))
    print(asyncio.get_event_loop() is loop)
    print('leaving')
print('left', loop.is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
for call in (lambda: runner.run(step('c', 1)), runner.get_loop, runner.__enter__):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError:', e)
runner.close()
print('closed twice fine')

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r = asyncio.Runner()
r.close()
print('never initialized: close is a no-op')
try:
    r.get_loop()
except RuntimeError as e:
    print('RuntimeError:', e)

made = []


def factory():
    made.append(1)
    return asyncio.new_event_loop()


with asyncio.Runner(loop_factory=factory) as r:
    print(r.run(step('d', 1)), len(made))


async def fails():
    await asyncio.sleep(0)
    raise KeyError('k')

with asyncio.Runner() as r:
    try:
        r.run(fails())
    except KeyError as e:
        print('KeyError', e)
    print(r.run(step('after failure', 1)))


async def nested(r):
    try:
        r.run(step('x', 1))
    except RuntimeError as e:
        print('RuntimeError:', e)

with asyncio.Runner() as r:
    r.run(nested(r))
