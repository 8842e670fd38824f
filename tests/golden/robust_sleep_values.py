import asyncio, time
def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "error", type(e).__name__, e)
run("time nan", lambda: time.sleep(float('nan')))
run("time inf", lambda: time.sleep(float('inf')))
run("time 1e300", lambda: time.sleep(1e300))
run("time -1", lambda: time.sleep(-1))
run("time big", lambda: time.sleep(10**400))
run("time str", lambda: time.sleep("1"))
async def main():
    for label, aw in [("nan", lambda: asyncio.sleep(float('nan'))), ("big", lambda: asyncio.sleep(10**400)),
                      ("-inf", lambda: asyncio.sleep(float('-inf'))), ("neg", lambda: asyncio.sleep(-5))]:
        try:
            print(label, await aw())
        except Exception as e:
            print(label, "error", type(e).__name__, e)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(float('nan'), fut.set_result, "called")
    print("call_at nan", await fut)
    try:
        print("wait_for nan", await asyncio.wait_for(asyncio.sleep(0, "x"), float('nan')))
    except Exception as e:
        print("wait_for nan", type(e).__name__, e)
asyncio.run(main())
