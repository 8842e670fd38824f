# In debug mode, tasks made by loop.create_task and handles made by
# call_soon/call_later/call_at name the line that made them in their repr.
import asyncio


def show(label, obj):
    parts = []
    for part in repr(obj).split(' '):
        if '/' in part:
            part = part[part.rindex('/') + 1:]
        if part.startswith('when='):
            part = 'when=T'
        parts.append(part)
    print(label, ' '.join(parts))


async def foo():
    await asyncio.sleep(0)


def cb(x):
    pass


async def main(debug):
    loop = asyncio.get_running_loop()
    t = loop.create_task(foo())
    show('task', t)
    h = loop.call_soon(cb, 1)
    show('handle', h)
    th = loop.call_later(5, cb, 2)
    show('timer', th)
    th.cancel()
    show('cancelled timer', th)
    await t
    show('done task', t)
    await asyncio.sleep(0)
    show('handle after it ran', h)


asyncio.run(main(True), debug=True)
asyncio.run(main(False))
