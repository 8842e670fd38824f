import asyncio

async def foo(text):
    print(text)
    await asyncio.sleep(0.5)
    print("never printed")

async def main():
    print("hello")
    task = asyncio.create_task(foo("text"))
    print("finished")

asyncio.run(main())
print("run returned")
