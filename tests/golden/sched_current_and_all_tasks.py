import asyncio

async def child(name):
    me = asyncio.current_task()
    print(name, "is current:", me.get_name() == name)
    await asyncio.sleep(0)
    return name

async def main():
    main_task = asyncio.current_task()
    print("main task name:", main_task.get_name())
    ts = [asyncio.create_task(child(f"c{i}"), name=f"c{i}") for i in range(3)]
    at = asyncio.all_tasks()
    print(type(at).__name__, len(at), main_task in at, all(t in at for t in ts))
    await asyncio.gather(*ts)
    print("after gather:", len(asyncio.all_tasks()))
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(lambda: 1))
    class K:
        async def m(self):
            pass
        def n(self):
            pass
    print("methods:", asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(K().n))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
