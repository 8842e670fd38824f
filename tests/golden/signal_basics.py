# signal: the enums, getsignal, strsignal, valid_signals and misuse.
import signal

print(repr(signal.SIGTERM), str(signal.SIGTERM), repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.default_int_handler, signal.default_int_handler.__name__)
print(signal.Handlers, signal.Signals, list(signal.Handlers), list(signal.Sigmasks))
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM),
      repr(signal.getsignal(signal.SIGUSR1)))
vs = signal.valid_signals()
print(len(vs), sorted(vs)[:3], type(vs).__name__, 40 in vs, signal.SIGRTMAX in vs)
print(signal.strsignal(9), signal.strsignal(15), signal.strsignal(2))
print(signal.strsignal(34), signal.strsignal(64))
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, signal.SIG_BLOCK)
print(signal.SIGIOT, signal.SIGPOLL, signal.SIGCLD, signal.SIGIOT is signal.SIGABRT)
print(signal.Signals(15), signal.Signals['SIGKILL'], repr(signal.Signals(6)))
print([s.name for s in signal.Signals])
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1, signal.SIGKILL.value)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [(0, signal.SIG_DFL), (9, signal.SIG_IGN), (19, signal.SIG_DFL),
          (100, signal.SIG_DFL), ('x', signal.SIG_DFL), (2, 5), (2, None)]:
    t(lambda: signal.signal(*a))
for a in [0, 100, 'x', 65]:
    t(lambda: signal.getsignal(a))
for f in [signal.strsignal, signal.raise_signal]:
    for a in [0, 'x', 65]:
        t(lambda: f(a))
t(lambda: signal.Signals(100))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
print(signal.alarm(0))
