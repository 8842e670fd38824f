# subprocess.run: capturing, redirecting, input, text mode, env, cwd, shell.
import subprocess as sp

print(sp.run(['echo', 'hello'], capture_output=True))
print(sp.run(['cat'], input=b'abc', capture_output=True))
print(sp.run(['cat'], input='abc\r\nx\ry', capture_output=True, text=True))
print(sp.run(['cat'], input='ünï', capture_output=True, encoding='utf-8').stdout)
print(sp.run(['sh', '-c', 'echo out; echo err >&2'], stdout=sp.PIPE, stderr=sp.STDOUT))
print(sp.run(['sh', '-c', 'echo out; echo err >&2'], stdout=sp.DEVNULL, stderr=sp.PIPE))
print(sp.run(['sh', '-c', 'exit 7']))
print(sp.run('echo $((1+2))', shell=True, capture_output=True, text=True).stdout)
print(sp.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'},
             capture_output=True).stdout)
print(sp.run(['pwd'], cwd='/', capture_output=True, universal_newlines=True).stdout)
print(sp.run(['cat'], stdin=sp.DEVNULL, capture_output=True).stdout)
print(sp.run(('printf', '%s-', 'a', 'b'), capture_output=True).stdout)

r = sp.run(['sh', '-c', 'echo a; exit 3'], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
try:
    r.check_returncode()
except sp.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.output, e.stdout, e.stderr, e.cmd)
print(sp.run(['true']).check_returncode())

try:
    sp.run(['false'], check=True)
except sp.CalledProcessError as e:
    print(type(e).__name__, e)

try:
    sp.run(['sh', '-c', 'echo hi; sleep 5'], timeout=0.3, capture_output=True)
except sp.TimeoutExpired as e:
    print(type(e).__name__, e, e.output, e.stdout, e.stderr, e.timeout)

# A large input and output go through without the pipes filling up.
big = b'x' * 200000
r = sp.run(['cat'], input=big, capture_output=True)
print(len(r.stdout), r.stdout == big)

print(sp.check_output(['echo', 'hi']))
print(sp.check_output(['echo', 'hi'], text=True))
print(sp.check_output(['cat'], input=None))
print(sp.check_output(['cat'], input=None, text=True))
print(sp.call(['sh', '-c', 'exit 4']))
print(sp.check_call(['true']))
try:
    sp.check_call(['sh', '-c', 'exit 4'])
except sp.CalledProcessError as e:
    print(type(e).__name__, e)
try:
    sp.check_output(['sh', '-c', 'echo partial; exit 2'])
except sp.CalledProcessError as e:
    print(type(e).__name__, e, e.output)
try:
    sp.run(['sh', '-c', 'kill -9 $$'], check=True)
except sp.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode)

print(sp.getstatusoutput('echo hi; exit 3'))
print(sp.getstatusoutput('echo a; echo b >&2'))
print(sp.getoutput('printf "x\n\n"'))
print(sp.getstatusoutput('kill -9 $$'))
