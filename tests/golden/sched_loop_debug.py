# asyncio.run(debug=...) and loop.get_debug()/set_debug(): the flag is kept
# as given, shows in the loop's repr, and debug is keyword-only.
import asyncio


async def show():
    loop = asyncio.get_running_loop()
    print('get_debug:', loop.get_debug())
    print('slow_callback_duration:', loop.slow_callback_duration)
    print(repr(loop))
    return loop.get_debug()


print(asyncio.run(show()))
print(asyncio.run(show(), debug=True))
print(asyncio.run(show(), debug=False))
print(asyncio.run(show(), debug=None))
print(asyncio.run(show(), debug=1))

loop = asyncio.new_event_loop()
print(loop.get_debug())
loop.set_debug(True)
print(loop.get_debug(), repr(loop))
loop.set_debug('')
print(repr(loop.get_debug()))
loop.slow_callback_duration = 0.5
print(loop.slow_callback_duration)
for call in (lambda: loop.set_debug(), lambda: loop.get_debug(1),
             lambda: loop.set_debug(True, False)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
loop.close()
try:
    asyncio.run(None, True)
except TypeError as e:
    print('TypeError:', e)
