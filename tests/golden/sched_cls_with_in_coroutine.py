import asyncio

class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, t, v, tb):
        print("stop", self.label, t.__name__ if t else "ok")
        return False

async def work(label, fail):
    with Timer(label):
        await asyncio.sleep(0.01)
        if fail:
            raise RuntimeError(label)
    return label

async def main():
    print(await work("one", False))
    try:
        await work("two", True)
    except RuntimeError as e:
        print("caught", e)
    tx = asyncio.create_task(work("x", False))
    ty = asyncio.create_task(work("y", False))
    print([await tx, await ty])

asyncio.run(main())
