# subprocess misuse: missing programs, bad arguments, conflicting options.
import subprocess as sp


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: sp.run(['nonexistent_prog_x']))
t(lambda: sp.run('nonexistent_prog_x'))
t(lambda: sp.Popen(['ls'], cwd='/nonexist'))
t(lambda: sp.run(['/etc/passwd']))
t(lambda: sp.run(5))
t(lambda: sp.run([1, 2]))
t(lambda: sp.run(['true'], input=b'x', stdin=sp.PIPE))
t(lambda: sp.run(['cat'], input='x'))
t(lambda: sp.run(['cat'], input=b'x', text=True))
t(lambda: sp.Popen(['true'], bufsize='x'))
t(lambda: sp.run())
t(lambda: sp.run(['true'], capture_output=True, stdout=sp.PIPE))
t(lambda: sp.run(['true'], stdout=-7))
t(lambda: sp.run(['true'], stdout='x'))
t(lambda: sp.run(['true'], env={'A': 1}))
t(lambda: sp.run(['true'], cwd=5))
t(lambda: sp.Popen(['true'], text=True, universal_newlines=False))
t(lambda: sp.check_output(['true'], stdout=sp.PIPE))

try:
    sp.run(['nonexistent_prog_x'])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)

print(sp.PIPE, sp.STDOUT, sp.DEVNULL)
print(sp.CompletedProcess(['a'], 0), sp.CompletedProcess('a', 1, b'x', 'y'))
print(sp.CalledProcessError(1, ['false']))
print(sp.CalledProcessError(-9, 'x'))
print(sp.CalledProcessError(-100, 'x'))
print(sp.TimeoutExpired(['sleep', '1'], 0.5), sp.TimeoutExpired('x', 2))
e = sp.CalledProcessError(2, 'c', b'o')
print(e.stdout, e.output, e.stderr)
e.stdout = 5
print(e.output)
print(issubclass(sp.CalledProcessError, sp.SubprocessError),
      issubclass(sp.TimeoutExpired, sp.SubprocessError),
      issubclass(sp.SubprocessError, Exception))
print(sorted(sp.__all__))
