# Handle and TimerHandle: their types, and reprs that name the callback,
# its arguments (cut as reprlib cuts them) and where it is defined.
import asyncio


def cb(*args):
    print('cb ran with', len(args), 'args')


noop = lambda: None


class C:
    def m(self):
        print('C.m ran')


def show(h):
    r = repr(h)
    if 'when=' in r:
        head, rest = r.split('when=', 1)
        end = min(i for i in (rest.find(' '), rest.find('>')) if i >= 0)
        r = head + 'when=T' + rest[end:]
    parts = []
    for part in r.split(' '):
        if '/' in part:
            part = part[part.rindex('/') + 1:]
        parts.append(part)
    print(' '.join(parts))


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, 'x' * 40, [1, 2, 3, 4, 5, 6, 7, 8], (1,), [[1, [2]]])
    show(h)
    print(type(h).__name__, isinstance(h, asyncio.Handle), isinstance(h, asyncio.TimerHandle))
    show(loop.call_soon(print, 'printed by a callback'))
    show(loop.call_soon(C().m))
    show(loop.call_soon(noop))
    t = loop.call_later(10, cb, 'later')
    show(t)
    print(type(t).__name__, isinstance(t, asyncio.Handle), isinstance(t, asyncio.TimerHandle))
    t.cancel()
    show(t)
    await asyncio.sleep(0)
    show(h)
    h.cancel()
    show(h)
    print(h.cancelled(), t.cancelled())

asyncio.run(main())
