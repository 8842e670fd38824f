import asyncio

cancelled = []

async def job(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    tasks = {n: asyncio.create_task(job(n, d)) for n, d in [("x", 0.01), ("y", 0.3), ("z", 0.5)]}
    done, pending = await asyncio.wait(tasks.values(), timeout=0.1)
    print("done:", sorted(n for n, t in tasks.items() if t in done))
    print("pending:", sorted(n for n, t in tasks.items() if t in pending))
    done, pending = await asyncio.wait([tasks["y"]], timeout=0)
    print("timeout 0:", len(done), len(pending))
    f = asyncio.get_running_loop().create_future()
    done, pending = await asyncio.wait([f], timeout=0.02)
    print("never-set future pending:", f in pending)
    print("main returns")

asyncio.run(main())
print("cancelled at shutdown:", sorted(cancelled))
