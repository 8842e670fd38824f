import asyncio

async def job(d, tag):
    await asyncio.sleep(d)
    return tag

async def main():
    results = []
    for aw in asyncio.as_completed([job(0.06, "late"), job(0.02, "early"), job(0.04, "middle")]):
        results.append(await aw)
    print(results)
    t = asyncio.create_task(job(0.01, "dup"))
    got = [await aw for aw in asyncio.as_completed([t, t])]
    print(got)

asyncio.run(main())
