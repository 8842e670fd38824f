# A task dropped while still pending says so (Task.__del__), then its
# coroutine is closed and its finally block runs. Closing a loop drops the
# callbacks it still had queued, and with them the tasks only they held.
import asyncio


async def spinner(name):
    try:
        while True:
            print(name, 'spins')
            await asyncio.sleep(0)
    finally:
        print(name, 'finally')


async def never():
    print('never runs')


async def main():
    await asyncio.sleep(0)
    print('main done')


loop = asyncio.new_event_loop()
loop.create_task(spinner('anon'))
kept = loop.create_task(spinner('kept'))
loop.run_until_complete(main())
kept_never = loop.create_task(never(), name='kept_never')
print('closing')
loop.close()
print('closed')
del kept
print('deleted kept')
del kept_never
print('deleted kept_never')
