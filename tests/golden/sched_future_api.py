import asyncio
async def setter(fut):
    await asyncio.sleep(0.01)
    fut.set_result(42)
async def main():
    fut = asyncio.Future()
    print(fut)
    t = asyncio.Task(setter(fut))
    print(await fut, fut.done(), fut.result())
    print(fut)
    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad"))
    print(f2.exception())
    f2.cancel()
    await f2
asyncio.run(main())
