import asyncio

class JobError(Exception):
    def __init__(self, job):
        super().__init__(f"job {job} failed")
        self.job = job

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise JobError(n)
    return n * 10

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    for t in tasks:
        try:
            print("result", await t)
        except JobError as e:
            print("caught", e, e.job)
        finally:
            print("checked", t.done())
    try:
        await job(1)
    except Exception as e:
        print("direct", type(e).__name__, e.args)

asyncio.run(main())
