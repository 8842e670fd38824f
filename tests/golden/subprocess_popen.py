# subprocess.Popen: pipes as file objects, wait/poll, signals, communicate.
import subprocess as sp
import signal

p = sp.Popen(['true'])
print(repr(p))
print(p.wait(), p.returncode, p.poll(), repr(p))

p = sp.Popen(['echo', 'x' * 100], stdout=sp.DEVNULL)
print(repr(p))
p.wait()

p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE)
p.stdin.write(b'line1\nline2\n')
p.stdin.flush()
p.stdin.close()
print(p.stdout.readline(), list(p.stdout))
print(p.wait(), p.stdin.closed)
p.stdout.close()

with sp.Popen(['sh', '-c', 'echo a; printf "b\\r\\nc"'], stdout=sp.PIPE, text=True) as p:
    for line in p.stdout:
        print(repr(line))
print(p.returncode, p.stdout.closed)

with sp.Popen(['sh', '-c', 'printf abcdef'], stdout=sp.PIPE) as p:
    print(p.stdout.read(2), p.stdout.read(3), p.stdout.read(), p.stdout.read())

with sp.Popen(['sh', '-c', 'printf "héllo wörld"'], stdout=sp.PIPE, encoding='utf-8') as p:
    print(p.stdout.read(3), p.stdout.read())

p = sp.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except sp.TimeoutExpired as e:
    print(type(e).__name__, e)
print(p.poll())
p.terminate()
print(p.wait())
p.kill()  # finished: nothing to do

p = sp.Popen(['sleep', '10'])
p.kill()
print(p.wait())

p = sp.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())

p = sp.Popen(['cat'], stdin=sp.PIPE, stdout=sp.PIPE)
print(p.communicate(b'x'))
try:
    p.communicate(b'y')
except ValueError as e:
    print(type(e).__name__, e)
print(p.communicate())

p = sp.Popen(['sh', '-c', 'cat; echo err >&2'], stdin=sp.PIPE, stdout=sp.PIPE,
             stderr=sp.PIPE, text=True)
print(p.communicate('in\n'))
print(p.returncode)

p = sp.Popen(['sh', '-c', 'echo early; sleep 5'], stdout=sp.PIPE)
try:
    p.communicate(timeout=0.3)
except sp.TimeoutExpired as e:
    print(type(e).__name__, e, e.output)
p.kill()
print(p.communicate())
print(p.returncode)

p = sp.Popen(['true'], stdout=sp.PIPE)
print(p.communicate(), p.stdout.closed)
print(p.args, p.text_mode if hasattr(p, 'text_mode') else None)

# Pipeline: the first process's output feeds the second's input.
p1 = sp.Popen(['printf', 'b\\na\\nc\\n'], stdout=sp.PIPE)
p2 = sp.Popen(['sort'], stdin=p1.stdout, stdout=sp.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)
