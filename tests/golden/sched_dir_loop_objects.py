# Which methods the event loop, its handles, policy, runner, task group
# and timeout have, through hasattr() and dir(), and misuse of some.
import asyncio

NAMES = ['time', 'create_future', 'create_task', 'call_soon', 'call_later',
         'call_at', 'is_running', 'is_closed', 'get_debug', 'set_debug',
         'run_until_complete', 'stop', 'close', 'slow_callback_duration',
         'cancel', 'cancelled', 'when', 'get_event_loop', 'set_event_loop',
         'new_event_loop', 'run', 'get_loop', 'reschedule', 'expired',
         '__aenter__', '__aexit__', '__enter__', '__exit__', 'done', 'send']


def attempt(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


def show(obj):
    print(type(obj).__name__, [n for n in NAMES if hasattr(obj, n)])
    print('  ', [n for n in NAMES if n in dir(obj)] == [n for n in NAMES if hasattr(obj, n)])


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'soon')
    th = loop.call_later(10, print, 'never')
    tg = asyncio.TaskGroup()
    tm = asyncio.timeout(5)
    for obj in (loop, h, th, asyncio.get_event_loop_policy(), tg, tm):
        show(obj)
    attempt("loop.time(1)", lambda: loop.time(1))
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_later(1)", lambda: loop.call_later(1))
    attempt("loop.call_later('x', print)", lambda: loop.call_later('x', print))
    attempt("loop.close() running", loop.close)
    attempt("loop.create_task(5)", lambda: loop.create_task(5))
    attempt("h.cancel(1)", lambda: h.cancel(1))
    attempt("th.when(1)", lambda: th.when(1))
    attempt("h.when", lambda: h.when)
    print(th.cancelled(), th.cancel(), th.cancelled())
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    attempt("tm.reschedule()", lambda: tm.reschedule())
    async with tm:
        print("expired", tm.expired())
    async with tg:
        t = tg.create_task(asyncio.sleep(0, 'slept'))
    print(t.result())
    attempt("tg.create_task(5)", lambda: tg.create_task(5))
    await asyncio.sleep(0)


asyncio.run(main())
with asyncio.Runner() as runner:
    show(runner)
    print(runner.run(asyncio.sleep(0, 'ran')))
    attempt("runner.run()", lambda: runner.run())


async def misuse():
    loop = asyncio.get_running_loop()
    for n in ['time', 'is_running', 'is_closed', 'stop', 'close',
              'create_future', 'get_debug']:
        attempt(n + "(1)", lambda: getattr(loop, n)(1))
    attempt("create_task()", lambda: loop.create_task())
    attempt("create_task(1, 2)", lambda: loop.create_task(1, 2))
    attempt("call_soon(print, x=1)", lambda: loop.call_soon(print, x=1))
    attempt("call_at()", lambda: loop.call_at())
    h = loop.call_soon(print)
    attempt("h.cancelled(1)", lambda: h.cancelled(1))
    tm = asyncio.timeout(1)
    attempt("tm.when(1)", lambda: tm.when(1))
    attempt("tm.expired(1)", lambda: tm.expired(1))
    attempt("tm.reschedule(1, 2)", lambda: tm.reschedule(1, 2))
    p = asyncio.get_event_loop_policy()
    attempt("p.get_event_loop(1)", lambda: p.get_event_loop(1))


asyncio.run(misuse())
