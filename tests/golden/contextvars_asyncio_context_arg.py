# create_task(context=...), TaskGroup.create_task(context=...), and
# loop.call_soon/call_later/call_at(..., context=...).
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


async def report(tag):
    value = var.get()
    var.set(tag + " was here")
    return tag, value


def callback(tag, out):
    out.append((tag, var.get()))
    var.set("callback " + tag)


async def main():
    var.set("main")
    shared = contextvars.copy_context()
    shared.run(var.set, "shared")

    print(await asyncio.create_task(report("t1"), context=shared))
    print(shared[var], var.get())
    print(await asyncio.get_running_loop().create_task(report("t2"), context=shared))
    print(shared[var])
    print(await asyncio.create_task(report("t3"), context=None), var.get())

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(report("g1"), context=shared)
        b = tg.create_task(report("g2"))
    print(a.result(), b.result(), shared[var])

    loop = asyncio.get_running_loop()
    out = []
    own = contextvars.Context()
    loop.call_soon(callback, "soon", out)
    loop.call_soon(callback, "soon ctx", out, context=own)
    loop.call_later(0.01, callback, "later", out)
    loop.call_at(loop.time() + 0.02, callback, "at ctx", out, context=own)
    var.set("changed after scheduling")
    await asyncio.sleep(0.05)
    for item in out:
        print(item)
    print(own.get(var), var.get())

    # A callback sees the context as it was when it was scheduled.
    var.set("scheduled value")
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(var.get()))
    var.set("later value")
    print(await fut)

    # Context.run around create_task: the task copies the context that
    # was current then.
    other = contextvars.Context()
    other.run(var.set, "other")
    task = other.run(asyncio.create_task, report("in other"))
    print(await task, other[var])


asyncio.run(main())
