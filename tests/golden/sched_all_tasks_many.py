# all_tasks() over many tasks: finished ones leave it, pending ones stay,
# in creation order, however many came and went before them.
import asyncio


async def quick(i):
    return i


async def slow(i):
    await asyncio.sleep(0.05)
    return i


async def main():
    for round_ in range(3):
        done = [asyncio.create_task(quick(i), name=f"q{round_}-{i}") for i in range(150)]
        waiting = [asyncio.create_task(slow(i), name=f"s{round_}-{i}") for i in range(40)]
        print(round_, "before", len(asyncio.all_tasks()))
        await asyncio.gather(*done)
        names = [t.get_name() for t in asyncio.all_tasks()]
        print(round_, "after quick", len(names), sorted(names)[:3])
        del done
        await asyncio.gather(*waiting)
        print(round_, "after slow", [t.get_name() for t in asyncio.all_tasks()])
    forgotten = asyncio.create_task(slow(99), name="forgotten")
    del forgotten
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
