# Which pending tasks report being destroyed: not the one run_until_complete
# wraps a coroutine in (stopped early here); a done task never does. A task rescheduled by sleep(0) is held by the loop's
# ready queue, and goes away with it.
import asyncio


async def step_forever(name):
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print(name, 'closed')


async def quick():
    return 1


async def stopper(loop):
    await asyncio.sleep(0)
    loop.stop()
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
done = loop.create_task(quick())
loop.run_until_complete(done)
try:
    loop.run_until_complete(stopper(loop))
except RuntimeError as e:
    print('RuntimeError:', e)

t = loop.create_task(step_forever('named'), name='N')
loop.run_until_complete(asyncio.sleep(0))
print('closing')
loop.close()
print('dropping task')
t = None
print('dropping done task')
done = None
print('end')
