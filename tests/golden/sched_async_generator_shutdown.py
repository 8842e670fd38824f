import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = None

async def main():
    global g
    g = gen()
    print(await g.__anext__())

asyncio.run(main())
print("after")
