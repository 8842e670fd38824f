# asyncio.create_subprocess_exec/shell: communicate with and without
# input, reading the streams, exit codes, a missing program.
import asyncio
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def main():
    print(PIPE, STDOUT, DEVNULL)
    p = await asyncio.create_subprocess_exec('echo', 'hello', stdout=PIPE)
    print(type(p).__name__, p.stdin, p.stderr is None)
    out, err = await p.communicate()
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    print(await p.communicate(b'some input'))

    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3',
                                              stdout=PIPE, stderr=PIPE)
    print(await p.communicate(), p.returncode)

    p = await asyncio.create_subprocess_shell('echo out; echo err >&2', stdout=PIPE,
                                              stderr=STDOUT)
    print(await p.communicate())

    p = await asyncio.create_subprocess_shell('echo a; echo b; printf c', stdout=PIPE)
    print(await p.stdout.readline())
    print(await p.stdout.read(1))
    print(await p.stdout.read())
    print(await p.stdout.read(), p.stdout.at_eof())
    print(await p.wait())

    p = await asyncio.create_subprocess_exec('printf', 'x\\ny\\n', stdout=PIPE)
    lines = [line async for line in p.stdout]
    print(lines, await p.wait())

    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    p.stdin.write(b'written ')
    p.stdin.writelines([b'in ', b'parts'])
    await p.stdin.drain()
    p.stdin.close()
    print(await p.stdout.read(), await p.wait())

    big = b'x' * 300000
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, _ = await p.communicate(big)
    print(len(out), out == big)

    p = await asyncio.create_subprocess_exec('sh', '-c', 'exit 5', stdout=DEVNULL)
    print(await p.wait(), p.returncode, await p.wait())

    p = await asyncio.create_subprocess_exec('sh', '-c', 'echo $X', stdout=PIPE,
                                             env={'X': 'from env'}, cwd='/')
    print(await p.communicate())

    try:
        await asyncio.create_subprocess_exec('nonexistent_prog_x')
    except FileNotFoundError as e:
        print(type(e).__name__, e)


asyncio.run(main())
