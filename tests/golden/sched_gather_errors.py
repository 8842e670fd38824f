import asyncio

async def c():
    return 1

async def main():
    for args in [(1,), ("text",)]:
        try:
            asyncio.gather(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        asyncio.gather([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.gather(return_exception=True)
    except TypeError as e:
        print("TypeError:", e)
    co = c()
    try:
        asyncio.gather(co, 5)
    except TypeError as e:
        print("TypeError after a task was made:", e)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
