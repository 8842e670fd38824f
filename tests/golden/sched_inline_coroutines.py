import asyncio

async def c():
    print("in c")
    return 3

async def b():
    print("in b")
    return await c() + 2

async def a():
    print("in a")
    return await b() * 10

async def bystander():
    print("bystander runs")

async def main():
    t = asyncio.create_task(bystander())
    # awaiting coroutines runs them inline: the bystander does not get a turn
    v = await a()
    print("a returned", v)
    await asyncio.sleep(0)
    print("after sleep(0)")
    await t

asyncio.run(main())
