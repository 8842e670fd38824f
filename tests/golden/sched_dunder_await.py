import asyncio
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v
class Bad:
    def __await__(self):
        yield 42
async def main():
    print(await Ready(5))
    t = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    class Wrap:
        def __await__(self):
            return (yield from t)
    print(await Wrap())
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(main())
