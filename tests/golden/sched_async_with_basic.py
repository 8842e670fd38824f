import asyncio

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        print("close", self.name, t.__name__ if t else None)
        return t is KeyError

async def main():
    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("b"):
        raise KeyError("suppressed")
    try:
        async with Resource("c"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
