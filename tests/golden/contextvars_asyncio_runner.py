# asyncio.run and Runner.run: the main task runs in a copy of the
# caller's context, or in the context given to Runner.run.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def main(tag):
    before = var.get()
    var.set(tag)
    await asyncio.sleep(0)
    return before, var.get()


var.set("caller")
print(asyncio.run(main("run")), var.get())

ctx = contextvars.copy_context()
with asyncio.Runner() as runner:
    print(runner.run(main("runner")), var.get())
    print(runner.run(main("with ctx"), context=ctx), ctx[var], var.get())
    print(runner.run(main("again"), context=ctx), ctx[var])


# Nested Context.run inside a task.
async def nested():
    inner = contextvars.Context()

    def body():
        var.set("inner value")
        return var.get()

    got = inner.run(body)
    return got, var.get(), inner[var]


print(asyncio.run(nested()))
