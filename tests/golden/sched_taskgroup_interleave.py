# Tasks of a TaskGroup interleave with the body, step by step.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ticker("a", 3))
        b = tg.create_task(ticker("b", 2))
        print("body before sleep")
        await asyncio.sleep(0)
        print("body after sleep")
        c = tg.create_task(ticker("c", 2))
    print("results", a.result(), b.result(), c.result())
    print([t.get_name() for t in (a, b, c)])


asyncio.run(main())
