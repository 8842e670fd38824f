import asyncio

async def stream():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("stream finalised")

async def main():
    async for x in stream():
        print("got", x)
        if x == 1:
            break
    print("main done")

asyncio.run(main())
print("after run")
