# Misuse of the loop's subprocess methods and of Process.
import asyncio


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


async def call(coro):
    try:
        print(await coro)
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    P = asyncio.SubprocessProtocol
    await call(loop.subprocess_shell(P, ['ls']))
    await call(loop.subprocess_shell(P, 'true', shell=False))
    await call(loop.subprocess_exec(P, 'ls', shell=True))
    await call(loop.subprocess_exec(P, 'ls', bufsize=1))
    await call(loop.subprocess_exec(P, 'ls', universal_newlines=True))
    await call(loop.subprocess_exec(P, 'ls', text=True))
    await call(loop.subprocess_exec(P, 'ls', encoding='utf-8'))
    await call(loop.subprocess_exec(P, 'ls', errors='strict'))
    await call(asyncio.create_subprocess_exec('nonexistent_prog_x'))
    await call(asyncio.create_subprocess_exec('ls', cwd='/nonexistent'))
    await call(asyncio.create_subprocess_shell('true', universal_newlines=True))
    await call(asyncio.create_subprocess_exec('true', stdin=asyncio.subprocess.PIPE,
                                              input=b'x'))

    p = await asyncio.create_subprocess_exec('true')
    print(p.stdin, p.stdout, p.stderr)
    print(await p.wait())
    t(lambda: p.send_signal(9))
    t(lambda: p.terminate())
    t(lambda: p.kill())


asyncio.run(main())
