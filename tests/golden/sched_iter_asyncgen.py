import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

async def agen():
    try:
        x = yield 1
        print('agen got', x)
        await asyncio.sleep(0)
        x = yield 2
        print('agen got', x)
        yield 3
    except KeyError:
        print('agen caught KeyError')
        await asyncio.sleep(0)
        yield 'after throw'
    finally:
        print('agen finally')
        await asyncio.sleep(0)
        print('agen finally done')

async def main():
    t = asyncio.create_task(ticker(15))
    await asyncio.sleep(0)
    g = agen()
    print('asend None: before')
    print('asend None: after', await g.asend(None))
    print('asend x: before')
    print('asend x: after', await g.asend('x'))
    print('athrow: before')
    print('athrow: after', await g.athrow(KeyError('k')))
    print('aclose: before')
    await g.aclose()
    print('aclose: after')
    g = agen()
    print('anext:', await anext(g))
    print('aclose suspended: before')
    await g.aclose()
    print('aclose suspended: after')
    await t
    print('end')

asyncio.run(main())
