# run_forever / stop: stop() ends the loop after the current iteration.
import asyncio

loop = asyncio.new_event_loop()
out = []


def cb(x):
    out.append(x)
    if x == 1:
        loop.call_soon(cb, 10)


loop.call_soon(cb, 1)
loop.call_soon(cb, 2)
loop.call_soon(loop.stop)
loop.call_soon(cb, 3)
loop.run_forever()
print("first run", out)

loop.call_soon(loop.stop)
loop.run_forever()
print("second run", out)

# stop() before run_forever(): the next run does one iteration.
loop.stop()
loop.call_soon(cb, 5)
loop.run_forever()
print("stopped early", out)
print("running", loop.is_running(), "closed", loop.is_closed())

# A callback that stops the loop, then more work queued in that iteration.
order = []


def first():
    order.append("first")
    loop.stop()
    loop.call_soon(order.append, "next-iteration")


loop.call_soon(first)
loop.call_soon(order.append, "same-iteration")
loop.run_forever()
print(order)
loop.call_soon(loop.stop)
loop.run_forever()
print(order)


# is_running inside and outside.
def probe():
    print("inside running:", loop.is_running())
    loop.stop()


loop.call_soon(probe)
loop.run_forever()
print("outside running:", loop.is_running())


# Re-entrance errors, from a callback.
def inner():
    for name, call in [
        ("run_forever", loop.run_forever),
        ("close", loop.close),
    ]:
        try:
            call()
        except RuntimeError as e:
            print(name, type(e).__name__, e)
    other = asyncio.new_event_loop()
    try:
        other.run_forever()
    except RuntimeError as e:
        print("other", type(e).__name__, e)
    other.close()
    loop.stop()


loop.call_soon(inner)
loop.run_forever()

# Wrong arity.
for call in [lambda: loop.run_forever(1), lambda: loop.stop(1), lambda: loop.is_running(2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

loop.close()
loop.close()
print("closed", loop.is_closed())
for name in ["run_forever", "stop", "is_running"]:
    try:
        print(name, getattr(loop, name)())
    except RuntimeError as e:
        print(name, type(e).__name__, e)
