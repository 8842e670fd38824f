# Each task runs in a copy of the context it was created in: what a task
# sets is its own, and code it awaits directly sees it.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
log = []


def log_line(msg):
    # Deep in the call stack, no argument passing: the request id comes
    # from the context.
    log.append(f"[{request_id.get()}] {msg}")


async def db_query(q):
    await asyncio.sleep(0.01)
    log_line(f"query {q}")
    return len(q)


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    log_line("start")
    n = await db_query(f"select {rid}")
    log_line(f"done {n}")
    return request_id.get()


async def main():
    request_id.set("main")
    results = await asyncio.gather(
        handle("r1", 0.03), handle("r2", 0.01), handle("r3", 0.02)
    )
    print(results, request_id.get())
    for line in log:
        print(line)

    # A task sees what its creator had set when it was created.
    request_id.set("before create")
    seen = asyncio.create_task(asyncio.sleep(0, request_id.get()))
    task = asyncio.create_task(read_later())
    request_id.set("after create")
    print(await task, await seen, request_id.get())

    # Awaiting a coroutine directly shares the caller's context.
    await set_directly("set by awaited coroutine")
    print(request_id.get())

    # A task's own changes do not reach its parent or its siblings.
    async def setter(v):
        request_id.set(v)
        await asyncio.sleep(0)
        return request_id.get()

    async def reader():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return request_id.get()

    print(await asyncio.gather(setter("s1"), reader(), setter("s2"), reader()))
    print(request_id.get())


async def read_later():
    await asyncio.sleep(0)
    return request_id.get()


async def set_directly(v):
    request_id.set(v)


asyncio.run(main())
print("after run:", request_id.get())
