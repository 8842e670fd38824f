# Driving coroutines by hand: send, throw and close, as CPython's
# coroutine objects allow, with their errors.
import asyncio


class Yield:
    def __await__(self):
        got = yield 'yielded'
        return got


async def body():
    try:
        print('body starts')
        got = await Yield()
        print('body got', got)
        got = await Yield()
        print('body got', got)
        return 'result'
    finally:
        print('body finally')


c = body()
print(c.send(None))
print(c.send('one'))
try:
    c.send('two')
except StopIteration as e:
    print('StopIteration', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

c = body()
try:
    c.send(1)
except TypeError as e:
    print('TypeError:', e)
c.close()
print('closed before start: no warning')
c.close()

c = body()
c.send(None)
try:
    c.throw(KeyError('thrown'))
except KeyError as e:
    print('KeyError', e)

c = body()
c.send(None)
c.close()
print('closed while suspended')


async def stubborn():
    try:
        await Yield()
    except GeneratorExit:
        await Yield()


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)


async def catches():
    try:
        await Yield()
    except ValueError as e:
        print('caught', repr(e))
        return 'recovered'

c = catches()
c.send(None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print('StopIteration', e.value)

for call in (lambda: body().send(), lambda: body().send(1, 2), lambda: body().close(1),
             lambda: body().throw()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
c = body()
try:
    c.throw(1)
except TypeError as e:
    print('TypeError:', e)
try:
    c.nope
except AttributeError as e:
    print('AttributeError:', e)
