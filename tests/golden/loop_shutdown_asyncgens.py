# shutdown_asyncgens closes async generators left suspended;
# shutdown_default_executor has nothing to shut down.
import asyncio
import sys

sys.stderr = sys.stdout


async def ticker(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("closing", name)


loop = asyncio.new_event_loop()


async def start(gen):
    print("first value", await gen.__anext__())


g1 = ticker("g1")
g2 = ticker("g2")
loop.run_until_complete(start(g1))
loop.run_until_complete(start(g2))
coro = loop.shutdown_asyncgens()
print(type(coro).__name__)
print(loop.run_until_complete(coro))
print("again:", loop.run_until_complete(loop.shutdown_asyncgens()))
print(loop.run_until_complete(loop.shutdown_default_executor()))


# An error while closing goes to the exception handler.
async def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("cannot close")


def handler(l, ctx):
    print("handler:", ctx["message"].split(" <")[0], "|", repr(ctx["exception"]), "|", sorted(ctx))


loop.set_exception_handler(handler)
g3 = stubborn()
loop.run_until_complete(start(g3))
loop.run_until_complete(loop.shutdown_asyncgens())

for call in [lambda: loop.shutdown_asyncgens(1), lambda: loop.shutdown_default_executor(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
loop.close()


# asyncio.run shuts down the async generators of its loop.
async def main():
    gen = ticker("in run")
    print("run got", await gen.__anext__())
    main.gen = gen
    print("main returns")


asyncio.run(main())
print("after run")
