# asyncio subprocesses: a pipeline of two processes, a timeout then kill,
# terminate, send_signal.
import asyncio
import os
import signal
from asyncio.subprocess import PIPE


async def main():
    r, w = os.pipe()
    p1 = await asyncio.create_subprocess_exec('printf', 'b\\na\\nc\\n', stdout=w)
    os.close(w)
    p2 = await asyncio.create_subprocess_exec('sort', stdin=r, stdout=PIPE)
    os.close(r)
    print(await p2.communicate(), await p1.wait())

    # Two processes side by side, gathered.
    procs = [await asyncio.create_subprocess_shell('echo %d' % i, stdout=PIPE)
             for i in range(3)]
    results = await asyncio.gather(*(p.communicate() for p in procs))
    print([out for out, _ in results])

    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), 0.2)
    except asyncio.TimeoutError:
        print('timeout', p.returncode)
    p.kill()
    print(await p.wait())

    p = await asyncio.create_subprocess_exec('sleep', '10', stdout=PIPE)
    p.terminate()
    print(await p.communicate(), p.returncode)

    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGINT)
    print(await p.wait())
    try:
        p.kill()
    except ProcessLookupError as e:
        print(type(e).__name__, repr(e))

    p = await asyncio.create_subprocess_shell('sleep 10', stdout=PIPE)
    try:
        await asyncio.wait_for(p.communicate(), 0.2)
    except asyncio.TimeoutError:
        print('communicate timed out')
    p.kill()
    print(await p.wait())


asyncio.run(main())
