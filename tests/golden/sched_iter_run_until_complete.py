import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def work(name, steps):
    for s in range(steps):
        print(name, 'step', s)
        await asyncio.sleep(0)
    print(name, 'returns')
    return name

loop = asyncio.new_event_loop()
t = loop.create_task(ticker(10))
print('run_until_complete: before')
r = loop.run_until_complete(work('a', 3))
print('run_until_complete: after', r, t.done())
print('run_until_complete of a task: before')
r = loop.run_until_complete(t)
print('run_until_complete of a task: after', r)
f = loop.create_future()
loop.call_soon(f.set_result, 'fut')
print('run_until_complete of a future:', loop.run_until_complete(f))
loop.close()
print('closed', loop.is_closed())
