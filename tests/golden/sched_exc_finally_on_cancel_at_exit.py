import asyncio

async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never finishes")
    finally:
        print(name, "cleanup in finally")

async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0.01)
    print("main returning")

asyncio.run(main())
print("after run")
