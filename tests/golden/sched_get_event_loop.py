import asyncio

async def main():
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop(), loop.is_running())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "set by call_soon")
    print(await fut)
    return loop

loop = asyncio.run(main())
print(repr(loop), loop.is_running(), loop.is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
