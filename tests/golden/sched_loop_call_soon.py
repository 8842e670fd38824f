import asyncio

def cb(*args):
    print("callback", *args)

async def task_body(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop), loop.is_running(), loop.is_closed())
    print("same loop object:", loop is asyncio.get_running_loop(), loop is asyncio.get_event_loop())
    loop.call_soon(cb, "first")
    t = loop.create_task(task_body("T"), name="custom")
    print("task name:", t.get_name())
    h = loop.call_soon(cb, "cancelled one")
    loop.call_soon(cb, "second", 2)
    h.cancel()
    print("handle cancelled:", h.cancelled(), type(h).__name__)
    await asyncio.sleep(0)
    print("main after one iteration")
    await asyncio.sleep(0)
    print("main after two iterations")
    await t
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
