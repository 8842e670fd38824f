# sys.exc_info() outside a generator suspended in an except block does
# not see the exception that block handles; inside it still does.
import sys
def g():
    try:
        raise KeyError('k')
    except KeyError:
        yield 1
        print('inside', sys.exc_info()[0])
        yield 2
it = g()
next(it)
print('outside', sys.exc_info())
next(it)
print('outside2', sys.exc_info())
del it
print('after del', sys.exc_info())
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = h(); next(b)
try: b.close()
except RuntimeError as e: print('RuntimeError', e)
print('end', sys.exc_info())
import asyncio
async def a():
    try:
        raise KeyError('a')
    except KeyError:
        await asyncio.sleep(0.01)
        print('a sees', sys.exc_info()[0].__name__)
async def b():
    await asyncio.sleep(0)
    print('b sees', sys.exc_info()[0])
    try:
        raise ValueError
    except ValueError:
        await asyncio.sleep(0.02)
        print('b sees', sys.exc_info()[0].__name__)
async def main():
    await asyncio.gather(a(), b())
    print('main', sys.exc_info())

asyncio.run(main())


def chained():
    try:
        raise KeyError('inner')
    except KeyError:
        yield 1
        raise ValueError('from generator')


c = chained()
next(c)
try:
    next(c)
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    raise TypeError('outer')
except TypeError:
    c2 = chained()
    next(c2)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
