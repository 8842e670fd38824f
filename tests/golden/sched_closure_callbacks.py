import asyncio

def make_job(tag, results):
    async def job(delay):
        await asyncio.sleep(delay)
        results.append(tag)
        return tag
    return job

async def main():
    results = []
    jobs = [make_job(t, results) for t in "abc"]
    tasks = [asyncio.create_task(j(0.01 * (3 - i))) for i, j in enumerate(jobs)]
    done = [await t for t in tasks]
    print(done, results)
    lam = lambda: asyncio.sleep(0, "lambda result")
    print(await lam())

asyncio.run(main())
