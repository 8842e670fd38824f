import asyncio

async def leaf(name):
    print("leaf", name)
    await asyncio.sleep(0)
    print("leaf", name, "after sleep")
    return name

async def parent(name):
    print("parent", name, "start")
    t1 = asyncio.create_task(leaf(name + ".1"))
    t2 = asyncio.create_task(leaf(name + ".2"))
    print("parent", name, "created children")
    r = [await t1, await t2]
    print("parent", name, "got", r)
    return r

async def main():
    pa = asyncio.create_task(parent("A"))
    pb = asyncio.create_task(parent("B"))
    print(await pa)
    print(await pb)

asyncio.run(main())
