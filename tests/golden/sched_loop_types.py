# The loop's classes: asyncio.SelectorEventLoop is the type of the loops
# new_event_loop() makes, a BaseEventLoop and an AbstractEventLoop.
import asyncio

loop = asyncio.new_event_loop()
print(type(loop).__name__, type(loop) is asyncio.SelectorEventLoop)
print(isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.AbstractEventLoop))
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop))
print(asyncio.BaseEventLoop, asyncio.AbstractEventLoop, asyncio.SelectorEventLoop)
loop.close()
other = asyncio.SelectorEventLoop()
print(type(other).__name__, other.is_closed(), other.is_running())


async def main():
    return 'ran'

print(other.run_until_complete(main()))
other.close()
print(other.is_closed())
try:
    asyncio.SelectorEventLoop(None, None)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(asyncio.SendfileNotAvailableError, RuntimeError))
try:
    raise asyncio.SendfileNotAvailableError('no sendfile')
except RuntimeError as e:
    print(repr(e), type(e))
