# signal.signal: Python handlers run in the main thread, errors propagate,
# SIG_IGN ignores, SIGINT's handler replaces KeyboardInterrupt.
import os
import signal

got = []


def handler(signum, frame):
    got.append(signum)
    print('handler', signum, type(signum).__name__)


print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.getsignal(signal.SIGUSR1))


def boom(signum, frame):
    raise RuntimeError('boom %d' % signum)


signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
except RuntimeError as e:
    print(type(e).__name__, e)


def on_int(signum, frame):
    print('sigint handled', signum)


old = signal.signal(signal.SIGINT, on_int)
print(old)
signal.raise_signal(signal.SIGINT)
print(signal.signal(signal.SIGINT, old) is on_int)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))

signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, signum, frame):
        self.n += 1


c = Counter()
signal.signal(signal.SIGUSR1, c)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
print(c.n)

signal.signal(signal.SIGALRM, lambda s, f: print('alarm', s))
print(signal.alarm(1))
signal.pause()

for f in [lambda: os.kill(99999999, 0), lambda: os.kill('x', 0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print('done')
