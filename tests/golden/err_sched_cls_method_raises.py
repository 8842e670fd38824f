import asyncio

class Service:
    async def fetch(self, key):
        await asyncio.sleep(0)
        raise KeyError(key)

async def main():
    s = Service()
    print("fetching")
    await s.fetch("user")

asyncio.run(main())
