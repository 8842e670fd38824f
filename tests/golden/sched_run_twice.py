import asyncio

count = 0

async def main(label):
    global count
    count += 1
    print(label, "run number", count)
    t = asyncio.create_task(helper(label))
    await t
    return label.upper()

async def helper(label):
    await asyncio.sleep(0.01)
    print(label, "helper done")

print(asyncio.run(main("one")))
print(asyncio.run(main("two")))
