import asyncio
from asyncio import sleep

async def tick(name, delay):
    await sleep(delay)
    print(name)

async def main():
    a = asyncio.create_task(tick("second", 0.06))
    b = asyncio.create_task(tick("first", 0.02))
    print(await sleep(0.01, "slept"))
    await a
    await b

asyncio.run(main())
